package io.github.vanban.sections;

import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code NNN.json} with the sections of every {@code NNN.txt} of a folder, in the output format
 * of the annotation guide, so that {@code score.py} can score them: {@code SectionDump IN_DIR OUT_DIR}.
 */
public final class SectionDump {

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        SectionExtractor extractor = new SectionExtractor();
        try (Stream<Path> files = Files.list(in)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = p.getFileName().toString().replace(".txt", "");
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<Section> sections = extractor.extract(
                        new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
                StringBuilder sb = new StringBuilder("{\"doc\": ").append(quote(id)).append(", \"sections\": ");
                write(sb, sections);
                sb.append("}\n");
                Files.writeString(out.resolve(id + ".json"), sb, StandardCharsets.UTF_8);
            }
        }
    }

    static void write(StringBuilder sb, List<Section> sections) {
        sb.append('[');
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("{\"level\": ").append(s.level()).append(", \"label\": ").append(quote(s.label()))
                    .append(", \"title\": ").append(quote(s.title())).append(", \"kind\": ")
                    .append(quote(s.kind().name())).append(", \"sections\": ");
            write(sb, s.sections());
            sb.append('}');
        }
        sb.append(']');
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
