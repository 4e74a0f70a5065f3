package io.github.vanban.spark;

import io.github.vanban.io.DocumentWalker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link VanbanJob} reads and writes.
 *
 * @param inputs        files, folders (recursive) and ZIP archives, as Hadoop paths
 * @param output        the output folder; a rerun into it skips the input files already in it
 * @param format        {@code parquet} or {@code jsonl}
 * @param referenceDate the day relative dates count from; null for each document's own date
 * @param limits        limits against archive bombs, as in {@code vanban batch}
 * @param taskBytes     about how many input bytes one task reads
 * @param commitBytes   about how many input bytes one write commits: a run stopped part-way keeps what
 *                      was committed, and a rerun goes on from there
 */
public record JobOptions(List<String> inputs, String output, String format, LocalDate referenceDate,
                         DocumentWalker.Limits limits, long taskBytes, long commitBytes) {

    public JobOptions {
        inputs = List.copyOf(inputs);
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("--format must be parquet or jsonl, not " + format);
        }
    }

    /** The usage line. */
    public static final String USAGE = """
            usage: spark-submit --class io.github.vanban.spark.VanbanJob vanban-spark-all.jar \\
                     --output DIR [--format parquet|jsonl] [--reference-date YYYY-MM-DD] \\
                     [--task-mb 64] [--commit-mb 4096] [--max-entry-mb 64] [--max-archive-mb 4096] \\
                     [--max-ratio 100] [--max-entries 100000] [--max-depth 3] INPUT...
            INPUT: files, folders (recursive) and .zip archives (.txt in any encoding vanban knows, .html, .docx, .pdf)""";

    /** Options from the command line; throws {@link IllegalArgumentException} with a message on bad ones. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "parquet";
        LocalDate reference = null;
        long taskMb = 64;
        long commitMb = 4096;
        DocumentWalker.Limits d = DocumentWalker.Limits.defaults();
        long maxEntry = d.maxEntryBytes();
        long maxArchive = d.maxArchiveBytes();
        double maxRatio = d.maxRatio();
        int maxEntries = d.maxEntries();
        int maxDepth = d.maxDepth();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                inputs.add(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--output" -> output = v;
                    case "--format" -> format = v;
                    case "--reference-date" -> reference = LocalDate.parse(v);
                    case "--task-mb" -> taskMb = Long.parseLong(v);
                    case "--commit-mb" -> commitMb = Long.parseLong(v);
                    case "--max-entry-mb" -> maxEntry = Long.parseLong(v) << 20;
                    case "--max-archive-mb" -> maxArchive = Long.parseLong(v) << 20;
                    case "--max-ratio" -> maxRatio = Double.parseDouble(v);
                    case "--max-entries" -> maxEntries = Integer.parseInt(v);
                    case "--max-depth" -> maxDepth = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(a + ": bad value " + v);
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one INPUT");
        }
        if (taskMb < 1 || commitMb < 1) {
            throw new IllegalArgumentException("--task-mb and --commit-mb must be at least 1");
        }
        return new JobOptions(inputs, output, format, reference,
                new DocumentWalker.Limits(maxEntry, maxArchive, maxRatio, maxEntries, maxDepth),
                taskMb << 20, commitMb << 20);
    }
}
