package io.github.vanban.counts;

/**
 * The text with HTML numeric character references decoded, including references that a conversion has
 * broken apart ({@code &} + line breaks + {@code 7841;}), with the map back to the text's offsets.
 * When the text holds no such reference the view is the text itself.
 */
final class EntityView {

    final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private EntityView(String text, int[] sourceStart, int[] sourceEnd) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    static EntityView of(String s) {
        int first = s.indexOf('&');
        if (first < 0 || !hasReference(s, first)) {
            return new EntityView(s, null, null);
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '&') {
                int end = referenceEnd(s, i);
                if (end > 0) {
                    int cp = referenceValue(s, i, end);
                    if (cp > 0 && Character.isValidCodePoint(cp) && !Character.isSupplementaryCodePoint(cp)) {
                        starts[out.length()] = i;
                        ends[out.length()] = end;
                        out.append((char) cp);
                        i = end;
                        continue;
                    }
                }
            }
            starts[out.length()] = i;
            ends[out.length()] = i + 1;
            out.append(c);
            i++;
        }
        int len = out.length();
        int[] st = java.util.Arrays.copyOf(starts, len + 1);
        int[] en = java.util.Arrays.copyOf(ends, len + 1);
        st[len] = n;
        en[len] = n;
        return new EntityView(out.toString(), st, en);
    }

    /** The offset in the source text of view offset {@code start}. */
    int sourceStart(int start) {
        return sourceStart == null ? start : sourceStart[start];
    }

    /** The offset in the source text just after the view range ending at {@code end}. */
    int sourceEnd(int end) {
        return sourceEnd == null ? end : (end == 0 ? 0 : sourceEnd[end - 1]);
    }

    private static boolean hasReference(String s, int from) {
        for (int i = from; i >= 0 && i < s.length(); i = s.indexOf('&', i + 1)) {
            if (referenceEnd(s, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of a reference {@code &#123;}, {@code &#x1F;} or broken {@code & \n 123;} at i, or -1. */
    private static int referenceEnd(String s, int i) {
        int n = s.length();
        int p = i + 1;
        int spaces = 0;
        while (p < n && Character.isWhitespace(s.charAt(p)) && spaces < 4) {
            p++;
            spaces++;
        }
        boolean hash = p < n && s.charAt(p) == '#';
        if (hash) {
            p++;
        }
        boolean hex = hash && p < n && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
        if (hex) {
            p++;
        }
        int digitsStart = p;
        while (p < n && p - digitsStart < 7 && (Character.isDigit(s.charAt(p))
                || (hex && "abcdefABCDEF".indexOf(s.charAt(p)) >= 0))) {
            p++;
        }
        int digits = p - digitsStart;
        if (digits == 0 || p >= n || s.charAt(p) != ';') {
            return -1;
        }
        if (!hash && digits < 3) {
            return -1; // a broken reference needs a plausible code point
        }
        return p + 1;
    }

    private static int referenceValue(String s, int i, int end) {
        int p = i + 1;
        while (Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        boolean hash = s.charAt(p) == '#';
        if (hash) {
            p++;
        }
        boolean hex = hash && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
        if (hex) {
            p++;
        }
        try {
            return Integer.parseInt(s.substring(p, end - 1), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
