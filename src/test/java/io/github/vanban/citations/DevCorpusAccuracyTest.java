package io.github.vanban.citations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.Document;
import io.github.vanban.Vanban;
import io.github.vanban.testing.SharedCorpus;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Citations, documentDate and documentNumber on the dev corpus, scored as the annotation guide scores them:
 * multiset match on the canonical id (case-insensitive) or a named statute's case-folded title; header
 * fields as accuracy over the documents whose gold gives them.
 */
class DevCorpusAccuracyTest {

    @Test
    void scoresOnDevCorpus() throws Exception {
        Vanban vanban = Vanban.create();
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int gold = 0;
        int predicted = 0;
        int dateOk = 0;
        int dateN = 0;
        int numberOk = 0;
        int numberN = 0;
        StringBuilder misses = new StringBuilder();
        for (String id : SharedCorpus.devIds()) {
            JsonNode g = json.readTree(SharedCorpus.devGold(id));
            Document doc = vanban.parse(SharedCorpus.devText(id));
            Map<String, Integer> want = new HashMap<>();
            for (JsonNode c : g.path("citations")) {
                String k = c.hasNonNull("id") ? idKey(c.get("id").asText())
                        : titleKey(c.path("title").asText(c.path("text").asText()));
                want.merge(k, 1, Integer::sum);
                gold++;
            }
            for (Citation c : doc.citations()) {
                predicted++;
                String k = c.id() != null ? idKey(c.id()) : titleKey(c.title());
                Integer left = want.get(k);
                if (left != null && left > 0) {
                    want.put(k, left - 1);
                    tp++;
                } else {
                    misses.append(id).append(" extra ").append(k).append('\n');
                }
            }
            want.forEach((k, v) -> {
                if (v > 0) {
                    misses.append(id).append(" missed ").append(k).append('\n');
                }
            });
            if (g.hasNonNull("documentDate")) {
                dateN++;
                dateOk += g.get("documentDate").asText().equals(doc.documentDate()) ? 1 : 0;
            }
            if (g.hasNonNull("documentNumber")) {
                numberN++;
                numberOk += doc.documentNumber() != null
                        && idKey(g.get("documentNumber").asText()).equals(idKey(doc.documentNumber())) ? 1 : 0;
            }
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        assertTrue(f1 >= 0.97, "citation F1 " + f1 + " (P " + p + ", R " + r + ")\n" + misses);
        assertTrue((double) dateOk / dateN >= 0.95, "documentDate accuracy " + dateOk + "/" + dateN);
        assertTrue((double) numberOk / numberN >= 0.95, "documentNumber accuracy " + numberOk + "/" + numberN);
    }

    private static String idKey(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFC).replace(" ", "").replace("TƯ", "TW")
                .toUpperCase(Locale.ROOT);
    }

    private static String titleKey(String title) {
        return "title:" + Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
