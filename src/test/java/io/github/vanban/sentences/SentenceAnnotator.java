package io.github.vanban.sentences;

import io.github.vanban.models.TrainingData;
import io.github.vanban.text.NormalizedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the stand-off sentence annotations of {@code models/sentences/annotations.tsv}: the rules
 * bootstrap every boundary, and {@code models/sentences/corrections.tsv} holds the hand decisions that
 * overrule them at the open places (document id, offset of the full stop or line feed in the original
 * text, {@code yes}/{@code no}, a note). {@code review} lists every open place with its context and the
 * decision taken, for reading.
 *
 * <pre>java ... SentenceAnnotator CORPUS_DIR MODELS_DIR (review|write)</pre>
 */
public final class SentenceAnnotator {

    public static void main(String[] args) throws IOException {
        TrainingData data = new TrainingData(Path.of(args[0]), Path.of(args[1]));
        boolean write = args.length > 2 && args[2].equals("write");
        Path dir = data.models().resolve("sentences");
        Map<String, Boolean> corrections = new HashMap<>();
        Path corrFile = dir.resolve("corrections.tsv");
        if (Files.exists(corrFile)) {
            for (String[] row : TrainingData.tsv(corrFile)) {
                corrections.put(row[0] + "@" + row[1], row[2].equals("yes"));
            }
        }
        WordLists abbreviations = WordLists.builtIn();
        StringBuilder out = new StringBuilder();
        out.append("# Sentence annotations, stand-off: document id, start, end (UTF-16 offsets into the text of\n")
                .append("# ../shared/corpus/<dev|train>/<id>.txt as read in UTF-8). Rule bootstrap + corrections.tsv.\n");
        int[] used = {0};
        PrintWriter review = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (String id : data.ids()) {
            NormalizedText text = NormalizedText.of(data.text(id));
            String t = text.text();
            int[] spans = SentenceScanner.split(t, abbreviations, (s, position, nextStart, rule, wrapping) -> {
                int orig = text.toOriginal(position);
                Boolean fixed = corrections.get(id + "@" + orig);
                boolean decision = fixed != null ? fixed : rule;
                if (fixed != null) {
                    used[0]++;
                }
                if (!write) {
                    int a = Math.max(0, position - 60);
                    int b = Math.min(t.length(), nextStart + 40);
                    String ctx = (t.substring(a, position + 1) + "‖" + t.substring(position + 1, b))
                            .replace("\n", "⏎");
                    review.printf("%s\t%d\t%s\t%s%s\t%s%n", id, orig, t.charAt(position) == '\n' ? "LINE" : "STOP",
                            decision ? "yes" : "no", fixed != null ? "*" : "", ctx);
                }
                return decision;
            });
            for (int i = 0; i < spans.length; i += 2) {
                var span = text.span(spans[i], spans[i + 1]);
                out.append(id).append('\t').append(span.start()).append('\t').append(span.end()).append('\n');
            }
        }
        if (write) {
            Files.writeString(dir.resolve("annotations.tsv"), out, StandardCharsets.UTF_8);
            System.err.println("wrote annotations; corrections applied: " + used[0] + " of " + corrections.size());
        }
    }
}
