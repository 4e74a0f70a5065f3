package io.github.vanban.citations;

/**
 * Case-insensitive comparison of text with fixed words, giving exactly the answers of
 * {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase} (two chars are equal when
 * their upper cases, or the lower cases of those, are equal), through a table of folded chars built once. No
 * copy or lower-casing of the text. Stateless and thread-safe.
 */
public final class IgnoreCase {

    /** Each char folded as {@code regionMatches} folds it: the lower case of its upper case. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private IgnoreCase() {
    }

    /** The char as a case-insensitive comparison sees it: two chars are equal ignoring case iff their folds are. */
    public static char fold(char c) {
        return FOLD[c];
    }

    /** True when {@code what} occurs at {@code k} in {@code t} ignoring case (false when it does not fit). */
    public static boolean regionMatches(String t, int k, String what) {
        int n = what.length();
        if (k < 0 || k > t.length() - n) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            char a = t.charAt(k + j);
            char b = what.charAt(j);
            if (a != b && FOLD[a] != FOLD[b]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first index in {@code [from, to)} where {@code what} starts and ends at or before {@code to}, ignoring
     * case; -1 when there is none.
     */
    public static int indexOf(String t, int from, int to, String what) {
        int n = what.length();
        if (n == 0) {
            return from <= to ? from : -1;
        }
        char first = FOLD[what.charAt(0)];
        for (int k = from; k <= to - n; k++) {
            if (FOLD[t.charAt(k)] == first && regionMatches(t, k, what)) {
                return k;
            }
        }
        return -1;
    }

    /** The last index in {@code [lo, hi - what.length()]} where {@code what} starts ignoring case; -1 when none. */
    public static int lastIndexOf(String t, String what, int lo, int hi) {
        int n = what.length();
        if (n == 0) {
            return hi >= lo ? hi : -1;
        }
        char first = FOLD[what.charAt(0)];
        for (int k = hi - n; k >= lo; k--) {
            if (k >= 0 && FOLD[t.charAt(k)] == first && regionMatches(t, k, what)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The chars that fold alike, for each fold that more than one char has or that a char other than itself
     * has (every other fold is the fold of itself alone). Made once, when a needle is first made.
     */
    private static final class FoldClasses {
        static final java.util.Map<Character, char[]> CLASSES;

        static {
            int[] count = new int[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                count[FOLD[c]]++;
            }
            java.util.Map<Character, StringBuilder> classes = new java.util.HashMap<>();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char f = FOLD[c];
                if (count[f] > 1 || f != c) {
                    classes.computeIfAbsent(f, k -> new StringBuilder()).append((char) c);
                }
            }
            java.util.Map<Character, char[]> out = new java.util.HashMap<>();
            classes.forEach((f, b) -> out.put(f, b.toString().toCharArray()));
            CLASSES = java.util.Map.copyOf(out);
        }
    }

    /**
     * A fixed word searched for ignoring case, skipping ahead by a table of its folded chars (Horspool): most
     * chars of the text are not looked at. Immutable and thread-safe.
     */
    public static final class Needle {
        private final String word;
        private final char[] folded;
        /** How far the word may move when the char under its last char folds to a given value (low 8 bits). */
        private final int[] shift = new int[256];
        /** The place in the word of the char whose case variants are looked for first, when the text runs to its end. */
        private final int anchor;
        /** Every char that folds as the word's char at {@link #anchor}. */
        private final char[] anchorVariants;

        /** A needle for a word of at least one char. */
        public Needle(String word) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            this.word = word;
            this.folded = new char[word.length()];
            for (int j = 0; j < folded.length; j++) {
                folded[j] = FOLD[word.charAt(j)];
            }
            java.util.Arrays.fill(shift, folded.length);
            for (int j = 0; j < folded.length - 1; j++) {
                shift[folded[j] & 0xFF] = folded.length - 1 - j;
            }
            // the anchor: the char guessed rarest in text (a sign, then a letter outside ASCII), of few variants
            int best = 0;
            char[] bestVariants = variants(folded[0]);
            for (int j = 1; j < folded.length; j++) {
                char[] v = variants(folded[j]);
                int r = rarity(folded[j]);
                int rb = rarity(folded[best]);
                if (r > rb || r == rb && v.length <= bestVariants.length) {
                    best = j;
                    bestVariants = v;
                }
            }
            this.anchor = best;
            this.anchorVariants = bestVariants;
        }

        /** The chars that fold to {@code f}. */
        private static char[] variants(char f) {
            char[] v = FoldClasses.CLASSES.get(f);
            return v != null ? v : new char[] {f};
        }

        /** How rare a char is guessed to be in text: a sign, then a letter outside ASCII, then one in it, then a space. */
        private static int rarity(char c) {
            if (c == ' ') {
                return 0;
            }
            return !Character.isLetter(c) ? 3 : c >= 128 ? 2 : 1;
        }

        /** The word searched for. */
        public String word() {
            return word;
        }

        /** The first index in {@code [from, to)} where the word starts and ends at or before {@code to}; -1 if none. */
        public int indexIn(String t, int from, int to) {
            if (to == t.length() && to - from >= 64) {
                return indexToEnd(t, from);
            }
            int last = folded.length - 1;
            char lastChar = folded[last];
            for (int k = from; k <= to - folded.length; ) {
                char c = FOLD[t.charAt(k + last)];
                if (c == lastChar) {
                    int j = 0;
                    while (j < last && FOLD[t.charAt(k + j)] == folded[j]) {
                        j++;
                    }
                    if (j == last) {
                        return k;
                    }
                }
                k += shift[c & 0xFF];
            }
            return -1;
        }

        /**
         * As {@link #indexIn} up to the end of the text: the places of the anchor char's variants are found by
         * {@link String#indexOf(int, int)}, and the word is compared only there.
         */
        private int indexToEnd(String t, int from) {
            int n = t.length();
            int[] next = new int[anchorVariants.length];
            for (int v = 0; v < next.length; v++) {
                next[v] = indexOrEnd(t, anchorVariants[v], from + anchor);
            }
            while (true) {
                int v = 0;
                for (int w = 1; w < next.length; w++) {
                    if (next[w] < next[v]) {
                        v = w;
                    }
                }
                int p = next[v];
                int k = p - anchor;
                if (p >= n || k > n - folded.length) {
                    return -1;
                }
                if (matchesAt(t, k)) {
                    return k;
                }
                next[v] = indexOrEnd(t, anchorVariants[v], p + 1);
            }
        }

        private static int indexOrEnd(String t, char c, int from) {
            int i = t.indexOf(c, from);
            return i < 0 ? t.length() : i;
        }

        private boolean matchesAt(String t, int k) {
            for (int j = 0; j < folded.length; j++) {
                if (FOLD[t.charAt(k + j)] != folded[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
