package io.github.vanban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dev corpus ({@code NNN.txt} files of {@code ../shared/corpus/dev}) as bytes and strings. The folder
 * is the system property {@code vanban.corpus}, else {@code ../shared/corpus/dev} or
 * {@code ../../shared/corpus/dev} from the working directory.
 */
public final class Corpus {

    private static volatile Corpus dev;

    private final Path dir;
    private final List<byte[]> bytes;
    private final List<String> texts;

    private Corpus(Path dir, List<byte[]> bytes) {
        this.dir = dir;
        this.bytes = List.copyOf(bytes);
        List<String> t = new ArrayList<>();
        for (byte[] b : bytes) {
            t.add(new String(b, StandardCharsets.UTF_8));
        }
        this.texts = List.copyOf(t);
    }

    /** Where the dev corpus is looked for, whether or not it is there. */
    public static Path devDir() {
        String prop = System.getProperty("vanban.corpus");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path near = Path.of("../shared/corpus/dev").toAbsolutePath().normalize();
        if (Files.isDirectory(near)) {
            return near;
        }
        return Path.of("../../shared/corpus/dev").toAbsolutePath().normalize();
    }

    /**
     * The dev corpus, read once.
     *
     * @throws IllegalStateException with a message saying where it was looked for when it is absent
     */
    public static Corpus dev() {
        Corpus c = dev;
        if (c == null) {
            synchronized (Corpus.class) {
                c = dev;
                if (c == null) {
                    c = read(devDir());
                    dev = c;
                }
            }
        }
        return c;
    }

    private static Corpus read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the dev corpus is not at " + dir
                    + " (set -Dvanban.corpus=DIR): benchmarks that read it are skipped");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (txt.isEmpty()) {
                throw new IllegalStateException("no .txt documents in " + dir + ": benchmarks that read them are skipped");
            }
            List<byte[]> bytes = new ArrayList<>();
            for (Path p : txt) {
                bytes.add(Files.readAllBytes(p));
            }
            return new Corpus(dir, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Each document's UTF-8 bytes, in file-name order. */
    public List<byte[]> bytes() {
        return bytes;
    }

    /** Each document decoded, in file-name order. */
    public List<String> texts() {
        return texts;
    }

    /** All documents one after another, a blank line between them: one long synthetic report. */
    public String concatenated() {
        return String.join("\n\n", texts);
    }
}
