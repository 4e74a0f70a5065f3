package io.github.vanban.text;

/**
 * A step that rewrites chars one for one, so offsets do not move: it can work in a char array that the
 * steps next to it share, and {@link TextNormalizer} copies the text once for all of them instead of once
 * for each.
 */
interface InPlaceStep extends NormalizationStep {

    /**
     * Rewrites {@code chars} in place, as {@link #apply(String)} would rewrite the string they hold.
     *
     * @return true when a char changed
     */
    boolean rewrite(char[] chars);

    @Override
    default Rewritten apply(String input) {
        char[] chars = input.toCharArray();
        return rewrite(chars) ? new Rewritten(new String(chars), OffsetMap.IDENTITY) : Rewritten.unchanged(input);
    }
}
