package io.github.vanban.models;

import io.github.vanban.sections.SectionKindClassifier;
import io.github.vanban.sections.SectionKindModel;
import io.github.vanban.sections.SectionKindTrainer;
import io.github.vanban.sentences.SentenceDetector;
import io.github.vanban.sentences.SentenceModelTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.eval.FMeasure;

/**
 * Retrains every model of the library from the texts of {@code ../shared/corpus} and the annotations in
 * {@code models/}, writes the {@code .bin} files the jar ships, and measures them on the held-out
 * documents against the rules alone. The figures go to standard output and to
 * {@code models/evaluation.txt}.
 *
 * <pre>java ... TrainModels CORPUS_DIR MODELS_DIR RESOURCE_DIR</pre>
 */
public final class TrainModels {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path models = Path.of(args[1]);
        Path resources = Path.of(args[2]);
        TrainingData data = new TrainingData(corpus, models);
        StringBuilder report = new StringBuilder();

        SentenceModelTrainer sentences = new SentenceModelTrainer(data);
        SentenceModel sentenceModel = sentences.train();
        Path sentenceFile = resources.resolve("vi-sentences.bin");
        SentenceModelTrainer.write(sentenceModel, sentenceFile);
        SentenceDetector trained = SentenceDetector.read(Files.newInputStream(sentenceFile), sentenceFile.toString());
        int[] train = sentences.counts(false);
        int[] held = sentences.counts(true);
        report.append("Sentences (OpenNLP SentenceDetectorEvaluator, exact sentence spans)\n");
        report.append(String.format(Locale.ROOT, "  trained on %d documents (%d sentences, %d open places);"
                + " held out %d documents (%d sentences)%n", train[0], train[1], sentences.trainingEvents(),
                held[0], held[1]));
        report.append(line("  held-out, rules only ", sentences.evaluate(SentenceDetector.rulesOnly(), true)));
        report.append(line("  held-out, rules+model", sentences.evaluate(trained, true)));
        report.append(line("  training, rules only ", sentences.evaluate(SentenceDetector.rulesOnly(), false)));
        report.append(line("  training, rules+model", sentences.evaluate(trained, false)));

        SectionKindTrainer kinds = new SectionKindTrainer(data);
        DoccatModel kindModel = kinds.train();
        Path kindFile = resources.resolve("vi-section-kinds.bin");
        SectionKindTrainer.write(kindModel, kindFile);
        SectionKindModel model = SectionKindTrainer.load(kindFile);
        SectionKindClassifier rules = SectionKindClassifier.standard();
        if (args.length > 3 && args[3].equals("--errors")) {
            SectionKindTrainer.explain = model::describe;
        }
        report.append("Section kinds (OpenNLP DocumentCategorizerEvaluator, accuracy over held-out headings)\n");
        long trainHeadings = kinds.headings().stream().filter(h -> !data.isHeldOut(h.doc())).count();
        report.append(String.format(Locale.ROOT, "  trained on %d headings; held out %d headings%n", trainHeadings,
                kinds.headings().size() - trainHeadings));
        for (boolean levelOne : new boolean[] {false, true}) {
            String scope = levelOne ? "level-1 headings" : "all headings    ";
            SectionKindTrainer.Accuracy ruleAcc = kinds.evaluate(t -> rules.classify(t).kind(), levelOne);
            report.append(acc("  " + scope + ", rules only      ", ruleAcc));
            if (!levelOne) {
                ruleAcc.errors().forEach(e -> report.append("      rules miss ").append(e).append('\n'));
            }
            report.append(acc("  " + scope + ", model only      ", kinds.evaluate(model::kind, levelOne)));
            report.append(acc("  " + scope + ", model where rules unsure", kinds.evaluate(t -> {
                var m = rules.classify(t);
                return m.confident() ? m.kind() : model.kind(t);
            }, levelOne)));
            SectionKindTrainer.Accuracy both = kinds.evaluate(t -> model.kind(t, rules.classify(t)), levelOne);
            report.append(acc("  " + scope + ", model where no kind word (shipped)", both));
            if (!levelOne) {
                both.errors().forEach(e -> report.append("      miss ").append(e).append('\n'));
            }
        }
        System.out.print(report);
        Files.writeString(models.resolve("evaluation.txt"), report, StandardCharsets.UTF_8);
        if (args.length > 3 && args[3].equals("--errors")) {
            sentences.errors(trained).forEach(System.out::println);
            sentences.explain(sentenceModel).forEach(System.out::println);
        }
    }

    private static String line(String name, FMeasure f) {
        return String.format(Locale.ROOT, "%s  P %.4f  R %.4f  F1 %.4f%n", name, f.getPrecisionScore(),
                f.getRecallScore(), f.getFMeasure());
    }

    private static String acc(String name, SectionKindTrainer.Accuracy a) {
        return String.format(Locale.ROOT, "%s  %.4f  (%d of %d)%n", name, a.accuracy(),
                Math.round(a.accuracy() * a.count()), a.count());
    }
}
