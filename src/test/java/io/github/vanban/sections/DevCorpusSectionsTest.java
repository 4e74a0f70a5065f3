package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.Feature;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.eval.Score;
import io.github.vanban.eval.Scorer;
import io.github.vanban.json.DocumentJson;
import io.github.vanban.testing.SharedCorpus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the sections of every dev document against its gold file as the annotation guide does (a
 * section matches when label, level and the first 30 characters of the case-folded title agree; kind
 * accuracy over the matched level-1 headings), through the library's JSON output and {@link Scorer}.
 */
class DevCorpusSectionsTest {

    @Test
    void sectionsAndKindsReachTheTargets() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Vanban vanban = Vanban.create();
        ParseOptions sectionsOnly = ParseOptions.defaults().withFeatures(Feature.SECTIONS);
        Scorer scorer = new Scorer();
        for (String id : SharedCorpus.devIds()) {
            JsonNode gold = json.readTree(SharedCorpus.devGold(id));
            JsonNode predicted = DocumentJson.toTree(vanban.parse(SharedCorpus.devText(id), sectionsOnly));
            scorer.add(id, gold, predicted);
        }
        Score s = scorer.score("sections");
        double kind = scorer.kindAccuracy();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "sections P %.3f R %.3f F1 %.3f (gold %d, predicted %d); kind accuracy %.3f",
                s.precision(), s.recall(), s.f1(), s.gold(), s.predicted(), kind));
        scorer.errors().stream().filter(e -> e.contains(" section ")).forEach(e -> report.append('\n').append(e));
        System.out.println(report);
        assertTrue(s.f1() >= 0.95, report::toString);
        assertTrue(kind >= 0.90, report::toString);
    }
}
