package io.github.vanban.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Seeds a fuzz test's working corpus ({@code .cifuzz-corpus/CLASS/METHOD}, outside version control)
 * with the dev documents of {@code ../shared/corpus/dev}, when they are there, so the fuzzer starts from
 * real administrative text. The documents are copied at run time and never kept in the project.
 */
final class FuzzSeeds {

    private FuzzSeeds() {
    }

    static void seedFromDevCorpus(Class<?> test, String method) {
        String prop = System.getProperty("vanban.shared");
        Path dev = Path.of(prop != null ? prop : "../shared").resolve("corpus/dev");
        if (System.getenv("JAZZER_FUZZ") == null || !Files.isDirectory(dev)) {
            return;
        }
        Path corpus = Path.of(".cifuzz-corpus", test.getName(), method);
        try (Stream<Path> files = Files.list(dev)) {
            Files.createDirectories(corpus);
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                Files.copy(f, corpus.resolve("dev-" + f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
