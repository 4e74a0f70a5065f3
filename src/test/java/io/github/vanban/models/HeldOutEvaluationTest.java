package io.github.vanban.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.sections.SectionKindClassifier;
import io.github.vanban.sections.SectionKindModel;
import io.github.vanban.sections.SectionKindTrainer;
import io.github.vanban.sentences.SentenceDetector;
import io.github.vanban.sentences.SentenceModelTrainer;
import io.github.vanban.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.util.eval.FMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped models measured on the held-out documents of {@code models/held-out.txt}, which no model
 * was trained on, against the rules alone (the figures of {@code models/README.md}).
 */
class HeldOutEvaluationTest {

    private static TrainingData data;

    @BeforeAll
    static void data() {
        Path shared = SharedCorpus.sharedDir();
        data = new TrainingData(shared.resolve("corpus"), Path.of("models").toAbsolutePath());
    }

    @Test
    void sentenceModelBeatsTheRulesAndReaches098() throws IOException {
        SentenceModelTrainer eval = new SentenceModelTrainer(data);
        FMeasure model = eval.evaluate(SentenceDetector.shipped(), true);
        FMeasure rules = eval.evaluate(SentenceDetector.rulesOnly(), true);
        assertTrue(model.getFMeasure() >= 0.98, "held-out sentence F1 " + model);
        assertTrue(model.getFMeasure() > rules.getFMeasure(), "model " + model + " vs rules " + rules);
    }

    @Test
    void kindModelWhereTheTableFindsNothingDoesNotLoseToTheTable() throws IOException {
        SectionKindTrainer eval = new SectionKindTrainer(data);
        SectionKindClassifier table = SectionKindClassifier.standard();
        SectionKindModel model = SectionKindModel.shipped();
        SectionKindTrainer.Accuracy shipped = eval.evaluate(t -> model.kind(t, table.classify(t)), false);
        SectionKindTrainer.Accuracy rules = eval.evaluate(t -> table.classify(t).kind(), false);
        assertTrue(shipped.accuracy() >= rules.accuracy(), "shipped " + shipped + " vs rules " + rules);
        assertTrue(shipped.accuracy() >= KIND_ACCURACY, "held-out kind accuracy " + shipped);
    }

    /** The held-out kind accuracy asked of the shipped model (it gives 34 of 36, 0.9444; see models/README.md). */
    private static final double KIND_ACCURACY = 0.92;
}
