package io.github.vanban.sections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.models.TrainingData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the stand-off heading labels of {@code models/section-kinds/annotations.tsv} from the dev gold
 * files: for every heading, the document id, the offsets of its title in the text (the first occurrence
 * after the previous heading's title), its level and its kind. No text is copied.
 *
 * <pre>java ... SectionKindAnnotator CORPUS_DIR MODELS_DIR</pre>
 */
public final class SectionKindAnnotator {

    public static void main(String[] args) throws IOException {
        TrainingData data = new TrainingData(Path.of(args[0]), Path.of(args[1]));
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append("# Heading kinds, stand-off: document id, start, end (UTF-16 offsets of the heading's title in\n")
                .append("# ../shared/corpus/dev/<id>.txt), level, kind (annotation guide §1).\n");
        int missing = 0;
        for (String id : data.ids()) {
            Path gold = data.gold(id);
            if (gold == null) {
                continue;
            }
            String text = data.text(id);
            int[] cursor = {0};
            StringBuilder rows = new StringBuilder();
            JsonNode root = mapper.readTree(gold.toFile());
            missing += walk(id, text, root.path("sections"), cursor, rows);
            out.append(rows);
        }
        Files.writeString(data.models().resolve("section-kinds/annotations.tsv"), out, StandardCharsets.UTF_8);
        System.err.println("titles not found: " + missing);
    }

    private static int walk(String id, String text, JsonNode sections, int[] cursor, StringBuilder rows) {
        int missing = 0;
        for (JsonNode s : sections) {
            String title = s.path("title").asText();
            int at = title.isEmpty() ? -1 : text.indexOf(title, cursor[0]);
            if (at < 0) {
                missing++;
            } else {
                rows.append(id).append('\t').append(at).append('\t').append(at + title.length()).append('\t')
                        .append(s.path("level").asInt()).append('\t').append(s.path("kind").asText()).append('\n');
                cursor[0] = at + title.length();
            }
            missing += walk(id, text, s.path("sections"), cursor, rows);
        }
        return missing;
    }
}
