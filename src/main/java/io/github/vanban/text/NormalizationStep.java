package io.github.vanban.text;

/**
 * One rewrite of the text, such as Unicode composition or space folding, with the map of its offsets.
 * Steps are small, stateless and composed by {@link TextNormalizer}.
 */
public interface NormalizationStep {

    /** Rewrites {@code input}; the result knows how its offsets map back to {@code input}. */
    Rewritten apply(String input);

    /** A step's output: the new text and the map from its offsets to the step's input. */
    record Rewritten(String text, OffsetMap map) {
        /** The output of a step that changed nothing. */
        public static Rewritten unchanged(String text) {
            return new Rewritten(text, OffsetMap.IDENTITY);
        }
    }
}
