package io.github.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One JSON file per document under a folder, mirroring the document's name: {@code a.zip!/d/f.docx}
 * becomes {@code OUT/a.zip!/d/f.docx.json}. Each file is written to a temporary file beside it and moved
 * into place atomically, so a file that exists is complete and a rerun skips it. No path leaves the
 * folder: name parts that are empty, {@code .} or {@code ..} are dropped.
 */
final class FolderOutput implements BatchOutput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;

    FolderOutput(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
        // temporary files of a run that was killed
        try (Stream<Path> files = Files.walk(this.root)) {
            files.filter(p -> p.getFileName().toString().contains(".tmp-") && p.getFileName().toString().startsWith("."))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            // left for the next run
                        }
                    });
        }
    }

    /** The file of {@code name} with {@code suffix}, inside the folder. */
    Path pathOf(String name, String suffix) {
        StringBuilder rel = new StringBuilder();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                continue;
            }
            if (rel.length() > 0) {
                rel.append('/');
            }
            rel.append(part.replace('\0', '_'));
        }
        if (rel.length() == 0) {
            rel.append("_");
        }
        Path p = root.resolve(rel + suffix).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("unsafe output path for " + name);
        }
        return p;
    }

    @Override
    public boolean isDone(String name) {
        return Files.exists(pathOf(name, ".json"));
    }

    @Override
    public String earlierFailure(String name) {
        Path p = pathOf(name, ".json");
        try {
            if (Files.size(p) > 16 * 1024) {
                return null;
            }
            JsonNode node = JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
            JsonNode error = node.get("error");
            return error == null ? null : error.path("reason").asText("unknown");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void write(String name, String json, String failureReason) throws IOException {
        atomicWrite(pathOf(name, ".json"), json + "\n");
    }

    @Override
    public void writeText(String name, String text) throws IOException {
        atomicWrite(pathOf(name, ".txt"), text);
    }

    private static void atomicWrite(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Map<String, String> earlier() {
        return Map.of();
    }

    @Override
    public void close() {
    }
}
