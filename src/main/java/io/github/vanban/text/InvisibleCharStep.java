package io.github.vanban.text;

/**
 * Drops characters that carry nothing a reader sees: zero-width spaces and joiners, the byte-order mark,
 * soft hyphens, the carriage return of a CR LF pair, NUL and other C0 controls (line feed and tab are kept), and the lone halves of broken
 * surrogate pairs.
 */
final class InvisibleCharStep implements NormalizationStep {

    @Override
    public Rewritten apply(String input) {
        int n = input.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (drops(input, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Rewritten.unchanged(input);
        }
        char[] in = input.toCharArray();
        char[] out = new char[n];
        OffsetMap.Builder map = new OffsetMap.Builder(n);
        System.arraycopy(in, 0, out, 0, first);
        map.addRun(0, first);
        int size = first;
        int runStart = -1; // start of the run of kept chars being copied, or -1
        for (int i = first; i < n; i++) {
            char c = in[i];
            if (drops(input, i)) {
                if (runStart >= 0) {
                    map.addRun(runStart, i - runStart);
                    runStart = -1;
                }
            } else {
                out[size++] = c;
                if (runStart < 0) {
                    runStart = i;
                }
            }
        }
        if (runStart >= 0) {
            map.addRun(runStart, n - runStart);
        }
        return new Rewritten(new String(out, 0, size), map.build(n));
    }

    /**
     * Whether the step may drop {@code c} somewhere (a carriage return or a surrogate only in some
     * places): a text without such chars passes the step unchanged.
     */
    static boolean mayDrop(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        switch (c) {
            case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u00AD':
            case '\u007F':
                return true;
            default:
                return Character.isSurrogate(c);
        }
    }

    private static boolean drops(String s, int i) {
        char c = s.charAt(i);
        if (!mayDrop(c)) {
            return false;
        }
        if (c == '\r') {
            return i + 1 < s.length() && s.charAt(i + 1) == '\n';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}
