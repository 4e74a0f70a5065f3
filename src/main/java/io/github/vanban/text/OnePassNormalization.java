package io.github.vanban.text;

/**
 * The standard chain of {@link TextNormalizer} in one pass over the text, for the texts where neither
 * {@link InvisibleCharStep} nor {@link NfcStep} has anything to do (nearly all texts: no CR LF, no
 * invisible char, already composed). Then offsets do not move, and what is left of the chain,
 * {@link CharFoldStep} and {@link TonePlacementStep}, rewrites chars in place: one look at a table tells
 * for each char whether it is plain, may be dropped or composed (the text then goes through the steps
 * one after the other), folds, or may end a pair whose tone mark moves.
 *
 * <p>The two in-place steps can share the pass because folding keeps every char a letter or a non-letter
 * as it was and never makes nor unmakes an {@code o}, {@code u} or {@code q}: the tone step, reading
 * the next char unfolded, decides as it does after the fold step has gone over the whole text.
 */
final class OnePassNormalization {

    private static final byte DROP_OR_COMPOSE = 1;
    private static final byte FOLD = 2;
    private static final byte ENDS_TONE_PAIR = 4;
    private static final byte COMPOSE = 8;

    /** For each UTF-16 char, which of the flags above it has; 0 for a char every step leaves alone. */
    private static final byte[] FLAGS = new byte[0x10000];

    static {
        for (int i = 0; i < FLAGS.length; i++) {
            char c = (char) i;
            int f = 0;
            if (InvisibleCharStep.mayDrop(c) || NfcStep.mayChange(c)) {
                f |= DROP_OR_COMPOSE;
            }
            if (NfcStep.mayChange(c)) {
                f |= COMPOSE;
            }
            if (CharFoldStep.fold(c) != c) {
                f |= FOLD;
            }
            if (TonePlacementStep.mayEndPair(c)) {
                f |= ENDS_TONE_PAIR;
            }
            FLAGS[i] = (byte) f;
        }
    }

    private OnePassNormalization() {
    }

    /**
     * The text the standard chain makes of {@code original} ({@code original} itself when nothing
     * changes), or null when a char may be dropped or composed, so that offsets may move and the steps
     * must run one after the other.
     */
    static String normalize(String original) {
        char[] chars = original.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int f = FLAGS[c];
            if (f == 0) {
                continue;
            }
            if ((f & DROP_OR_COMPOSE) != 0) {
                return null;
            }
            if ((f & FOLD) != 0) {
                chars[i] = CharFoldStep.fold(c);
                changed = true;
            } else if (TonePlacementStep.placeAt(chars, i)) {
                changed = true;
            }
        }
        return changed ? new String(chars) : original;
    }

    /**
     * Whether NFC may change what {@link InvisibleCharStep} leaves of {@code text}: false when every char
     * it keeps has a boundary before it and stays as it is, so that {@link NfcStep} has nothing to do.
     * (The step drops the lone halves of surrogate pairs whatever is around them, and its other drops
     * make no new pairs.)
     */
    static boolean mayComposeAfterDrops(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((FLAGS[c] & COMPOSE) == 0) {
                continue;
            }
            boolean loneHigh = Character.isHighSurrogate(c) && (i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1)));
            boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (!loneHigh && !loneLow) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds and places tone marks in {@code chars} in one pass, as {@link CharFoldStep} and then
     * {@link TonePlacementStep} would: the in-place end of the chain for a text that has been through
     * the drop and NFC steps.
     *
     * @return true when a char changed
     */
    static boolean foldAndPlaceTones(char[] chars) {
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int f = FLAGS[c] & (FOLD | ENDS_TONE_PAIR);
            if (f == 0) {
                continue;
            }
            if ((f & FOLD) != 0) {
                chars[i] = CharFoldStep.fold(c);
                changed = true;
            } else if (TonePlacementStep.placeAt(chars, i)) {
                changed = true;
            }
        }
        return changed;
    }
}
