package io.github.vanban.sentences;

import io.github.vanban.models.TrainingData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains vanban's sentence model on the annotated documents that are not held out, and measures it and
 * the rule-only detector on the held-out ones with OpenNLP's {@link SentenceDetectorEvaluator}.
 *
 * <p>Events are made only where the detector asks the model (the places the rules leave open), with the
 * same {@link SentenceFeatures}, so training and use see the same thing. Maximum entropy fitted by L-BFGS
 * with an L2 penalty, one thread, fixed iterations and cut-off: the result does not depend on the run.
 */
public final class SentenceModelTrainer {

    private final TrainingData data;
    private final List<SentenceData.Doc> docs;

    public SentenceModelTrainer(TrainingData data) {
        this.data = data;
        this.docs = SentenceData.load(data);
    }

    /** Trains on the documents that are not held out; returns the model. */
    public SentenceModel train() throws IOException {
        WordLists abbreviations = WordLists.builtIn();
        VanbanSentenceFactory factory = new VanbanSentenceFactory(abbreviations, pairs());
        SentenceFeatures features = factory.features();
        List<Event> events = new ArrayList<>();
        for (SentenceData.Doc doc : docs) {
            if (data.isHeldOut(doc.id())) {
                continue;
            }
            String t = doc.text().text();
            SentenceScanner.split(t, abbreviations, (text, position, next, rule, wrapping) -> {
                boolean gold = doc.boundary(position, next);
                events.add(new Event(gold ? "s" : "n", features.getContext(text, position, wrapping)));
                return gold;
            });
        }
        Map<String, String> report = new HashMap<>();
        EventTrainer trainer = TrainerFactory.getEventTrainer(TrainingData.parameters(), report);
        ObjectStream<Event> stream = ObjectStreamUtils.createObjectStream(events);
        MaxentModel model = trainer.train(stream);
        return new SentenceModel("vi", model, report, factory);
    }

    /**
     * The pairs of adjacent words (lower case, punctuation trimmed) seen at least twice inside a line of
     * the training documents.
     */
    Dictionary pairs() {
        Map<String, Integer> counts = new TreeMap<>();
        for (SentenceData.Doc doc : docs) {
            if (data.isHeldOut(doc.id())) {
                continue;
            }
            for (String line : doc.text().text().split("\n")) {
                String prev = null;
                for (String w : line.split("\\s+")) {
                    String k = trim(w).toLowerCase(java.util.Locale.ROOT);
                    if (k.isEmpty()) {
                        prev = null;
                        continue;
                    }
                    if (prev != null) {
                        counts.merge(prev + " " + k, 1, Integer::sum);
                    }
                    // a word ending in punctuation closes the pair chain
                    prev = Character.isLetterOrDigit(w.charAt(w.length() - 1)) ? k : null;
                }
            }
        }
        Dictionary d = new Dictionary(false);
        counts.forEach((pair, n) -> {
            if (n >= 2) {
                d.put(new StringList(pair.split(" ")));
            }
        });
        return d;
    }

