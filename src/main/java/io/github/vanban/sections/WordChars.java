package io.github.vanban.sections;

/**
 * {@link Character#isLetterOrDigit(char)}, {@link Character#isDigit(char)} and
 * {@link Character#isWhitespace(char)} from a table or a range test for the chars
 * Vietnamese text is written in (below U+2000), so that titles are cut into words without a look at
 * Unicode's property tables for each char.
 */
final class WordChars {

    private static final char TABLE_END = '\u2000';
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte DIGIT = 2;
    private static final byte[] CLASSES = new byte[TABLE_END];
    /** The chars up to the space that {@link Character#isWhitespace(char)} takes, as bits. */
    private static final long ASCII_WHITESPACE;

    static {
        long bits = 0;
        for (char c = 0; c <= ' '; c++) {
            if (Character.isWhitespace(c)) {
                bits |= 1L << c;
            }
        }
        ASCII_WHITESPACE = bits;
        for (char c = 0; c < TABLE_END; c++) {
            CLASSES[c] = (byte) ((Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isDigit(c) ? DIGIT : 0));
        }
    }

    private WordChars() {
    }

    /** As {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return c < TABLE_END ? (CLASSES[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** As {@link Character#isWhitespace(char)}: no char from U+0080 to U+167F is white space there. */
    static boolean isWhitespace(char c) {
        return c < 0x1680 ? c <= ' ' && (ASCII_WHITESPACE & (1L << c)) != 0 : Character.isWhitespace(c);
    }

    /** As {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return c < TABLE_END ? (CLASSES[c] & DIGIT) != 0 : Character.isDigit(c);
    }
}
