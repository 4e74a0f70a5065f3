package io.github.vanban.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real documents beside the project, in {@code ../shared/corpus}. Tests that read them call
 * {@link #devDir()}: when the folder is absent the test is skipped with a message saying so, and when the
 * environment variable {@code CI} is set it fails instead, so a CI run never passes without them.
 *
 * <p>The folder is taken from the system property {@code vanban.shared} (set by the build to
 * {@code ../shared}), else {@code ../shared} from the working directory.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The shared folder, or a skip (fail under CI) when it is missing. */
    public static Path sharedDir() {
        String prop = System.getProperty("vanban.shared");
        Path dir = Path.of(prop != null ? prop : "../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("corpus/dev"))) {
            String msg = "the real documents are not at " + dir + "/corpus/dev; tests that read them are skipped";
            if (System.getenv("CI") != null) {
                fail(msg + " (CI is set, so this is an error)");
            }
            assumeTrue(false, msg);
        }
        return dir;
    }

    /** {@code ../shared/corpus/dev}. */
    public static Path devDir() {
        return sharedDir().resolve("corpus/dev");
    }

    /** The ids ({@code 000}, {@code L002}) of the dev documents that have gold annotations, sorted. */
    public static List<String> devIds() {
        try (Stream<Path> files = Files.list(devDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".gold.json"))
                    .map(n -> n.substring(0, n.length() - ".gold.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of dev document {@code id}. */
    public static String devText(String id) {
        return read(devDir().resolve(id + ".txt"));
    }

    /** The gold JSON of dev document {@code id}, as text. */
    public static String devGold(String id) {
        return read(devDir().resolve(id + ".gold.json"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
