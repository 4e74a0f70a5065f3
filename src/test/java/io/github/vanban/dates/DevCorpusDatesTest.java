package io.github.vanban.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.Document;
import io.github.vanban.Feature;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the dates of the dev corpus against its gold files (a predicted date matches a gold one when the
 * values are equal and one text contains the other, as the guide scores them), and writes each document's
 * dates as {@code target/dates-dev/NNN.json} for {@code score.py}.
 */
class DevCorpusDatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void datesOfTheDevCorpusMatchTheGold() throws IOException {
        List<String> ids = SharedCorpus.devIds();
        Vanban vanban = Vanban.create();
        ParseOptions options = ParseOptions.defaults().withFeatures(Feature.DATES);
        Path out = Path.of("target", "dates-dev");
        Files.createDirectories(out);
        int tp = 0;
        int gold = 0;
        int predicted = 0;
        for (String id : ids) {
            Document doc = vanban.parse(SharedCorpus.devText(id), options);
            ObjectNode root = JSON.createObjectNode();
            root.put("doc", id);
            ArrayNode dates = root.putArray("dates");
            List<String[]> pred = new ArrayList<>();
            for (DateMention m : doc.dates()) {
                ObjectNode d = dates.addObject();
                d.put("text", m.span().text());
                d.put("value", m.value().timex());
                d.put("start", m.span().start());
                d.put("end", m.span().end());
                pred.add(new String[] {fold(m.span().text()), m.value().timex()});
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(id + ".json").toFile(), root);
            JsonNode g = JSON.readTree(SharedCorpus.devGold(id));
            boolean[] used = new boolean[pred.size()];
            for (JsonNode gd : g.get("dates")) {
                gold++;
                String gt = fold(gd.get("text").asText());
                String gv = gd.get("value").asText();
                for (int j = 0; j < pred.size(); j++) {
                    String[] p = pred.get(j);
                    if (!used[j] && p[1].equals(gv) && !p[0].isEmpty() && (gt.contains(p[0]) || p[0].contains(gt))) {
                        used[j] = true;
                        tp++;
                        break;
                    }
                }
            }
            predicted += pred.size();
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        String summary = String.format(Locale.ROOT, "dates P=%.3f R=%.3f F1=%.3f (%d/%d gold, %d predicted)",
                p, r, f, tp, gold, predicted);
        System.out.println(summary);
        assertTrue(f >= 0.95, summary);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
