package io.github.vanban.text;

/**
 * Drops characters that carry nothing a reader sees: zero-width spaces and joiners, the byte-order mark,
 * soft hyphens, the carriage return of a CR LF pair, NUL and other C0 controls (line feed and tab are kept), and the lone halves of broken
 * surrogate pairs.
 */
final class InvisibleCharStep implements NormalizationStep {

    @Override
    public Rewritten apply(String input) {
        int first = -1;
        for (int i = 0; i < input.length(); i++) {
            if (drops(input, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Rewritten.unchanged(input);
        }
        StringBuilder out = new StringBuilder(input.length());
        OffsetMap.Builder map = new OffsetMap.Builder(input.length());
        out.append(input, 0, first);
        for (int i = 0; i < first; i++) {
            map.add(i);
        }
        for (int i = first; i < input.length(); i++) {
            if (!drops(input, i)) {
                out.append(input.charAt(i));
                map.add(i);
            }
        }
        return new Rewritten(out.toString(), map.build(input.length()));
    }

    private static boolean drops(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            if (c == '\r') {
                return i + 1 < s.length() && s.charAt(i + 1) == '\n';
            }
            return c != '\n' && c != '\t';
        }
        switch (c) {
            case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u00AD':
            case '\u007F':
                return true;
            default:
                break;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
