package io.github.vanban.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.io.DocumentReaders;
import io.github.vanban.io.DocumentWalker;
import io.github.vanban.io.ExtractedText;
import io.github.vanban.io.ReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes every input reader with any bytes: the encodings of a plain text file, HTML, DOCX, PDF and ZIP
 * archives. Each either gives NFC text or fails with a typed {@link ReadException} (an archive: an error
 * item); nothing else escapes, nothing hangs. The build's {@code fuzz-short-readers} execution fuzzes it
 * for 20 seconds.
 */
class InputReadersFuzzTest {

    private static final String[] NAMES = {"a.txt", "a.html", "a.docx", "a.pdf", "a.zip"};

    @FuzzTest(maxDuration = "20s")
    void read(FuzzedDataProvider data) throws InterruptedException {
        String name = data.pickValue(NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        if (name.endsWith(".zip")) {
            walkZip(bytes);
            return;
        }
        try {
            ExtractedText t = DocumentReaders.read(name, bytes);
            if (t.text() == null || !java.text.Normalizer.isNormalized(t.text(), java.text.Normalizer.Form.NFC)) {
                throw new AssertionError("reader gave text that is not NFC");
            }
        } catch (ReadException expected) {
            // a typed failure is the contract for bytes that are not a document
        }
    }

    private static void walkZip(byte[] bytes) throws InterruptedException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vanban-fuzz");
            Path zip = Files.write(dir.resolve("a.zip"), bytes);
            new DocumentWalker(DocumentWalker.Limits.defaults()).walk(List.of(zip), new DocumentWalker.Sink() {
                @Override
                public boolean wants(String n) {
                    return true;
                }

                @Override
                public void accept(DocumentWalker.Item item) {
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
