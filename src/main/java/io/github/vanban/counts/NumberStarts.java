package io.github.vanban.counts;

import io.github.vanban.numbers.VietnameseNumbers;

/**
 * Where a number may start, as two tables over chars, so that a scan can pass over a run of letters that
 * begins no number word with one test per char instead of walking each word: a run may begin a number when
 * its first char is an ASCII digit, or when its first two chars may begin a number word
 * ({@link VietnameseNumbers#mayBeginNumberWord}). Conservative: a position it lets through is still to be
 * judged in full; a position it refuses begins no number.
 */
final class NumberStarts {

    /** Group of a char that can begin no number. */
    private static final int NONE = 0;
    /** Group of the ASCII digits, which may begin a number whatever follows. */
    private static final int DIGIT = 1;
    /** Group of the letters or digits this table cannot rule out. */
    private static final int ANY = 2;
    /** Bit of {@link #FIRST} set for a letter or digit. */
    private static final int LETTER_OR_DIGIT = 32;
    /** The second chars held in {@link #SECOND}; any char above may follow any first char. */
    private static final int SECOND_LIMIT = 0x2000;

    /** Per char: the group of first chars it is in (low five bits), and {@link #LETTER_OR_DIGIT}. */
    private static final byte[] FIRST = new byte[Character.MAX_VALUE + 1];
    /** Per char below {@link #SECOND_LIMIT}: bit {@code g} set when the char may follow a first char of group {@code g}. */
    private static final int[] SECOND = new int[SECOND_LIMIT];

    static {
        // the letters that may begin a number word, grouped by their lower case (the words' first letter)
        char[] groupLetter = new char[32];
        int groups = ANY + 1;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!CharClass.isLetterOrDigit(ch)) {
                continue;
            }
            int g;
            if (ch >= '0' && ch <= '9') {
                g = DIGIT;
            } else if (!CharClass.isLetter(ch) || !VietnameseNumbers.mayStartNumberWord(ch)) {
                g = NONE;
            } else if (ch >= SECOND_LIMIT) {
                g = ANY;
            } else {
                char lower = CharClass.toLowerCase(ch);
                g = ANY;
                for (int k = ANY + 1; k < groups; k++) {
                    if (groupLetter[k] == lower) {
                        g = k;
                    }
                }
                if (g == ANY && groups < 32) {
                    g = groups++;
                    groupLetter[g] = lower;
                }
            }
            FIRST[c] = (byte) (g | LETTER_OR_DIGIT);
        }
        for (int s = 0; s < SECOND_LIMIT; s++) {
            int bits = 1 << DIGIT | 1 << ANY;
            for (int g = ANY + 1; g < groups; g++) {
                if (VietnameseNumbers.mayBeginNumberWord(groupLetter[g], (char) s)) {
                    bits |= 1 << g;
                }
            }
            SECOND[s] = bits;
        }
    }

    private NumberStarts() {
    }

    /** The class of {@code c} for {@link #mayBegin}: its group of first chars and whether it is a letter or digit. */
    static int of(char c) {
        return FIRST[c];
    }

    /**
     * Whether a number may begin at a char of class {@code at} ({@link #of}) as far as these tables tell:
     * the char before it, of class {@code before}, is no letter or digit, and the group of the char admits
     * {@code next}, the char after it (any char that is no letter or digit when the text ends). Decided
     * without a branch on the classes.
     */
    static boolean mayBegin(int before, int at, char next) {
        int follows = next < SECOND_LIMIT ? SECOND[next] : ~1;
        return ((follows >>> (at & 31)) & ~(before >>> 5) & 1) != 0;
    }
}
