package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.testing.SharedCorpus;
import io.github.vanban.text.NormalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the sections of every dev document against its gold file the way the annotation guide does:
 * a section matches when label, level and the first 30 characters of the case-folded title agree
 * (multiset match); kind accuracy is taken over the matched level-1 headings.
 */
class DevCorpusSectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Key(String label, int level, String title) {
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        return n.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static Key key(String label, int level, String title) {
        String f = fold(title);
        int cut = f.offsetByCodePoints(0, Math.min(30, f.codePointCount(0, f.length())));
        return new Key(label.strip(), level, f.substring(0, cut));
    }

    private static void flatten(List<Section> sections, List<Section> into) {
        for (Section s : sections) {
            into.add(s);
            flatten(s.sections(), into);
        }
    }

    @Test
    void sectionsAndKindsReachTheTargets() throws Exception {
        SectionExtractor extractor = new SectionExtractor();
        int tp = 0;
        int gold = 0;
        int predicted = 0;
        int kindOk = 0;
        int kindN = 0;
        List<String> errors = new ArrayList<>();
        for (String id : SharedCorpus.devIds()) {
            JsonNode g = JSON.readTree(SharedCorpus.devGold(id));
            List<Section> found = new ArrayList<>();
            flatten(extractor.extract(new ParseContext(NormalizedText.of(SharedCorpus.devText(id)),
                    ParseOptions.defaults())), found);
            Map<Key, Integer> predCount = new HashMap<>();
            Map<Key, SectionKind> predKind = new HashMap<>();
            for (Section s : found) {
                Key k = key(s.label(), s.level(), s.title());
                predCount.merge(k, 1, Integer::sum);
                predKind.putIfAbsent(k, s.kind());
            }
            predicted += found.size();
            for (JsonNode gs : g.path("sections")) {
                gold++;
                Key k = key(gs.path("label").asText(), gs.path("level").asInt(), gs.path("title").asText());
                Integer left = predCount.get(k);
                if (left != null && left > 0) {
                    tp++;
                    predCount.put(k, left - 1);
                } else {
                    errors.add(id + " missed " + k);
                }
                if (k.level() == 1 && predKind.containsKey(k)) {
                    kindN++;
                    if (predKind.get(k).name().equals(gs.path("kind").asText())) {
                        kindOk++;
                    } else {
                        errors.add(id + " kind " + k + " gold " + gs.path("kind").asText() + " got " + predKind.get(k));
                    }
                }
            }
            predCount.forEach((k, n) -> {
                for (int i = 0; i < n; i++) {
                    errors.add(id + " extra " + k);
                }
            });
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double kind = kindN == 0 ? 0 : (double) kindOk / kindN;
        String report = String.format(Locale.ROOT, "sections P %.3f R %.3f F1 %.3f (gold %d, predicted %d); "
                + "kind accuracy %.3f over %d%n%s", p, r, f1, gold, predicted, kind, kindN, String.join("\n", errors));
        System.out.println(report);
        assertTrue(f1 >= 0.95, report);
        assertTrue(kind >= 0.90, report);
    }
}
