package io.github.vanban.counts;

import java.util.Arrays;

/**
 * The tokens of a span of text: words (runs of letters and digits) and single punctuation chars, each with
 * whether a line break comes before it. Held as arrays and refilled for each span ({@link #read}), so that a
 * scan looks at many spans without making an object per token; a word's key ({@link CountLexicon#key}) is made
 * only when first asked. Not thread-safe: one per extraction.
 */
final class Tokens {

    private String source;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** Per token: {@link #PUNCT}, {@link #LINE_BREAK}. */
    private byte[] flags = new byte[64];
    private String[] keys = new String[64];

    private static final byte PUNCT = 1;
    private static final byte LINE_BREAK = 2;

    /**
     * Reads the tokens of {@code t[from, to)}, at most {@code maxTokens} of them, in place of those held; a
     * word is cut at {@code to}.
     */
    Tokens read(String t, int from, int to, int maxTokens) {
        Arrays.fill(keys, 0, size, null);
        source = t;
        size = 0;
        int i = from;
        boolean lineBreak = false;
        while (i < to && size < maxTokens) {
            char c = t.charAt(i);
            if (CharClass.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && CharClass.isLetterOrDigit(t.charAt(j))) {
                    j++;
                }
                add(i, j, false, lineBreak);
                lineBreak = false;
                i = j;
            } else if (CharClass.isWhitespace(c) || c == '\u00A0') {
                lineBreak |= c == '\n';
                i++;
            } else {
                add(i, i + 1, true, lineBreak);
                lineBreak = false;
                i++;
            }
        }
        return this;
    }

    private void add(int start, int end, boolean punct, boolean lineBreak) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            flags = Arrays.copyOf(flags, grown);
            keys = Arrays.copyOf(keys, grown);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = (byte) ((punct ? PUNCT : 0) | (lineBreak ? LINE_BREAK : 0));
        size++;
    }

    /** The text the tokens were read from. */
    String source() {
        return source;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int start(int j) {
        return starts[j];
    }

    int end(int j) {
        return ends[j];
    }

    /** Whether token {@code j} is a punctuation char (not a word). */
    boolean punct(int j) {
        return (flags[j] & PUNCT) != 0;
    }

    /** Whether token {@code j} is the punctuation char {@code c}. */
    boolean isPunct(int j, char c) {
        return (flags[j] & PUNCT) != 0 && source.charAt(starts[j]) == c;
    }

    /** Whether a line break comes between token {@code j} and the one before it. */
    boolean lineBreakBefore(int j) {
        return (flags[j] & LINE_BREAK) != 0;
    }

    /** Whether token {@code j} begins with a lower-case letter. */
    boolean lowerStart(int j) {
        return CharClass.isLowerCase(source.charAt(starts[j]));
    }

    /** The text of token {@code j}. */
    String text(int j) {
        return source.substring(starts[j], ends[j]);
    }

    /** The key of token {@code j}: the key of a word ({@link CountLexicon#key}), or the punctuation char. */
    String key(int j) {
        String k = keys[j];
        if (k == null) {
            k = punct(j) ? text(j) : CountLexicon.key(text(j));
            keys[j] = k;
        }
        return k;
    }

    /** The key of token {@code j} without diacritics. */
    String asciiKey(int j) {
        return CountLexicon.asciiKey(key(j));
    }

    /** Whether the key of word {@code j} is {@code key}, decided without making the key. */
    boolean keyIs(int j, String key) {
        if (punct(j)) {
            return key(j).equals(key);
        }
        int s = starts[j];
        int e = ends[j];
        if (e - s != key.length()) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (CountLexicon.keyCharAt(source, s, e, i) != key.charAt(i - s)) {
                return false;
            }
        }
        return true;
    }
}
