package io.github.vanban.spark;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real documents beside the project, as the library's tests find them: the folder given by the system
 * property {@code vanban.shared} (set by the build to {@code ../../shared} from this module), else
 * {@code ../../shared}. Absent: the test is skipped with a message, or fails when {@code CI} is set.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path devDir() {
        String prop = System.getProperty("vanban.shared");
        Path dir = Path.of(prop != null ? prop : "../../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("corpus/dev"))) {
            String msg = "the real documents are not at " + dir + "/corpus/dev; tests that read them are skipped";
            if (System.getenv("CI") != null) {
                fail(msg + " (CI is set, so this is an error)");
            }
            assumeTrue(false, msg);
        }
        return dir.resolve("corpus/dev");
    }

    /** The dev documents' text files, sorted by name. */
    static List<Path> devTexts() {
        try (Stream<Path> files = Files.list(devDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
