package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vanban batch} over a ZIP of every format, run as a real {@code java} process, killed part-way with
 * {@link Process#destroyForcibly()}, then run again: every document must appear exactly once.
 */
class BatchEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void killedBatchResumesAndAccountsForEveryDocumentOnce() throws Exception {
        Map<String, byte[]> entries = BatchFixtures.mixedEntries(6);
        Path zip = dir.resolve("reports.zip");
        BatchFixtures.writeZip(zip, entries);
        Path out = dir.resolve("out");
        Path jsonl = out.resolve("records.jsonl");
        Path index = out.resolve("records.jsonl.done");
        List<String> command = List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "io.github.vanban.cli.Main", "batch", zip.toString(), "--jsonl", jsonl.toString(),
                "--threads", "1", "--emit-text", "--quiet");

        // first run: killed once some records exist
        Process first = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(index) < 15 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(first.isAlive(), "the first run ended before it could be killed: " + Files.readString(dir.resolve("first.log")));
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        int doneAtKill = lines(index);
        assertTrue(doneAtKill < entries.size(), "killed part-way: " + doneAtKill + " of " + entries.size());
        // a torn last line, as a crash in the middle of a write leaves it
        Files.writeString(jsonl, "{\"source\":{\"name\":\"reports.zip!/bul", StandardOpenOption.APPEND);

        // second run: the same command finishes the rest
        Process second = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("second.log").toFile()).start();
        assertTrue(second.waitFor(300, TimeUnit.SECONDS), "second run did not finish");
        String log = Files.readString(dir.resolve("second.log"));
        assertEquals(1, second.exitValue(), "exit code 1: one document failed\n" + log);
        assertTrue(log.contains("corrupt"), log);

        Map<String, JsonNode> records = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            String name = node.path("source").path("name").asText();
            names.add(name);
            records.put(name, node);
        }
        Set<String> expected = new HashSet<>();
        for (String entry : entries.keySet()) {
            expected.add("reports.zip!/" + entry);
        }
        assertEquals(names.size(), new HashSet<>(names).size(), "a document appears twice");
        assertEquals(expected, new HashSet<>(names));
        assertEquals(entries.size(), lines(index));

        String p = "reports.zip!/mixed/";
        JsonNode broken = records.get(p + "broken.docx");
        assertEquals("corrupt", broken.path("error").path("reason").asText(), broken.toString());
        for (String name : names) {
            if (!name.equals(p + "broken.docx")) {
                assertFalse(records.get(name).has("error"), records.get(name).toString());
            }
        }

        // the legacy-encoded texts and the .docx give the same document as the Unicode original
        assertEquals("TCVN3", records.get(p + "tcvn3.txt").path("source").path("encoding").asText());
        assertEquals("VNI", records.get(p + "vni.txt").path("source").path("encoding").asText());
        assertEquals("docx", records.get(p + "report.docx").path("source").path("format").asText());
        JsonNode original = withoutSource(records.get(p + "original.txt"));
        assertEquals(original, withoutSource(records.get(p + "tcvn3.txt")));
        assertEquals(original, withoutSource(records.get(p + "vni.txt")));
        assertEquals(original, withoutSource(records.get(p + "report.docx")));

        // the extracted texts are written beside the records
        Path texts = out.resolve("records.jsonl.text/reports.zip!/mixed");
        String passage = BatchFixtures.passage();
        assertEquals(passage, Files.readString(texts.resolve("vni.txt.txt")));
        assertEquals(passage.toLowerCase(), Files.readString(texts.resolve("tcvn3.txt.txt")).toLowerCase());
        String page = Files.readString(texts.resolve("page.html.txt"));
        String firstLine = passage.substring(0, passage.indexOf('\n')).strip();
        assertTrue(page.contains(firstLine), page);
        for (String furniture : new String[] {"Lượt xem", "Quay lại", "Tin đã đưa", "Trang 1 / 6", "Trang chủ",
                "Bản quyền", "Hội nghị tổng kết năm 2019"}) {
            assertFalse(page.contains(furniture), furniture + " kept in\n" + page);
        }
        String pdf = Files.readString(texts.resolve("report.pdf.txt"));
        assertEquals("pdf", records.get(p + "report.pdf").path("source").path("format").asText());
        assertTrue(pdf.strip().length() > passage.length() / 3, pdf);
    }

    private static JsonNode withoutSource(JsonNode record) {
        assertNotNull(record);
        ObjectNode copy = record.deepCopy();
        copy.remove("source");
        return copy;
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
