package io.github.vanban.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.testing.SharedCorpus;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Participant counts on the real dev documents, scored as the annotation guide scores them. */
class CountCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsOfTheDevDocumentsReachTheAgreedF1() throws Exception {
        int tp = 0;
        int gold = 0;
        int predicted = 0;
        CountExtractor extractor = new CountExtractor();
        for (String id : SharedCorpus.devIds()) {
            String text = SharedCorpus.devText(id);
            List<String> g = new ArrayList<>();
            for (JsonNode c : JSON.readTree(SharedCorpus.devGold(id)).path("counts")) {
                g.add(c.get("value").asLong() + "|" + c.get("unit").asText().toLowerCase(Locale.ROOT));
            }
            List<ParticipantCount> found = extractor.extract(
                    new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
            Map<String, Integer> left = new HashMap<>();
            g.forEach(k -> left.merge(k, 1, Integer::sum));
            for (ParticipantCount c : found) {
                assertEquals(text.substring(c.span().start(), c.span().end()), c.span().text());
                String k = c.value() + "|" + c.unit().toLowerCase(Locale.ROOT);
                if (left.getOrDefault(k, 0) > 0) {
                    left.merge(k, -1, Integer::sum);
                    tp++;
                }
            }
            gold += g.size();
            predicted += found.size();
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        assertTrue(f1 >= 0.90, String.format("counts P %.3f R %.3f F1 %.3f", p, r, f1));
    }

    @Test
    void brokenHtmlReferencesAreReadAndTheSpanPointsAtTheOriginal() {
        String text = "kỳ họp gồm: 492 &\n\n273;&\n\n7841;i bi&\n\n7875;u, trong &\n\n273;ó có 80 &\n\n273;&\n\n"
                + "7841;i bi&\n\n7875;u công nhân.";
        List<ParticipantCount> found = new CountExtractor().extract(
                new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
        assertEquals(1, found.size());
        assertEquals("đại biểu", found.get(0).unit());
        assertEquals(492, found.get(0).value());
        assertTrue(found.get(0).span().text().startsWith("492 &"));
    }
}
