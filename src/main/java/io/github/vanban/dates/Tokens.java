package io.github.vanban.dates;



/**
 * The words, numbers and punctuation marks of a stretch of normalised text, found in one pass. Each token
 * knows its offsets, whether it is glued to the one before, and how many line feeds precede it; a word
 * keeps its lower-case form and a number its value.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    /** Line feeds between this token and the one before. */
    byte[] breaks;
    String[] lower;
    private Vocabulary vocabulary;
    private final char[] buf = new char[32];
    /** Value of a number of at most 9 digits, else -1. */
    int[] num;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        breaks = new byte[capacity];
        lower = new String[capacity];
        num = new int[capacity];
    }

    /**
     * Splits {@code text[from, to)}: letters run into words, digits into numbers, anything else but white
     * space is one mark. A word keeps its key when it is in {@code vocabulary}, else the empty string.
     */
    static Tokens of(String text, int from, int to, Vocabulary vocabulary) {
        Tokens t = new Tokens(text, Math.max(16, (to - from) / 4));
        t.vocabulary = vocabulary;
        int i = from;
        int nl = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                nl++;
                i++;
                continue;
            }
            if (c == ' ' || (c < 128 ? c <= ' ' : Character.isWhitespace(c))) {
                i++;
                continue;
            }
            int s = i;
            byte k;
            if (c >= '0' && c <= '9') {
                k = NUM;
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (d < '0' || d > '9') {
                        break;
                    }
                    i++;
                }
            } else if (isLetter(c)) {
                k = WORD;
                i++;
                while (i < to && isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                k = PUNCT;
                i++;
            }
            t.add(s, i, k, nl);
            nl = 0;
        }
        return t;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int s, int e, byte k, int nl) {
        if (size == start.length) {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            kind = java.util.Arrays.copyOf(kind, cap);
            breaks = java.util.Arrays.copyOf(breaks, cap);
            lower = java.util.Arrays.copyOf(lower, cap);
            num = java.util.Arrays.copyOf(num, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        breaks[size] = (byte) Math.min(nl, 100);
        if (k == WORD) {
            lower[size] = vocabulary.find(text, s, e, buf);
        } else if (k == NUM) {
            int v = 0;
            if (e - s > 9) {
                v = -1;
            } else {
                for (int j = s; j < e; j++) {
                    v = v * 10 + (text.charAt(j) - '0');
                }
            }
            num[size] = v;
        }
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isWord(int i, String w) {
        return i >= 0 && i < size && kind[i] == WORD && lower[i].equals(w);
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && kind[i] == NUM;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT;
    }

    char ch(int i) {
        return text.charAt(start[i]);
    }

    int digits(int i) {
        return end[i] - start[i];
    }

    /** True when token {@code i} touches the token before it (no white space between). */
    boolean glued(int i) {
        return i > 0 && i < size && start[i] == end[i - 1];
    }

    /** True when token {@code i} starts with an upper-case letter. */
    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the gap before token {@code i} holds a blank line (a paragraph break). */
    boolean paragraphBefore(int i) {
        return i < size && breaks[i] >= 2;
    }

    /** True when a line feed lies between token {@code i} and the one before. */
    boolean lineBefore(int i) {
        return i < size && breaks[i] >= 1;
    }
}
