package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad archives give clear error records, and nothing is written outside the output folder. */
class BatchLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] TEXT = "Báo cáo số 12/BC-UBND ngày 16/7/2020 của Ủy ban nhân dân phường.\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void badEntriesBecomeErrorRecordsAndTheBatchGoesOn() throws IOException {
        Path zip = dir.resolve("in/bad.zip");
        Files.createDirectories(zip.getParent());
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(zip)) {
            put(z, "ok/first.txt", TEXT);
            put(z, "../../evil.txt", TEXT);
            put(z, "/etc/evil2.txt", TEXT);
            put(z, "secret.txt", TEXT);
            byte[] big = new byte[3 << 20];  // 3 MB > --max-entry-mb 2, and not compressible
            new java.util.Random(7).nextBytes(big);
            put(z, "big.txt", big);
            put(z, "nested.zip", zipOf(Map.of("inner/deep.zip", zipOf(Map.of("x.txt", TEXT)), "inner/b.txt", TEXT)));
            put(z, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            put(z, "ok/last.txt", TEXT);
        }
        markEncrypted(zip, "secret.txt");
        Path out = dir.resolve("out");
        Result r = run(dir.resolve("in").toString(), "--output", out.toString(), "--max-entry-mb", "2",
                "--max-depth", "2", "--quiet");
        assertEquals(1, r.code, r.err);
        Map<String, JsonNode> records = records(out);
        String a = "in/bad.zip!/";
        assertEquals("ok", status(records.get(a + "ok/first.txt")));
        assertEquals("ok", status(records.get(a + "ok/last.txt")));
        assertEquals("unsafe-path", status(records.get(a + "../../evil.txt")));
        assertEquals("unsafe-path", status(records.get(a + "/etc/evil2.txt")));
        assertEquals("encrypted", status(records.get(a + "secret.txt")));
        assertEquals("archive-limit", status(records.get(a + "big.txt")));
        assertTrue(records.get(a + "big.txt").path("error").path("message").asText().contains("larger"));
        assertEquals("ok", status(records.get(a + "nested.zip!/inner/b.txt")));
        assertEquals("archive-limit", status(records.get(a + "nested.zip!/inner/deep.zip")));
        assertEquals("unknown-format", status(records.get(a + "image.png")));
        assertEquals(9, records.size(), records.keySet().toString());
        assertTrue(r.err.contains("unsafe-path") && r.err.contains("encrypted"), r.err);
        // nothing outside the output folder
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(p -> assertTrue(p.startsWith(out) || p.startsWith(dir.resolve("in")),
                    "written outside the output folder: " + p));
        }
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }

    @Test
    void zipBombStopsTheArchive() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(os)) {
            put(z, "a.txt", TEXT);
            put(z, "zeros.txt", new byte[40 << 20]);   // ratio about 1000
            put(z, "after.txt", TEXT);
        }
        Path out = dir.resolve("out");
        Result r = run(zip.toString(), "--output", out.toString(), "--quiet");
        assertEquals(1, r.code);
        Map<String, JsonNode> records = records(out);
        assertEquals("ok", status(records.get("bomb.zip!/a.txt")));
        JsonNode bomb = records.get("bomb.zip!/zeros.txt");
        assertEquals("archive-limit", status(bomb));
        assertTrue(bomb.path("error").path("message").asText().contains("ratio"), bomb.toString());
        assertEquals("archive-limit", status(records.get("bomb.zip")));
    }

    @Test
    void totalSizeAndEntryCountLimits() throws IOException {
        Map<String, byte[]> many = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            many.put(String.format("d/%02d.txt", i), TEXT);
        }
        Path zip = dir.resolve("many.zip");
        Files.write(zip, zipOf(many));
        Result r = run(zip.toString(), "--output", dir.resolve("o1").toString(), "--max-entries", "10", "--quiet");
        assertEquals(1, r.code);
        Map<String, JsonNode> records = records(dir.resolve("o1"));
        assertEquals(11, records.size(), records.keySet().toString());
        assertEquals("archive-limit", status(records.get("many.zip")));

        Map<String, byte[]> big = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] random = new byte[600 << 10];
            new java.util.Random(i).nextBytes(random);
            big.put("p" + i + ".txt", random);
        }
        Path zip2 = dir.resolve("big.zip");
        Files.write(zip2, zipOf(big));
        r = run(zip2.toString(), "--output", dir.resolve("o2").toString(), "--max-archive-mb", "1", "--quiet");
        records = records(dir.resolve("o2"));
        assertEquals("archive-limit", status(records.get("big.zip!/p1.txt")));
        assertTrue(records.get("big.zip!/p1.txt").path("error").path("message").asText().contains("unpacks"));
        assertEquals("archive-limit", status(records.get("big.zip")));
    }

    @Test
    void truncatedArchiveGivesErrorRecords() throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            byte[] random = new byte[20_000];
            new java.util.Random(i).nextBytes(random);
            entries.put("f" + i + ".txt", random);
        }
        byte[] whole = zipOf(entries);
        Path zip = dir.resolve("cut.zip");
        Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
        Path out = dir.resolve("out");
        Result r = run(zip.toString(), "--output", out.toString(), "--quiet");
        assertEquals(1, r.code);
        Map<String, JsonNode> records = records(out);
        assertEquals("truncated-archive", status(records.get("cut.zip")), records.toString());
        assertTrue(records.values().stream().filter(n -> "truncated-archive".equals(status(n))).count() >= 2);
        assertEquals("ok", status(records.get("cut.zip!/f0.txt")));
    }

    @Test
    void rerunSkipsWhatIsDone() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.write(in.resolve("a.txt"), TEXT);
        Files.write(in.resolve("sub/b.txt"), TEXT);
        Path out = dir.resolve("out");
        assertEquals(0, run(in.toString(), "--output", out.toString(), "--quiet").code);
        Path b = out.resolve("in/sub/b.txt.json");
        assertTrue(Files.exists(b));
        Files.delete(b);
        long aTime = Files.getLastModifiedTime(out.resolve("in/a.txt.json")).toMillis();
        Result again = run(in.toString(), "--output", out.toString(), "--quiet");
        assertEquals(0, again.code);
        assertTrue(again.err.contains("1 documents read") && again.err.contains("1 done by an earlier run"), again.err);
        assertTrue(Files.exists(b));
        assertEquals(aTime, Files.getLastModifiedTime(out.resolve("in/a.txt.json")).toMillis());
    }

    /** Sets the "encrypted" flag of entry {@code name} in its local header and central directory record. */
    private static void markEncrypted(Path zip, String name) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int marked = 0;
        for (int i = 0; i + 46 < b.length; i++) {
            boolean local = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4;
            boolean central = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2;
            int nameAt = local ? i + 30 : central ? i + 46 : -1;
            if (nameAt < 0 || nameAt + n.length > b.length) {
                continue;
            }
            if (Arrays.equals(Arrays.copyOfRange(b, nameAt, nameAt + n.length), n)) {
                b[i + (local ? 6 : 8)] |= 1;
                marked++;
            }
        }
        assertEquals(2, marked);
        Files.write(zip, b);
    }

    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] full = new String[args.length + 1];
        full[0] = "batch";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = cl.execute(full);
        return new Result(code, err.toString());
    }

    private static String status(JsonNode record) {
        if (record == null) {
            return "missing";
        }
        return record.has("error") ? record.path("error").path("reason").asText() : "ok";
    }

    private static Map<String, JsonNode> records(Path out) throws IOException {
        Map<String, JsonNode> map = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                JsonNode node = JSON.readTree(p.toFile());
                map.put(node.path("source").path("name").asText(), node);
            }
        }
        return map;
    }

    private static void put(ZipArchiveOutputStream z, String name, byte[] bytes) throws IOException {
        z.putArchiveEntry(new ZipArchiveEntry(name));
        z.write(bytes);
        z.closeArchiveEntry();
    }

    static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(z, e.getKey(), e.getValue());
            }
        }
        return bos.toByteArray();
    }
}
