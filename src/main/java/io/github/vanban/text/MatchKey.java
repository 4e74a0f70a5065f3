package io.github.vanban.text;

/**
 * Keys for matching words against the library's word lists whatever their spelling variant: lower case,
 * and {@code y} written {@code i} where it ends a syllable after a consonant ({@code kỹ}/{@code kĩ},
 * {@code lý}/{@code lí}, {@code Mỹ}/{@code Mĩ}). {@code y} alone ({@code ý kiến}, {@code y tế}) and
 * {@code uy} ({@code quy định}) keep it. The text itself is never rewritten this way.
 */
public final class MatchKey {

    private static final String CONSONANTS = "hklmtqsvdnrbpxgc";
    private static final String Y_FORMS = "yỳýỷỹỵ";
    private static final String I_FORMS = "iìíỉĩị";

    /** {@link Character#toLowerCase(char)} of each char below U+2000, where Vietnamese letters are. */
    private static final char[] LOWER = new char[0x2000];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private MatchKey() {
    }

    /** The match key of {@code s}; it has the same length as {@code s}. */
    public static String of(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
        }
        for (int i = 1; i < out.length; i++) {
            char c = out[i];
            if (c != 'y' && (c < 0xFD || c > 0x1EF9)) {
                continue; // not one of Y_FORMS
            }
            int y = Y_FORMS.indexOf(c);
            if (y >= 0 && CONSONANTS.indexOf(out[i - 1]) >= 0
                    && (i + 1 == out.length || !Character.isLetter(out[i + 1]))) {
                out[i] = I_FORMS.charAt(y);
            }
        }
        return new String(out);
    }
}
