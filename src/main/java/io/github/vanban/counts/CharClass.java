package io.github.vanban.counts;

/**
 * The classes of every UTF-16 char the count extractor asks about, precomputed once into one table so
 * that the scan over a text costs one array read per char instead of the {@link Character} look-ups.
 * Each test answers exactly as the {@link Character} method it names does for a {@code char}.
 */
final class CharClass {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    private static final byte LOWER = 8;
    private static final byte UPPER = 16;

    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int k = 0;
            if (Character.isLetter(ch)) {
                k |= LETTER;
            }
            if (Character.isDigit(ch)) {
                k |= DIGIT;
            }
            if (Character.isWhitespace(ch)) {
                k |= SPACE;
            }
            if (Character.isLowerCase(ch)) {
                k |= LOWER;
            }
            if (Character.isUpperCase(ch)) {
                k |= UPPER;
            }
            CLASSES[c] = (byte) k;
        }
    }

    /** {@link Character#toLowerCase(char)} of the chars below {@link #LOWER_LIMIT} (Latin and Vietnamese letters). */
    private static final int LOWER_LIMIT = 0x2000;
    private static final char[] LOWER_CASE = new char[LOWER_LIMIT];

    static {
        for (int c = 0; c < LOWER_LIMIT; c++) {
            LOWER_CASE[c] = Character.toLowerCase((char) c);
        }
    }

    private CharClass() {
    }

    /** {@link Character#toLowerCase(char)}. */
    static char toLowerCase(char c) {
        return c < LOWER_LIMIT ? LOWER_CASE[c] : Character.toLowerCase(c);
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & (LETTER | DIGIT)) != 0;
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    static boolean isLowerCase(char c) {
        return (CLASSES[c] & LOWER) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    static boolean isUpperCase(char c) {
        return (CLASSES[c] & UPPER) != 0;
    }
}
