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

    static {
        for (int row = 0; row < TONES.length; row++) {
            for (int tone = 0; tone < TONES[row].length(); tone++) {
                char c = TONES[row].charAt(tone);
                if (CODES[c] == 0) { // the first row that holds a char wins, as a search row by row finds it
                    CODES[c] = (short) (1 + row * 8 + tone);
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
        int n = chars.length;
        for (int i = 1; i < n; i++) {
            char second = chars[i];
            if (second < 0xC0) {
                continue;
            }
            int tone = toneOf(second);
            if (tone <= 0) {
                continue;
            }
            char first = chars[i - 1];
            char firstBase = Character.toLowerCase(first);
            char secondBase = Character.toLowerCase(baseOf(second));
            boolean pair = (firstBase == 'o' && (secondBase == 'a' || secondBase == 'e'))
                    || (firstBase == 'u' && secondBase == 'y');
            if (!pair || toneOf(first) != 0) {
                continue;
            }
            if (i + 1 < n && Character.isLetter(chars[i + 1])) {
                continue; // closed syllable: hoàng, tuyết keep their mark where it is
            }
            if (firstBase == 'u' && i >= 2 && Character.toLowerCase(chars[i - 2]) == 'q') {
                continue; // quý
            }
            chars[i - 1] = withTone(first, tone);
            chars[i] = baseOf(second);
            changed = true;
        }
        return changed;
    }

    /** 0 for a plain vowel of the table, 1..5 for a toned one, -1 for anything else. */
    private static int toneOf(char c) {
        int code = c < LIMIT ? CODES[c] : 0;
        return code == 0 ? -1 : (code - 1) & 7;
    }

    private static char baseOf(char c) {
        int code = c < LIMIT ? CODES[c] : 0;
        return code == 0 ? c : TONES[(code - 1) >>> 3].charAt(0);
    }

    private static char withTone(char base, int tone) {
        for (String row : TONES) {
            if (row.charAt(0) == base) {
                return row.charAt(tone);
            }
        }
        return base;
    }
}
