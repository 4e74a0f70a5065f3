package io.github.vanban.sections;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The section-kind model's weights looked up by the ids of a title's words instead of by feature
 * strings: {@link TitleFeatures} makes two or three strings of each word ({@code b=kết_quả},
 * {@code t=kết_quả_đạt}) that the model then hashes, and most of them it does not know. Here each word is
 * looked up once; a pair, a triple, the first word and the first pair are numbers made of word ids.
 *
 * <p>The probabilities are those of {@link QNModel#eval(String[])} on the features {@link TitleFeatures}
 * gives, to the last bit: the weights of the features the model knows are added in the same order (the
 * features it does not know add nothing there either), then normalised as it does. Built only for a
 * quasi-Newton model whose one feature generator is {@link TitleFeatures} and whose features all have
 * its shapes; {@link #of} gives null otherwise. Immutable and thread-safe.
 */
final class TitleScorer {

    /** Word ids fit in this many bits, so that three of them make one long. */
    private static final int ID_BITS = 21;
    /**
     * Sums closer than this (relative to their size) to the greatest may round to the same probability; those
     * further away have a smaller one.
     */
    private static final double NEAR = 1e-9;

    private final int outcomes;
    private final Vocabulary vocabulary;
    /** The id of the word {@code 9} that stands for a run of digits; -1 when the model does not know it. */
    private final int digitsId;
    /**
     * The weights of every feature the model knows, {@link #outcomes} to a feature (0 for an outcome its
     * context leaves out), one feature after another: a feature's weights are one short run of memory,
     * not a context object and two arrays.
     */
    private final double[] weights;
    /** {@code f=}: the feature of a first word, by its id; -1 for none. */
    private final int[] firstWords;
    /** {@code b=}, {@code t=} and {@code f2=}: the feature of a pair, a triple and a first pair. */
    private final FeatureTable pairs;
    private final FeatureTable triples;
    private final FeatureTable firstPairs;
    /** {@code len=}: the features of short, mid, long; -1 for none. */
    private final int[] lengths;
    /** Whether the first two words of every triple the model knows make a pair it knows (then a triple is looked up only after its pair). */
    private final boolean triplesHavePairs;

    private TitleScorer(int outcomes, Vocabulary vocabulary, double[] weights, int[] firstWords, FeatureTable pairs,
                        FeatureTable triples, FeatureTable firstPairs, int[] lengths) {
        this.outcomes = outcomes;
        this.vocabulary = vocabulary;
        this.digitsId = vocabulary.id("9", 0, 1, "9".hashCode());
        this.weights = weights;
        this.firstWords = firstWords;
        this.pairs = pairs;
        this.triples = triples;
        this.firstPairs = firstPairs;
        this.lengths = lengths;
        this.triplesHavePairs = triples.allKeys(key -> pairs.get(key >>> ID_BITS) >= 0);
    }

    /** The scorer of {@code model}, or null when the model or its features are not of the shapes it knows. */
    static TitleScorer of(MaxentModel model, FeatureGenerator[] generators) {
        if (!(model instanceof QNModel qn) || generators.length != 1 || generators[0].getClass() != TitleFeatures.class) {
            return null;
        }
        Object[] data = qn.getDataStructures();
        if (data.length < 2 || !(data[1] instanceof Map<?, ?> predicates)) {
            return null;
        }
        int outcomes = model.getNumOutcomes();
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        FeatureTable pairs = new FeatureTable();
        FeatureTable triples = new FeatureTable();
        FeatureTable firstPairs = new FeatureTable();
        int[] lengths = {-1, -1, -1};
        double[] weights = new double[predicates.size() * outcomes];
        int features = 0;
        for (Map.Entry<?, ?> e : predicates.entrySet()) {
            if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof Context context)) {
                return null;
            }
            int feature = features++;
            if (!spread(context, weights, feature * outcomes, outcomes)) {
                return null;
            }
            int eq = name.indexOf('=');
            String kind = eq < 0 ? "" : name.substring(0, eq);
            String[] words = eq < 0 ? new String[0] : name.substring(eq + 1).split("_", -1);
            switch (kind) {
                case "len" -> {
                    int k = List.of("short", "mid", "long").indexOf(words[0]);
                    if (k < 0 || words.length != 1) {
                        return null;
                    }
                    lengths[k] = feature;
                }
                case "f" -> {
                    if (words.length != 1) {
                        return null;
                    }
                    first.put(id(ids, words[0]), feature);
                }
                case "b", "f2" -> {
                    if (words.length != 2) {
                        return null;
                    }
                    (kind.equals("b") ? pairs : firstPairs).put(key(id(ids, words[0]), id(ids, words[1])), feature);
                }
                case "t" -> {
                    if (words.length != 3) {
                        return null;
                    }
                    triples.put(key(key(id(ids, words[0]), id(ids, words[1])), id(ids, words[2])), feature);
                }
                default -> {
                    return null;
                }
            }
            if (ids.size() >= 1 << ID_BITS) {
                return null;
            }
        }
        int[] firstWords = new int[ids.size()];
        Arrays.fill(firstWords, -1);
        first.forEach((id, feature) -> firstWords[id] = feature);
        return new TitleScorer(outcomes, new Vocabulary(ids), weights, firstWords, pairs, triples, firstPairs, lengths);
    }

    /**
     * Writes a context's weights into {@code weights[from, from + outcomes)} by outcome; false when an outcome
     * is out of range or given twice (the sum by outcome would then not be the model's).
     */
    private static boolean spread(Context context, double[] weights, int from, int outcomes) {
        int[] os = context.getOutcomes();
        double[] parameters = context.getParameters();
        boolean[] seen = new boolean[outcomes];
        for (int j = 0; j < os.length; j++) {
            if (os[j] < 0 || os[j] >= outcomes || seen[os[j]]) {
                return false;
            }
            seen[os[j]] = true;
            weights[from + os[j]] = 1.0 * parameters[j];
        }
        return true;
    }

    private static int id(Map<String, Integer> ids, String word) {
        return ids.computeIfAbsent(word, w -> ids.size());
    }

    private static long key(long ids, int next) {
        return (ids << ID_BITS) | next;
    }

    /** The probability of each outcome of the model for a title of {@code words} (as the model reads them). */
    double[] probabilities(String[] words) {
        int n = words.length;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            String w = words[i];
            ids[i] = vocabulary.id(w, 0, w.length(), w.hashCode());
        }
        return normalise(sums(ids, n));
    }

    /**
     * The probabilities for the title whose match key is {@code key}, cut into words as
     * {@link SectionKindModel#words} cuts it (runs of letters and digits, a run of digits read as
     * {@code 9}) but without making a string of each; null when it has no word.
     */
    double[] probabilitiesOfKey(String key) {
        double[] sums = sumsOfKey(key);
        return sums == null ? null : normalise(sums);
    }

    /**
     * The outcome of the greatest probability for the title whose match key is {@code key} (the first of
     * them on a tie, as {@link SectionKindModel} reads {@link #probabilitiesOfKey}), when that probability is
     * {@code minProbability} or more; -1 otherwise and for a title without words. Only the probabilities of
     * the outcomes whose sums come near the greatest are worked out: {@link StrictMath#exp} keeps the order
     * of arguments that differ by more than its rounding, so no other outcome can have the greatest.
     */
    int likelyOutcome(String key, double minProbability) {
        double[] sums = sumsOfKey(key);
        if (sums == null) {
            return -1;
        }
        double logSum = ArrayMath.logSumOfExps(sums);
        double top = sums[0];
        for (int o = 1; o < sums.length; o++) {
            top = Math.max(top, sums[o]);
        }
        if (!Double.isFinite(logSum) || !Double.isFinite(top)) {
            double[] p = normalise(sums);
            int best = 0;
            for (int o = 1; o < p.length; o++) {
                if (p[o] > p[best]) {
                    best = o;
                }
            }
            return p[best] < minProbability ? -1 : best;
        }
        double near = NEAR * Math.max(1.0, Math.max(Math.abs(top), Math.abs(logSum)));
        int best = -1;
        double bestProbability = 0;
        for (int o = 0; o < sums.length; o++) {
            if (top - sums[o] <= near) {
                double p = StrictMath.exp(sums[o] - logSum);
                if (best < 0 || p > bestProbability) {
                    best = o;
                    bestProbability = p;
                }
            }
        }
        return bestProbability < minProbability ? -1 : best;
    }

    /** The model's sums of weights by outcome for the title whose match key is {@code key}; null when it has no word. */
    private double[] sumsOfKey(String key) {
        int[] ids = new int[16];
        int n = 0;
        int length = key.length();
        int i = 0;
        while (i < length) {
            while (i < length && !WordChars.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0;
            boolean digits = true;
            char c;
            while (i < length && WordChars.isLetterOrDigit(c = key.charAt(i))) {
                hash = 31 * hash + c;
                digits &= WordChars.isDigit(c);
                i++;
            }
            if (i > start) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = digits ? digitsId : vocabulary.id(key, start, i, hash);
            }
        }
        return n == 0 ? null : sums(ids, n);
    }

    /** The sums of weights for a title of {@code n} words of the given ids (-1 for a word the model does not know). */
    private double[] sums(int[] ids, int n) {
        double[] p = new double[outcomes];
        // in the order TitleFeatures gives the features
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && ids[i] >= 0 && ids[i + 1] >= 0) {
                int pair = pairs.get(key(ids[i], ids[i + 1]));
                add(p, pair);
                if (i + 2 < n && ids[i + 2] >= 0 && (pair >= 0 || !triplesHavePairs)) {
                    add(p, triples.get(key(key(ids[i], ids[i + 1]), ids[i + 2])));
                }
            }
        }
        if (n > 0 && ids[0] >= 0) {
            add(p, firstWords[ids[0]]);
        }
        if (n > 1 && ids[0] >= 0 && ids[1] >= 0) {
            add(p, firstPairs.get(key(ids[0], ids[1])));
        }
        add(p, lengths[n <= 3 ? 0 : n <= 8 ? 1 : 2]);
        return p;
    }

    /** The probabilities from the sums, as the model normalises them. */
    private static double[] normalise(double[] p) {
        double logSum = ArrayMath.logSumOfExps(p);
        for (int o = 0; o < p.length; o++) {
            p[o] = StrictMath.exp(p[o] - logSum);
        }
        return p;
    }

    /**
     * Adds the weights of {@code feature} (-1 for none) to {@code p}. An outcome its context left out adds
     * 0.0, which leaves the sum as it was (it starts at +0.0 and never becomes -0.0), so the sums are
     * those of {@code Context} by {@code Context} to the last bit.
     */
    private void add(double[] p, int feature) {
        if (feature < 0) {
            return;
        }
        double[] w = weights;
        int from = feature * outcomes;
        for (int o = 0; o < p.length; o++) {
            p[o] += w[from + o];
        }
    }

    /** The words of the model's features and their ids, looked up by a stretch of a string. */
    private static final class Vocabulary {
        /** The chars of all words, one after another; word {@code id} is {@code chars[starts[id], starts[id + 1])}. */
        private final char[] chars;
        private final int[] starts;
        /**
         * Open addressing by {@link String#hashCode()}, two ints to a slot: the word's hash, then 1 + its id
         * (0 for an empty slot). A probe compares hashes before it looks at any char.
         */
        private final int[] slots;
        private final int mask;

        Vocabulary(Map<String, Integer> ids) {
            String[] words = new String[ids.size()];
            ids.forEach((w, id) -> words[id] = w);
            starts = new int[words.length + 1];
            StringBuilder all = new StringBuilder();
            for (int id = 0; id < words.length; id++) {
                starts[id] = all.length();
                all.append(words[id]);
            }
            starts[words.length] = all.length();
            chars = all.toString().toCharArray();
            int size = Integer.highestOneBit(Math.max(1, words.length)) * 4;
            mask = size - 1;
            slots = new int[size * 2];
            for (int id = 0; id < words.length; id++) {
                int hash = words[id].hashCode();
                int i = slot(hash);
                while (slots[2 * i + 1] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = hash;
                slots[2 * i + 1] = id + 1;
            }
        }

        /** The id of the word {@code s[from, to)} whose {@link String#hashCode()} is {@code hash}; -1 if unknown. */
        int id(String s, int from, int to, int hash) {
            int length = to - from;
            for (int i = slot(hash); slots[2 * i + 1] != 0; i = (i + 1) & mask) {
                if (slots[2 * i] != hash) {
                    continue;
                }
                int id = slots[2 * i + 1] - 1;
                int at = starts[id];
                if (starts[id + 1] - at == length && same(s, from, at, length)) {
                    return id;
                }
            }
            return -1;
        }

        private boolean same(String s, int from, int at, int length) {
            for (int k = 0; k < length; k++) {
                if (s.charAt(from + k) != chars[at + k]) {
                    return false;
                }
            }
            return true;
        }

        private int slot(int hash) {
            return (hash * 0x9E3779B9 >>> 8) & mask;
        }
    }

    /** An open-addressing table from non-negative long keys to feature numbers. */
    private static final class FeatureTable {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        FeatureTable() {
            Arrays.fill(keys, -1);
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int i = slot(key, keys.length);
            while (keys[i] >= 0 && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            if (keys[i] < 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** Whether every key of the table passes {@code test}. */
        boolean allKeys(java.util.function.LongPredicate test) {
            for (long key : keys) {
                if (key >= 0 && !test.test(key)) {
                    return false;
                }
            }
            return true;
        }

        /** The feature of {@code key}, or -1. */
        int get(long key) {
            int i = slot(key, keys.length);
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            return -1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] >= 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }
    }
}
