package io.github.vanban.text;

/**
 * Writes the tone mark of the open syllables {@code oa}, {@code oe} and {@code uy} in one place, the
 * one official texts print ({@code hòa}, {@code khỏe}, {@code thủy}, {@code Ủy ban}), so that
 * {@code hoà} and {@code hòa} match alike. Two chars swap marks, so offsets do not move. {@code quý}
 * keeps its mark on {@code y}: there the {@code u} belongs to the consonant.
 */
final class TonePlacementStep implements InPlaceStep {

    /** Rows: a base vowel and its five toned forms (grave, acute, hook, tilde, dot below). */
    private static final String[] TONES = {
        "aàáảãạ", "AÀÁẢÃẠ", "eèéẻẽẹ", "EÈÉẺẼẸ", "oòóỏõọ", "OÒÓỎÕỌ",
        "uùúủũụ", "UÙÚỦŨỤ", "yỳýỷỹỵ", "YỲÝỶỸỴ",
    };

    /** Every char of the table is below this. */
    private static final char LIMIT = '\u1F00';
    /** For each char below {@link #LIMIT}: 1 + its row in {@link #TONES} times 8 + its tone (0..5); 0 when not in the table. */
    private static final short[] CODES = new short[LIMIT];
    /** For each char below {@link #LIMIT}: whether it is a toned {@code a}, {@code e} or {@code y}. */
    private static final boolean[] ENDS_PAIR = new boolean[LIMIT];
    private static final int ROW_A = 0;
    private static final int ROW_E = 2;
    private static final int ROW_O = 4;
    private static final int ROW_U = 6;
    private static final int ROW_Y = 8;

    static {
        for (int row = 0; row < TONES.length; row++) {
            for (int tone = 0; tone < TONES[row].length(); tone++) {
                char c = TONES[row].charAt(tone);
                if (CODES[c] == 0) { // the first row that holds a char wins, as a search row by row finds it
                    CODES[c] = (short) (1 + row * 8 + tone);
                    int lowerRow = row & ~1;
                    ENDS_PAIR[c] = tone > 0 && (lowerRow == ROW_A || lowerRow == ROW_E || lowerRow == ROW_Y);
                }
            }
        }
    }

    /**
     * Places the marks in {@code chars}. Reading the array while rewriting it gives what reading the
     * unchanged text would: a rewritten pair ends in a plain {@code a}, {@code e} or {@code y}, which
     * cannot begin the next pair nor be the {@code q} of {@code quý}.
     */
    @Override
    public boolean rewrite(char[] chars) {
        boolean changed = false;
        for (int i = 1; i < chars.length; i++) {
            if (mayEndPair(chars[i]) && placeAt(chars, i)) {
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether {@code c} is a toned {@code a}, {@code e} or {@code y}, the only chars that can end a pair
     * whose mark moves: other chars are passed over without a look at their neighbours.
     */
    static boolean mayEndPair(char c) {
        return c >= 0xC0 && c < LIMIT && ENDS_PAIR[c];
    }

    /**
     * Moves the mark of the pair that ends at {@code i} (a char {@link #mayEndPair} accepts) onto its
     * first vowel when the pair is an open {@code oa}, {@code oe} or {@code uy}; chars before {@code i}
     * are read as already rewritten, the char after it only for being a letter.
     *
     * @return true when the two chars changed
     */
    static boolean placeAt(char[] chars, int i) {
        if (i < 1) {
            return false;
        }
        char first = chars[i - 1];
        int firstRow;
        switch (first) {
            case 'o': firstRow = ROW_O; break;
            case 'O': firstRow = ROW_O + 1; break;
            case 'u': firstRow = ROW_U; break;
            case 'U': firstRow = ROW_U + 1; break;
            default: return false;
        }
        char second = chars[i];
        int code = CODES[second] - 1;
        int secondBase = (code >>> 3) & ~1; // the row of the lower-case base
        boolean pair = firstRow >= ROW_U ? secondBase == ROW_Y : secondBase == ROW_A || secondBase == ROW_E;
        if (!pair) {
            return false;
        }
        if (i + 1 < chars.length && Character.isLetter(chars[i + 1])) {
            return false; // closed syllable: hoàng, tuyết keep their mark where it is
        }
        if (firstRow >= ROW_U && i >= 2 && (chars[i - 2] == 'q' || chars[i - 2] == 'Q')) {
            return false; // quý
        }
        chars[i - 1] = TONES[firstRow].charAt(code & 7);
        chars[i] = TONES[code >>> 3].charAt(0);
        return true;
    }
}
