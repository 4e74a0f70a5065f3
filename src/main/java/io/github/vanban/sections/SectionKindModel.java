package io.github.vanban.sections;

import io.github.vanban.models.ModelLoadException;
import io.github.vanban.models.ModelResources;
import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained document categorizer (OpenNLP maximum entropy) that reads a heading's kind from its title's
 * words. The keyword table ({@link SectionKindClassifier}) decides wherever it finds a kind word; this
 * model decides the titles where the table finds none (a wrapped title cut before its kind word, a kind
 * said in other words).
 *
 * <p>Thread-safe: the model is read once and shared. A title is scored as OpenNLP's
 * {@link DocumentCategorizerME} scores it (the features of the model's generators, in their order, given
 * to its maximum entropy model), without the categorizer's per-call lists; the categorizer, which is not
 * thread-safe, is created per thread only for {@link #describe(String)}.
 */
public final class SectionKindModel {

    /** The shipped model, read on first use (not in a static initialiser, so a failure keeps its type). */
    private static volatile SectionKindModel shipped;

    /**
     * Below this probability the model's kind is not taken and the title is {@link SectionKind#OTHER}: a kind
     * must be more likely than all the others together.
     */
    static final double MIN_PROBABILITY = 0.5;

    private final DoccatModel model;
    private final MaxentModel maxent;
    private final FeatureGenerator[] generators;
    /** The kind of each outcome of {@link #maxent}, by its index. */
    private final SectionKind[] kinds;
    /** The model's weights by word ids, when the model is of the shape it reads; null otherwise. */
    private final TitleScorer scorer;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private SectionKindModel(DoccatModel model) {
        this.model = model;
        this.maxent = model.getMaxentModel();
        this.generators = model.getFactory().getFeatureGenerators().clone();
        this.kinds = new SectionKind[maxent.getNumOutcomes()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = SectionKind.valueOf(maxent.getOutcome(i));
        }
        this.scorer = TitleScorer.of(maxent, generators);
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /**
     * The model shipped in the jar, read on first use.
     *
     * @throws ModelLoadException when the resource is missing or corrupt
     */
    public static SectionKindModel shipped() {
        SectionKindModel s = shipped;
        if (s == null) {
            synchronized (SectionKindModel.class) {
                s = shipped;
                if (s == null) {
                    s = fromResource(ModelResources.SECTION_KINDS);
                    shipped = s;
                }
            }
        }
        return s;
    }

    /**
     * The model at a class-path location.
     *
     * @throws ModelLoadException when it is missing, corrupt or not a section-kind model
     */
    public static SectionKindModel fromResource(String resource) {
        return of(ModelResources.load(resource, DoccatModel::new), resource);
    }

    static SectionKindModel of(DoccatModel model, String name) {
        DocumentCategorizerME probe = new DocumentCategorizerME(model);
        for (int i = 0; i < probe.getNumberOfCategories(); i++) {
            String category = probe.getCategory(i);
            try {
                SectionKind.valueOf(category);
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(name, "unknown kind " + category + " in the model", e);
            }
        }
        return new SectionKindModel(model);
    }

    /** The kind the model gives a title; {@link SectionKind#OTHER} when no kind has probability 0.5 or more. */
    public SectionKind kind(String title) {
        Objects.requireNonNull(title, "title");
        return kindOfKey(MatchKey.of(NormalizedText.of(title).text()));
    }

    /**
     * As {@link #kind(String)} for a title taken from the library's normalised text, whose
     * {@link MatchKey} the caller has made already: normalising such a title again nearly always leaves
     * it as it is, and then that key is the one the model reads.
     */
    SectionKind kindOfNormalized(String normalizedTitle, String matchKey) {
        String again = NormalizedText.of(normalizedTitle).text();
        return kindOfKey(again.equals(normalizedTitle) ? matchKey : MatchKey.of(again));
    }

    /** The kind the model gives the title whose match key is {@code key}. */
    SectionKind kindOfKey(String key) {
        if (scorer != null) {
            int outcome = scorer.likelyOutcome(key, MIN_PROBABILITY);
            return outcome < 0 ? SectionKind.OTHER : kinds[outcome];
        }
        double[] p = probabilitiesOfKey(key);
        if (p == null) {
            return SectionKind.OTHER;
        }
        int best = 0; // the first of the most probable, as MaxentModel.getBestOutcome takes it
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return p[best] < MIN_PROBABILITY ? SectionKind.OTHER : kinds[best];
    }

    /** The features of the model's generators for {@code words}, in their order, as the categorizer gives them. */
    private String[] context(String[] words) {
        if (generators.length == 1) {
            return generators[0].extractFeatures(words, Map.of()).toArray(new String[0]);
        }
        List<String> all = new ArrayList<>();
        for (FeatureGenerator g : generators) {
            all.addAll(g.extractFeatures(words, Map.of()));
        }
        return all.toArray(new String[0]);
    }

    /**
     * The kind of a title: the keyword table's when it found a kind word (when it found words of two
     * kinds, the guide's rule that the first listed wins still settles it), the model's when it found
     * none.
     *
     * @param rules what the keyword table said of the title
     */
    public SectionKind kind(String title, KindMatch rules) {
        return rules.keyword() != null ? rules.kind() : kind(title);
    }

    /** The title's words as the model reads them: normalised, lower-case match keys, digits as {@code 9}. */
    static String[] words(String title) {
        return wordsOfKey(MatchKey.of(NormalizedText.of(title).text()));
    }

    static String[] wordsOfKey(String key) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            while (i < key.length() && !WordChars.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < key.length() && WordChars.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(allDigits(key, start, i) ? "9" : key.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!WordChars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The model's scores for a title, best first, for reading. */
    public String describe(String title) {
        DocumentCategorizerME me = categorizer.get();
        return me.sortedScoreMap(words(title)).toString();
    }

    /** The model's probabilities for a title's words, through its feature strings as OpenNLP reads them. */
    double[] probabilitiesByFeatureStrings(String[] words) {
        return maxent.eval(context(words));
    }

    /** The model's probabilities for a title's words, by word ids when it can (as {@link #kind(String)} reads them). */
    double[] probabilities(String[] words) {
        return scorer != null ? scorer.probabilities(words) : maxent.eval(context(words));
    }

    /** The model's probabilities for the title whose match key is {@code key}; null when it has no word. */
    double[] probabilitiesOfKey(String key) {
        if (scorer != null) {
            return scorer.probabilitiesOfKey(key);
        }
        String[] words = wordsOfKey(key);
        return words.length == 0 ? null : maxent.eval(context(words));
    }

    /** Whether titles are scored by word ids ({@link TitleScorer}) rather than by feature strings. */
    boolean scoresByWordIds() {
        return scorer != null;
    }

    DoccatModel model() {
        return model;
    }
}
