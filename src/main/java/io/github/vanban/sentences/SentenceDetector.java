package io.github.vanban.sentences;

import io.github.vanban.Span;
import io.github.vanban.models.ModelLoadException;
import io.github.vanban.models.ModelResources;
import io.github.vanban.text.NormalizedText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits administrative Vietnamese into sentences. Rules settle every clear place in one pass (a line
 * ending in {@code .} or {@code ;}, a numbered heading or dash item starting the next line, a full stop
 * inside {@code 1.035}, before a lower-case word or after {@code TP.}, {@code ThS.}, {@code PGS.TS.}); the
 * trained model decides only where the rules are unsure: a full stop before a capital that may end a
 * sentence ({@code v.v. Các}, an initial) and a line break that may be a hard wrap.
 *
 * <p>Thread-safe: the model is read once and only evaluated; feature extraction keeps no state.
 */
public final class SentenceDetector {

    /** The shipped model, read on first use (not in a static initialiser, so a failure keeps its type). */
    private static volatile SentenceDetector shipped;

    private final MaxentModel model;
    private final SentenceFeatures features;
    private final WordLists words;
    private final int split;

    private SentenceDetector(MaxentModel model, WordLists words, SentenceFeatures features) {
        this.model = model;
        this.words = words;
        this.features = features;
        this.split = model == null ? -1 : model.getIndex("s");
    }

    /**
     * The detector with the model shipped in the jar, read on first use.
     *
     * @throws ModelLoadException when the model resource is missing or corrupt
     */
    public static SentenceDetector shipped() {
        SentenceDetector s = shipped;
        if (s == null) {
            synchronized (SentenceDetector.class) {
                s = shipped;
                if (s == null) {
                    s = fromResource(ModelResources.SENTENCES);
                    shipped = s;
                }
            }
        }
        return s;
    }

    /**
     * A detector with the model at a class-path location.
     *
     * @throws ModelLoadException when it is missing or not a sentence model
     */
    public static SentenceDetector fromResource(String resource) {
        SentenceModel m = ModelResources.load(resource, SentenceModel::new);
        return of(m, resource);
    }

    /** A detector with a model read from a stream (for models trained outside the jar). */
    public static SentenceDetector read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        try {
            return of(new SentenceModel(in), name);
        } catch (java.io.IOException | RuntimeException e) {
            throw new ModelLoadException(name, "not a valid model (" + e + ")", e);
        }
    }

    static SentenceDetector of(SentenceModel m, String name) {
        MaxentModel maxent = m.getMaxentModel();
        if (!(m.getFactory() instanceof VanbanSentenceFactory factory) || maxent.getIndex("s") < 0) {
            throw new ModelLoadException(name, "not a vanban sentence model", null);
        }
        return new SentenceDetector(maxent, factory.wordLists(), factory.features());
    }

    /** The rule-only detector: the model's places decided by the abbreviation list and letter case. */
    public static SentenceDetector rulesOnly() {
        return new SentenceDetector(null, WordLists.builtIn(), null);
    }

    /** The sentences of a normalised text, with spans into its original string. */
    public List<Sentence> detect(NormalizedText text) {
        int[] b = boundaries(text.text());
        List<Sentence> out = new ArrayList<>(b.length / 2);
        for (int i = 0; i < b.length; i += 2) {
            Span span = text.span(b[i], b[i + 1]);
            out.add(new Sentence(span));
        }
        return List.copyOf(out);
    }

    /** The sentences of {@code text}, normalising it first. */
    public List<Sentence> detect(String text) {
        return detect(NormalizedText.of(text));
    }

    /**
     * The sentences of an already normalised text as {@code [start0, end0, start1, end1, …]} offsets into
     * it.
     */
    public int[] boundaries(CharSequence normalized) {
        return SentenceScanner.split(normalized, words, model == null ? SentenceScanner.RULES : this::ask);
    }

    private boolean ask(CharSequence text, int position, int nextStart, boolean rule, String wrapping) {
        double[] p = model.eval(features.getContext(text, position, wrapping));
        return p[split] > 0.5;
    }

    WordLists words() {
        return words;
    }
}
