package io.github.vanban.eval;

/**
 * Precision, recall and F1 of one field over a set of documents.
 *
 * @param correct   predicted items that match a gold item
 * @param gold      gold items
 * @param predicted predicted items
 */
public record Score(int correct, int gold, int predicted) {

    /** Share of predicted items that are right; 1 when nothing was predicted and nothing was to be. */
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) correct / predicted;
    }

    /** Share of gold items found; 1 when there were none. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores. */
    public Score plus(Score other) {
        return new Score(correct + other.correct, gold + other.gold, predicted + other.predicted);
    }
}
