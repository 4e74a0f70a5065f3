package io.github.vanban;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.eval.Score;
import io.github.vanban.eval.Scorer;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the library on the held-out documents under {@code src/test/resources/io/github/vanban/holdout/}
 * ({@code hNN.txt} with hand-made {@code hNN.gold.json}, written apart from the dev corpus) by the annotation
 * guide's rules. Citations, counts and the header fields are held to floors; sections and dates are printed.
 */
class HoldoutEvalTest {

    private static final String DIR = "/io/github/vanban/holdout/";

    @Test
    void scoresOnHeldOutDocuments() throws IOException {
        Vanban vanban = Vanban.create();
        ObjectMapper mapper = new ObjectMapper();
        Scorer scorer = new Scorer();
        int documents = 0;
        for (int i = 1; i < 100; i++) {
            String id = String.format(Locale.ROOT, "h%02d", i);
            String text = resource(id + ".txt");
            String gold = resource(id + ".gold.json");
            if (text == null || gold == null) {
                continue;
            }
            Document parsed = vanban.parse(text);
            scorer.add(id, mapper.readTree(gold), mapper.readTree(DocumentJson.write(parsed, false)));
            documents++;
        }
        assertTrue(documents >= 12, "held-out documents found: " + documents);
        StringBuilder report = new StringBuilder();
        for (String f : Scorer.FIELDS) {
            Score s = scorer.score(f);
            report.append(String.format(Locale.ROOT, "%-12s P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)%n",
                    f, s.precision(), s.recall(), s.f1(), s.gold(), s.predicted()));
        }
        double date = scorer.headerAccuracy("documentDate");
        double number = scorer.headerAccuracy("documentNumber");
        report.append(String.format(Locale.ROOT, "documentDate %.3f, documentNumber %.3f%n", date, number));
        System.out.print("held-out (" + documents + " documents)\n" + report);
        String why = report + String.join("\n", scorer.errors());
        assertTrue(scorer.score("citations").f1() >= 0.97, why);
        assertTrue(scorer.score("counts").f1() >= 0.95, why);
        assertTrue(date >= 0.92, why);
        assertTrue(number >= 0.92, why);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HoldoutEvalTest.class.getResourceAsStream(DIR + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
