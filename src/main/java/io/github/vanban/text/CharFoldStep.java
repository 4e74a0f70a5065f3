package io.github.vanban.text;

/**
 * Folds look-alike characters one for one, so offsets do not move: odd spaces to a plain space,
 * dashes and minus signs to {@code -}, curly quotes to straight ones, the Icelandic eth
 * ({@code Ð}, often typed for {@code Đ}) to {@code Đ}, and a carriage return to a line feed.
 */
final class CharFoldStep implements InPlaceStep {

    @Override
    public Rewritten apply(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (fold(c) != c) {
                char[] chars = input.toCharArray();
                rewrite(chars);
                return new Rewritten(new String(chars), OffsetMap.IDENTITY);
            }
        }
        return Rewritten.unchanged(input);
    }

    @Override
    public boolean rewrite(char[] chars) {
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char f = fold(c);
            if (f != c) {
                chars[i] = f;
                changed = true;
            }
        }
        return changed;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c == '\r' ? '\n' : c == '\t' ? ' ' : c;
        }
        if (c >= 0x100 && c < 0x1680) {
            return c; // Latin Extended, combining marks and the rest up to Ogham: nothing folds there
        }
        if (c >= 0x1681 && c < 0x2000) {
            return c; // nor here (Latin Extended Additional, where most Vietnamese letters are)
        }
        switch (c) {
            case '\u00A0': case '\u1680': case '\u2000': case '\u2001': case '\u2002': case '\u2003':
            case '\u2004': case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009':
            case '\u200A': case '\u202F': case '\u205F': case '\u3000': case '\u0085':
                return c == '\u0085' ? '\n' : ' ';
            case '\u2028': case '\u2029':
                return '\n';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return '-';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B':
                return '\'';
            case '\u00D0':
                return '\u0110';
            case '\u00F0':
                return '\u0111';
            case '\u2044': case '\u2215': case '\uFF0F':
                return '/';
            default:
                return c;
        }
    }
}