    private static String trim(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    private static Dictionary dictionary(java.util.Set<String> words) {
        Dictionary d = new Dictionary(false);
        words.forEach(w -> d.put(new StringList(w)));
        return d;
    }

    /** Writes a model. */
    public static void write(SentenceModel model, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /** Number of training events (open places in the training documents). */
    public int trainingEvents() {
        int[] n = {0};
        for (SentenceData.Doc doc : docs) {
            if (!data.isHeldOut(doc.id())) {
                SentenceScanner.split(doc.text().text(), WordLists.builtIn(), (text, position, next, rule, wrapping) -> {
                    n[0]++;
                    return doc.boundary(position, next);
                });
            }
        }
        return n[0];
    }

    /** Sentence P/R/F1 of a detector on the held-out documents (or the training ones). */
    public FMeasure evaluate(SentenceDetector detector, boolean heldOut) throws IOException {
        List<SentenceSample> samples = new ArrayList<>();
        for (SentenceData.Doc doc : docs) {
            if (data.isHeldOut(doc.id()) == heldOut) {
                samples.add(doc.sample());
            }
        }
        SentenceDetectorEvaluator evaluator = new SentenceDetectorEvaluator(new Adapter(detector));
        evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
        return evaluator.getFMeasure();
    }

    /** Number of held-out (or training) documents and gold sentences in them. */
    public int[] counts(boolean heldOut) {
        int d = 0;
        int s = 0;
        for (SentenceData.Doc doc : docs) {
            if (data.isHeldOut(doc.id()) == heldOut) {
                d++;
                s += doc.gold().length / 2;
            }
        }
        return new int[] {d, s};
    }

    /** OpenNLP's view of vanban's detector, for its evaluator. */
    static final class Adapter implements opennlp.tools.sentdetect.SentenceDetector {
        private final SentenceDetector detector;

        Adapter(SentenceDetector detector) {
            this.detector = detector;
        }

        @Override
        public String[] sentDetect(CharSequence s) {
            Span[] spans = sentPosDetect(s);
            String[] out = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                out[i] = spans[i].getCoveredText(s).toString();
            }
            return out;
        }

        @Override
        public Span[] sentPosDetect(CharSequence s) {
            int[] b = detector.boundaries(s);
            Span[] spans = new Span[b.length / 2];
            for (int i = 0; i < b.length; i += 2) {
                spans[i / 2] = new Span(b[i], b[i + 1]);
            }
            return spans;
        }
    }

    /** The open places of the held-out documents where the model and the annotation disagree, with why. */
    public List<String> explain(SentenceModel model) {
        SentenceFeatures features = ((VanbanSentenceFactory) model.getFactory()).features();
        List<String> out = new ArrayList<>();
        for (SentenceData.Doc doc : docs) {
            if (!data.isHeldOut(doc.id())) {
                continue;
            }
            SentenceScanner.split(doc.text().text(), WordLists.builtIn(), (text, position, next, rule, wrapping) -> {
                boolean gold = doc.boundary(position, next);
                String[] f = features.getContext(text, position, wrapping);
                double[] p = model.getMaxentModel().eval(f);
                double ps = p[model.getMaxentModel().getIndex("s")];
                if ((ps > 0.5) != gold) {
                    out.add(String.format(java.util.Locale.ROOT, "%s@%d gold=%s p(s)=%.2f %s", doc.id(), position,
                            gold, ps, String.join(" ", f)));
                }
                return gold;
            });
        }
        return out;
    }

    /** The errors of a detector on the held-out documents, for reading. */
    public List<String> errors(SentenceDetector detector) {
        List<String> out = new ArrayList<>();
        for (SentenceData.Doc doc : docs) {
            if (!data.isHeldOut(doc.id())) {
                continue;
            }
            String t = doc.text().text();
            int[] pred = detector.boundaries(t);
            java.util.Set<Long> gold = new java.util.HashSet<>();
            for (int i = 0; i < doc.gold().length; i += 2) {
                gold.add(((long) doc.gold()[i] << 32) | doc.gold()[i + 1]);
            }
            java.util.Set<Long> predicted = new java.util.HashSet<>();
            for (int i = 0; i < pred.length; i += 2) {
                predicted.add(((long) pred[i] << 32) | pred[i + 1]);
            }
            for (int i = 0; i < doc.gold().length; i += 2) {
                if (!predicted.contains(((long) doc.gold()[i] << 32) | doc.gold()[i + 1])) {
                    out.add(doc.id() + " missed: " + t.substring(doc.gold()[i], Math.min(doc.gold()[i + 1], doc.gold()[i] + 80)).replace('\n', '⏎'));
                }
            }
            for (int i = 0; i < pred.length; i += 2) {
                if (!gold.contains(((long) pred[i] << 32) | pred[i + 1])) {
                    out.add(doc.id() + " extra: " + t.substring(pred[i], Math.min(pred[i + 1], pred[i] + 80)).replace('\n', '⏎'));
                }
            }
        }
        return out;
    }
}
