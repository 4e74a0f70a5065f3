package io.github.vanban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentWalkerTest {

    @TempDir
    Path dir;

    @Test
    void namesFollowFoldersAndArchives() throws Exception {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports.resolve("2020"));
        Files.writeString(reports.resolve("2020/b.txt"), "b");
        Files.writeString(reports.resolve("a.txt"), "a");
        Files.write(reports.resolve("2020/q3.zip"), zip("x/c.zip", zip("d.txt", "d".getBytes(StandardCharsets.UTF_8))));
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("a.txt"), "a2");

        List<String> names = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        new DocumentWalker(DocumentWalker.Limits.defaults()).walk(
                List.of(reports, reports.resolve("a.txt"), other.resolve("a.txt")), new DocumentWalker.Sink() {
                    @Override
                    public boolean wants(String name) {
                        if (name.endsWith("b.txt")) {
                            skipped.add(name);
                            return false;
                        }
                        return true;
                    }

                    @Override
                    public void accept(DocumentWalker.Item item) {
                        names.add(item.name() + (item instanceof DocumentWalker.Entry e ? "=" + e.bytes().length : "!"));
                    }
                });
        String r = dir.toAbsolutePath().toString().replaceFirst("^/+", "");
        assertEquals(List.of("reports/2020/q3.zip!/x/c.zip!/d.txt=1", "reports/a.txt=1",
                r + "/reports/a.txt=1", r + "/other/a.txt=2"), names);
        assertEquals(List.of("reports/2020/b.txt"), skipped);
    }

    @Test
    void nestedArchiveNamesAnEntryThatIsNotAZip() throws Exception {
        // an entry named .zip whose bytes are not an archive: one failure, the walk goes on
        Path zip = dir.resolve("a.zip");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("fake.zip"));
            z.write("plain text, not a zip".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("after.txt"));
            z.write("after".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(zip, bos.toByteArray());
        List<String> names = new ArrayList<>();
        new DocumentWalker(DocumentWalker.Limits.defaults()).walk(List.of(zip), new DocumentWalker.Sink() {
            @Override
            public boolean wants(String name) {
                return true;
            }

            @Override
            public void accept(DocumentWalker.Item item) {
                names.add(item.name() + (item instanceof DocumentWalker.Failure f ? " " + f.reason() : ""));
            }
        });
        assertEquals(List.of("a.zip!/fake.zip corrupt", "a.zip!/after.txt"), names);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return bos.toByteArray();
    }
}
