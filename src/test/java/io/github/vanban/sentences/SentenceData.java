package io.github.vanban.sentences;

import io.github.vanban.models.TrainingData;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.Span;

/**
 * The annotated sentences of {@code models/sentences/annotations.tsv} joined with the texts of the corpus,
 * in the normalised text's offsets (what the detector reads).
 */
final class SentenceData {

    /** One document: its normalised text and its gold sentences as {@code [start, end, ...]}. */
    record Doc(String id, NormalizedText text, int[] gold) {

        SentenceSample sample() {
            Span[] spans = new Span[gold.length / 2];
            for (int i = 0; i < gold.length; i += 2) {
                spans[i / 2] = new Span(gold[i], gold[i + 1]);
            }
            return new SentenceSample(text.text(), spans);
        }

        /** True when the gold annotation puts a sentence boundary between {@code position} and {@code next}. */
        boolean boundary(int position, int next) {
            // a gold sentence that holds both sides means no boundary
            int lo = 0;
            int hi = gold.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (gold[2 * mid + 1] <= position) {
                    lo = mid + 1;
                } else if (gold[2 * mid] > position) {
                    hi = mid - 1;
                } else {
                    return gold[2 * mid + 1] <= next;
                }
            }
            return true;
        }
    }

    private SentenceData() {
    }

    static List<Doc> load(TrainingData data) {
        Map<String, List<int[]>> byDoc = new HashMap<>();
        for (String[] row : TrainingData.tsv(data.models().resolve("sentences/annotations.tsv"))) {
            byDoc.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
        }
        List<Doc> docs = new ArrayList<>();
        for (String id : data.ids()) {
            List<int[]> spans = byDoc.get(id);
            if (spans == null) {
                continue;
            }
            NormalizedText text = NormalizedText.of(data.text(id));
            int[] toNorm = toNormalized(text);
            int[] gold = new int[spans.size() * 2];
            for (int i = 0; i < spans.size(); i++) {
                gold[2 * i] = toNorm[spans.get(i)[0]];
                gold[2 * i + 1] = toNorm[spans.get(i)[1]];
                // an end maps to the start of what follows; pull it back over trailing white space
                while (gold[2 * i + 1] > gold[2 * i]
                        && SentenceScanner.isSpace(text.text().charAt(gold[2 * i + 1] - 1))) {
                    gold[2 * i + 1]--;
                }
            }
            docs.add(new Doc(id, text, gold));
        }
        return docs;
    }

    /** For each original offset, the first normalised offset at or after it. */
    private static int[] toNormalized(NormalizedText text) {
        int n = text.original().length();
        int[] map = new int[n + 1];
        Arrays.fill(map, -1);
        for (int i = text.length(); i >= 0; i--) {
            int o = i == text.length() ? n : text.toOriginal(i);
            map[o] = i;
        }
        int next = text.length();
        for (int o = n; o >= 0; o--) {
            if (map[o] >= 0) {
                next = map[o];
            } else {
                map[o] = next;
            }
        }
        return map;
    }
}
