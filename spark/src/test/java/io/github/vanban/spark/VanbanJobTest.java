package io.github.vanban.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit job in local mode over the dev corpus and a folder with a ZIP archive, a UTF-16 file and
 * broken files, against {@code vanban batch} over the same input, record for record.
 */
class VanbanJobTest {

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path dev;
    private static Path inbox;
    /** The batch command's records by document name, normalised. */
    private static Map<String, String> batch;

    @BeforeAll
    static void setUp() throws IOException {
        dev = SharedCorpus.devDir();
        spark = LocalSpark.get();
        inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox.resolve("2020"));
        List<Path> texts = SharedCorpus.devTexts();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(inbox.resolve("2020/q3.zip")))) {
            for (Path p : texts.subList(0, Math.min(5, texts.size()))) {
                zip.putNextEntry(new ZipEntry("bao-cao/" + p.getFileName()));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("scan.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        String utf16 = Files.readString(texts.get(texts.size() - 1), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(inbox.resolve("utf16.txt"))) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            out.write(utf16.getBytes(StandardCharsets.UTF_16LE));
        }
        Files.write(inbox.resolve("empty.txt"), new byte[0]);

        Path jsonl = tmp.resolve("batch.jsonl");
        int exit = Main.run("batch", "--quiet", "--threads", "2", "--jsonl", jsonl.toString(),
                dev.toString(), inbox.toString());
        assertTrue(exit == 0 || exit == 1, "vanban batch exit code " + exit);
        batch = new TreeMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode record = JsonCompare.read(line);
            batch.put(record.get("source").get("name").asText(), JsonCompare.library(record));
        }
        assertTrue(batch.size() > texts.size(), "batch read " + batch.size() + " documents");
    }

    private static JobOptions options(Path output, String format) {
        return JobOptions.parse("--output", output.toString(), "--format", format, "--task-mb", "1",
                dev.toString(), inbox.toString());
    }

    private static JobOptions inboxOnly(Path output) {
        return JobOptions.parse("--output", output.toString(), inbox.toString());
    }

    /** The job's output as normalised JSON by document name. */
    private static Map<String, String> sparkRecords(Path output, String format) throws IOException {
        Map<String, String> records = new TreeMap<>();
        List<String> lines;
        if (format.equals("jsonl")) {
            try (Stream<Path> parts = Files.list(output)) {
                lines = parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                        .flatMap(p -> {
                            try {
                                return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).toList();
            }
        } else {
            lines = spark.read().parquet(output.toString()).toJSON().collectAsList();
        }
        for (String line : lines) {
            String name = JsonCompare.read(line).get("source").get("name").asText();
            String previous = records.put(name, JsonCompare.spark(line));
            assertEquals(null, previous, "one row per document: " + name);
        }
        return records;
    }

    private static void assertSameAsBatch(Map<String, String> records) {
        assertEquals(batch.keySet(), records.keySet(), "the same documents as vanban batch");
        batch.forEach((name, expected) -> assertEquals(expected, records.get(name), name));
    }

    @Test
    void parquetOutputEqualsTheBatchCommandsRecordForRecord() throws IOException {
        Path out = tmp.resolve("parquet");
        VanbanJob.Summary summary = VanbanJob.run(spark, options(out, "parquet"));
        assertEquals(batch.size(), summary.documents(), summary.toString());
        Map<String, String> records = sparkRecords(out, "parquet");
        assertSameAsBatch(records);
        assertTrue(records.keySet().stream().anyMatch(n -> n.startsWith("inbox/2020/q3.zip!/bao-cao/")));
        JsonNode empty = JsonCompare.read(records.get("inbox/empty.txt"));
        assertEquals("empty", empty.get("error").get("reason").asText());
        JsonNode utf16 = JsonCompare.read(records.get("inbox/utf16.txt"));
        assertTrue(utf16.get("source").get("encoding").asText().startsWith("UTF-16"), utf16.get("source").toString());
    }

    @Test
    void jsonLinesOutputEqualsTheBatchCommandsRecordForRecord() throws IOException {
        Path out = tmp.resolve("jsonl");
        VanbanJob.run(spark, options(out, "jsonl"));
        assertSameAsBatch(sparkRecords(out, "jsonl"));
    }

    @Test
    void rerunSkipsWhatIsDoneAndDoesOnlyWhatIsNew() throws IOException {
        Path out = tmp.resolve("rerun");
        VanbanJob.Summary first = VanbanJob.run(spark, inboxOnly(out));
        assertEquals(0, first.skippedFiles());
        long rows = spark.read().parquet(out.toString()).count();

        VanbanJob.Summary again = VanbanJob.run(spark, inboxOnly(out));
        assertEquals(again.inputFiles(), again.skippedFiles(), again.toString());
        assertEquals(0, again.documents());
        assertEquals(rows, spark.read().parquet(out.toString()).count());

        Path added = inbox.resolve("2020/added-later.txt");
        Files.copy(SharedCorpus.devTexts().get(0), added);
        try {
            VanbanJob.Summary third = VanbanJob.run(spark, inboxOnly(out));
            assertEquals(1, third.documents(), third.toString());
            assertEquals(third.inputFiles() - 1, third.skippedFiles());
            Map<String, String> records = sparkRecords(out, "parquet");
            assertEquals(rows + 1, records.size());
            assertNotNull(records.get("inbox/2020/added-later.txt"));
            assertFalse(JsonCompare.read(records.get("inbox/2020/added-later.txt")).has("error"));
        } finally {
            Files.delete(added);
        }
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--format", "csv", "--output", "x", "in"));
        assertTrue(e.getMessage().contains("parquet or jsonl"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in"));
    }
}
