package io.github.vanban.sections;

import io.github.vanban.models.TrainingData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains the section-kind categorizer on the labelled headings of {@code models/section-kinds/annotations.tsv}
 * outside the held-out documents, and measures it, the keyword rules alone, and the two together on the
 * held-out headings with OpenNLP's {@link DocumentCategorizerEvaluator}.
 */
public final class SectionKindTrainer {

    /** One labelled heading. */
    public record Heading(String doc, String title, int level, SectionKind kind) {
    }

    private final TrainingData data;
    private final List<Heading> headings = new ArrayList<>();

    public SectionKindTrainer(TrainingData data) {
        this.data = data;
        Map<String, String> texts = new HashMap<>();
        LabelReader labels = new LabelReader();
        for (String[] row : TrainingData.tsv(data.models().resolve("section-kinds/annotations.tsv"))) {
            String text = texts.computeIfAbsent(row[0], data::text);
            // the words the extractor reads the kind from: the title and, where a hard wrap cut it, its tail
            headings.add(new Heading(row[0],
                    RunOnTitle.kindText(text, Integer.parseInt(row[1]), Integer.parseInt(row[2]), labels),
                    Integer.parseInt(row[3]), SectionKind.valueOf(row[4])));
        }
    }

    public DoccatModel train() throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Heading h : headings) {
            if (!data.isHeldOut(h.doc())) {
                samples.add(sample(h));
            }
        }
        samples.addAll(tableSamples());
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new TitleFeatures()});
        return DocumentCategorizerME.train("vi", ObjectStreamUtils.createObjectStream(samples),
                TrainingData.parameters(), factory);
    }

    /**
     * The phrases of the keyword table ({@code kind-keywords.tsv}), each as a one-phrase title of its kind:
     * they teach the model kinds the real headings show too rarely ({@code phạm vi điều chỉnh}).
     */
    static List<DocumentSample> tableSamples() throws IOException {
        List<DocumentSample> out = new ArrayList<>();
        try (var in = SectionKindTrainer.class.getResourceAsStream("/io/github/vanban/sections/kind-keywords.tsv")) {
            if (in == null) {
                throw new IOException("missing kind-keywords.tsv");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                // "KIND", "!KIND" (a phrase that is a keyword of KIND) and "^KIND" (a title opening with it
                // is KIND) all label the phrase; a bare "!" (words that do not count) labels nothing
                String kind = row[0].strip().replaceFirst("^[!^]", "");
                if (kind.isEmpty()) {
                    continue;
                }
                String phrase = row[1].replace("…", " ");
                out.add(new DocumentSample(SectionKind.valueOf(kind).name(), SectionKindModel.words(phrase)));
            }
        }
        return out;
    }

    public static void write(DoccatModel model, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /** Reads a trained model file as the library would. */
    public static SectionKindModel load(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return SectionKindModel.of(new DoccatModel(in), file.toString());
        }
    }

    private static DocumentSample sample(Heading h) {
        return new DocumentSample(h.kind().name(), SectionKindModel.words(h.title()));
    }

    /** When set, a description of the model's scores added to each miss. */
    public static java.util.function.Function<String, String> explain;

    /** Kind accuracy of a way of reading kinds on the held-out headings (all, or level 1 only). */
    public Accuracy evaluate(KindReader reader, boolean levelOneOnly) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        List<Heading> held = new ArrayList<>();
        for (Heading h : headings) {
            if (data.isHeldOut(h.doc()) && (!levelOneOnly || h.level() == 1)) {
                samples.add(sample(h));
                held.add(h);
            }
        }
        // OpenNLP's evaluator sees only the words; the reader needs the title, so map words back to it
        Map<String, String> titleOf = new HashMap<>();
        for (Heading h : held) {
            titleOf.put(String.join(" ", SectionKindModel.words(h.title())), h.title());
        }
        DocumentCategorizerEvaluator evaluator = new DocumentCategorizerEvaluator(
                new ReaderCategorizer(reader, titleOf));
        evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
        List<String> errors = new ArrayList<>();
        for (Heading h : held) {
            SectionKind got = reader.kind(h.title());
            if (got != h.kind()) {
                errors.add(h.doc() + " L" + h.level() + " gold " + h.kind() + " got " + got + ": "
                        + h.title().substring(0, Math.min(60, h.title().length()))
                        + (explain != null ? " " + explain.apply(h.title()) : ""));
            }
        }
        return new Accuracy(evaluator.getAccuracy(), evaluator.getDocumentCount(), errors);
    }

    /** An accuracy with what it was measured on and the misses. */
    public record Accuracy(double accuracy, long count, List<String> errors) {
    }

    /** A way of reading a title's kind. */
    @FunctionalInterface
    public interface KindReader {
        SectionKind kind(String title);
    }

    /** A reader seen as an OpenNLP categorizer, for its evaluator. */
    private static final class ReaderCategorizer implements DocumentCategorizer {
        private static final SectionKind[] KINDS = SectionKind.values();
        private final KindReader reader;
        private final Map<String, String> titleOf;

        ReaderCategorizer(KindReader reader, Map<String, String> titleOf) {
            this.reader = reader;
            this.titleOf = titleOf;
        }

        @Override
        public double[] categorize(String[] text, Map<String, Object> extraInformation) {
            return categorize(text);
        }

        @Override
        public double[] categorize(String[] text) {
            double[] out = new double[KINDS.length];
            out[reader.kind(titleOf.get(String.join(" ", text))).ordinal()] = 1;
            return out;
        }

        @Override
        public String getBestCategory(double[] outcome) {
            int best = 0;
            for (int i = 1; i < outcome.length; i++) {
                if (outcome[i] > outcome[best]) {
                    best = i;
                }
            }
            return KINDS[best].name();
        }

        @Override
        public int getIndex(String category) {
            return SectionKind.valueOf(category).ordinal();
        }

        @Override
        public String getCategory(int index) {
            return KINDS[index].name();
        }

        @Override
        public int getNumberOfCategories() {
            return KINDS.length;
        }

        @Override
        public String getAllResults(double[] results) {
            return getBestCategory(results);
        }

        @Override
        public Map<String, Double> scoreMap(String[] text) {
            Map<String, Double> m = new HashMap<>();
            double[] r = categorize(text);
            for (int i = 0; i < r.length; i++) {
                m.put(KINDS[i].name(), r[i]);
            }
            return m;
        }

        @Override
        public java.util.SortedMap<Double, java.util.Set<String>> sortedScoreMap(String[] text) {
            java.util.SortedMap<Double, java.util.Set<String>> m = new java.util.TreeMap<>();
            scoreMap(text).forEach((k, v) -> m.computeIfAbsent(v, x -> new java.util.TreeSet<>()).add(k));
            return m;
        }
    }

    public List<Heading> headings() {
        return headings;
    }
}
