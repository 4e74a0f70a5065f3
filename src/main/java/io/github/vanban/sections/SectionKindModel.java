package io.github.vanban.sections;

import io.github.vanban.models.ModelLoadException;
import io.github.vanban.models.ModelResources;
import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained document categorizer (OpenNLP maximum entropy) that reads a heading's kind from its title's
 * words. The keyword table ({@link SectionKindClassifier}) decides wherever it finds a kind word; this
 * model decides the titles where the table finds none (a wrapped title cut before its kind word, a kind
 * said in other words).
 *
 * <p>Thread-safe: the model is read once and shared; OpenNLP's {@link DocumentCategorizerME} is not
 * thread-safe, so one is created per thread.
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
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private SectionKindModel(DoccatModel model) {
        this.model = model;
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
        String[] words = words(title);
        if (words.length == 0) {
            return SectionKind.OTHER;
        }
        DocumentCategorizerME me = categorizer.get();
        double[] p = me.categorize(words);
        String best = me.getBestCategory(p);
        if (p[me.getIndex(best)] < MIN_PROBABILITY) {
            return SectionKind.OTHER;
        }
        return SectionKind.valueOf(best);
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
        String key = MatchKey.of(NormalizedText.of(title).text());
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            while (i < key.length() && !Character.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < key.length() && Character.isLetterOrDigit(key.charAt(i))) {
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
            if (!Character.isDigit(s.charAt(i))) {
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

    DoccatModel model() {
        return model;
    }
}
