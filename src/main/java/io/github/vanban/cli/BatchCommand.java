package io.github.vanban.cli;

import io.github.vanban.Document;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.io.DocumentReaders;
import io.github.vanban.io.DocumentWalker;
import io.github.vanban.io.ExtractedText;
import io.github.vanban.io.ReadException;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban batch INPUT... (--output DIR | --jsonl FILE)}: reads every document in files, folders and
 * ZIP archives, parses each and writes one JSON record per document (or per failure). One thread walks the
 * inputs; {@code --threads} workers read and parse; a bounded queue and a byte budget between them keep
 * memory bounded whatever the archive's size. Output is written atomically and a rerun of the same
 * command skips what is done.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Reads every document (.txt, .html, .docx, .pdf) in files, folders and ZIP archives and "
                + "writes one JSON record per document; failures become error records and the batch goes on.",
                "Rerunning the same command skips what is done and finishes the rest.",
                "Exit code: 0 all documents read, 1 some failed, 2 the batch could not run."})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, folders (recursive) and .zip archives")
    List<Path> inputs;

    @Option(names = "--output", paramLabel = "DIR", description = "write DIR/NAME.json per document, mirroring its name")
    Path output;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "write all records as JSON Lines into FILE (index in FILE.done)")
    Path jsonl;

    @Option(names = "--emit-text", description = "also write the extracted text (what offsets point into) as NAME.txt beside the JSON "
            + "(with --jsonl: under FILE.text/)")
    boolean emitText;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the machine's cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "no progress display")
    boolean quiet;

    @Option(names = "--pretty", description = "indent the JSON (folder output only)")
    boolean pretty;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "the day relative dates count from")
    LocalDate referenceDate;

    @Option(names = "--max-entry-mb", paramLabel = "MB", description = "largest document, uncompressed (default ${DEFAULT-VALUE})")
    long maxEntryMb = 64;

    @Option(names = "--max-archive-mb", paramLabel = "MB", description = "most an archive may unpack to (default ${DEFAULT-VALUE})")
    long maxArchiveMb = 4096;

    @Option(names = "--max-ratio", paramLabel = "R", description = "highest compression ratio of an entry (default ${DEFAULT-VALUE})")
    double maxRatio = 100;

    @Option(names = "--max-entries", paramLabel = "N", description = "most entries in an archive (default ${DEFAULT-VALUE})")
    int maxEntries = 100_000;

    @Option(names = "--max-depth", paramLabel = "N", description = "how deep archives may nest (default ${DEFAULT-VALUE})")
    int maxDepth = 3;

    @Option(names = "--memory-mb", paramLabel = "MB", description = "bytes of documents held between reader and workers (default ${DEFAULT-VALUE})")
    long memoryMb = 256;

    @Option(names = "--progress-seconds", paramLabel = "S", description = "seconds between progress lines when not on a terminal (default ${DEFAULT-VALUE})")
    int progressSeconds = 10;

    @Spec
    CommandSpec spec;

    /** A unit of work: a document to read, a failure to record, or the end. */
    private record Task(DocumentWalker.Item item, int permits) {
    }

    private static final Task END = new Task(null, 0);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((output == null) == (jsonl == null)) {
            err.println("vanban batch: give exactly one of --output DIR and --jsonl FILE");
            return 2;
        }
        if (threads < 1) {
            err.println("vanban batch: --threads must be at least 1");
            return 2;
        }
        for (Path input : inputs) {
            if (!java.nio.file.Files.exists(input)) {
                err.println("vanban batch: no such file or folder: " + input);
                return 2;
            }
        }
        quietLibraries();
        BatchOutput out;
        try {
            out = output != null ? new FolderOutput(output)
                    : new JsonlOutput(jsonl, emitText ? jsonl.resolveSibling(jsonl.getFileName() + ".text") : null);
        } catch (IOException | RuntimeException e) {
            err.println("vanban batch: cannot open the output: " + e.getMessage());
            return 2;
        }
        try (out) {
            return run(out, err);
        } catch (IOException e) {
            err.println("vanban batch: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("vanban batch: interrupted");
            return 2;
        }
    }

    private int run(BatchOutput out, PrintWriter err) throws InterruptedException {
        long start = System.nanoTime();
        Vanban vanban = Vanban.create();
        ParseOptions options = ParseOptions.defaults().withReferenceDate(referenceDate);
        DocumentWalker walker = new DocumentWalker(new DocumentWalker.Limits(maxEntryMb << 20, maxArchiveMb << 20,
                maxRatio, maxEntries, maxDepth));
        Stats stats = new Stats();
        int budgetKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1024, memoryMb << 10));
        Semaphore budget = new Semaphore(budgetKb);
        BlockingQueue<Task> queue = new ArrayBlockingQueue<>(Math.max(4, threads * 4));
        Progress progress = new Progress(stats, err, quiet, progressSeconds);
        progress.estimate(inputs);

        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> work(queue, budget, out, vanban, options, stats), "vanban-worker-" + i);
            workers[i].start();
        }
        progress.start();
        walker.walk(inputs, new DocumentWalker.Sink() {
            @Override
            public boolean wants(String name) {
                if (out.isDone(name)) {
                    stats.skip(out.earlierFailure(name));
                    return false;
                }
                return true;
            }

            @Override
            public void accept(DocumentWalker.Item item) throws InterruptedException {
                if (item instanceof DocumentWalker.Failure && out.isDone(item.name())) {
                    stats.skip(out.earlierFailure(item.name()));
                    return;
                }
                int permits = item instanceof DocumentWalker.Entry e
                        ? (int) Math.min(budgetKb, Math.max(1, e.bytes().length >> 10)) : 0;
                budget.acquire(permits);
                queue.put(new Task(item, permits));
            }
        });
        for (int i = 0; i < threads; i++) {
            queue.put(END);
        }
        for (Thread w : workers) {
            w.join();
        }
        progress.stop();
        double seconds = (System.nanoTime() - start) / 1e9;
        summary(stats, seconds, err);
        return stats.failed.sum() + stats.earlierFailed.sum() == 0 && stats.writeErrors.sum() == 0 ? 0 : 1;
    }

    private void work(BlockingQueue<Task> queue, Semaphore budget, BatchOutput out, Vanban vanban,
                      ParseOptions options, Stats stats) {
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == END) {
                return;
            }
            try {
                handle(task.item(), out, vanban, options, stats);
            } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
                // a worker that died would leave the reader blocked on a full queue: record and go on
                stats.writeErrors.increment();
                spec.commandLine().getErr().println("vanban batch: " + task.item().name() + ": " + e);
            } finally {
                budget.release(task.permits());
            }
        }
    }

    private void handle(DocumentWalker.Item item, BatchOutput out, Vanban vanban, ParseOptions options, Stats stats) {
        String name = item.name();
        long size = item instanceof DocumentWalker.Entry e ? e.bytes().length : 0;
        String json;
        String failure = null;
        String format = DocumentReaders.formatOf(name);
        try {
            if (item instanceof DocumentWalker.Failure f) {
                failure = f.reason();
                json = errorJson(name, format, f.reason(), f.message());
            } else {
                byte[] bytes = ((DocumentWalker.Entry) item).bytes();
                ExtractedText text;
                try {
                    text = DocumentReaders.read(name, bytes);
                } catch (ReadException ex) {
                    failure = ex.reason();
                    text = null;
                    json = errorJson(name, format, ex.reason(), ex.getMessage());
                    out.write(name, json, failure);
                    stats.done(size, failure);
                    return;
                }
                Document doc;
                try {
                    doc = vanban.parse(text.text(), options);
                } catch (RuntimeException | StackOverflowError ex) {
                    failure = "parser-error";
                    out.write(name, errorJson(name, text.format(), failure, "vanban failed: " + ex), failure);
                    stats.done(size, failure);
                    return;
                }
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("name", name);
                source.put("format", text.format());
                source.put("encoding", text.encoding());
                if (!text.warnings().isEmpty()) {
                    source.put("warnings", text.warnings());
                }
                json = DocumentJson.write(doc, Map.of("source", source), pretty && output != null);
                if (emitText) {
                    out.writeText(name, text.text());
                }
            }
            out.write(name, json, failure);
            stats.done(size, failure);
        } catch (IOException | RuntimeException ex) {
            stats.writeErrors.increment();
            spec.commandLine().getErr().println("vanban batch: cannot write the record of " + name + ": " + ex.getMessage());
        }
    }

    private String errorJson(String name, String format, String reason, String message) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", name);
        source.put("format", format);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("reason", reason);
        error.put("message", message);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", source);
        record.put("error", error);
        try {
            return DocumentJson.mapper().writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void summary(Stats stats, double seconds, PrintWriter err) {
        long docs = stats.documents.sum();
        double mb = stats.bytes.sum() / 1e6;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("vanban batch: %d documents read in %.1f s (%.1f documents/s, %.2f MB/s, %.1f MB)",
                docs, seconds, docs / Math.max(seconds, 1e-9), mb / Math.max(seconds, 1e-9), mb));
        sb.append(String.format("%n  %d ok, %d failed", docs - stats.failed.sum(), stats.failed.sum()));
        if (stats.skipped.sum() > 0) {
            sb.append(String.format("; %d done by an earlier run skipped (%d of them failures)", stats.skipped.sum(),
                    stats.earlierFailed.sum()));
        }
        Map<String, Long> reasons = new TreeMap<>();
        stats.reasons.forEach((k, v) -> reasons.merge(k, v.sum(), Long::sum));
        stats.earlierReasons.forEach((k, v) -> reasons.merge(k, v.sum(), Long::sum));
        if (!reasons.isEmpty()) {
            sb.append(String.format("%n  failures by reason (all runs):"));
            reasons.forEach((k, v) -> sb.append(String.format("%n    %-18s %d", k, v)));
        }
        if (stats.writeErrors.sum() > 0) {
            sb.append(String.format("%n  %d records could not be written", stats.writeErrors.sum()));
        }
        err.println(sb);
        err.flush();
    }

    /** PDFBox and POI log through JUL and Log4j; their chatter is not the batch's output. */
    private static void quietLibraries() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger.getLogger("org.apache.fontbox").setLevel(java.util.logging.Level.OFF);
    }

    /** Counters shared by the workers and the progress display. */
    static final class Stats {
        final LongAdder documents = new LongAdder();
        final LongAdder bytes = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder skipped = new LongAdder();
        final LongAdder earlierFailed = new LongAdder();
        final LongAdder writeErrors = new LongAdder();
        final AtomicLong skippedBytes = new AtomicLong();
        final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
        final Map<String, LongAdder> earlierReasons = new ConcurrentHashMap<>();

        void done(long size, String failure) {
            documents.increment();
            bytes.add(size);
            if (failure != null) {
                failed.increment();
                reasons.computeIfAbsent(failure, k -> new LongAdder()).increment();
            }
        }

        void skip(String earlierFailure) {
            skipped.increment();
            if (earlierFailure != null) {
                earlierFailed.increment();
                earlierReasons.computeIfAbsent(earlierFailure, k -> new LongAdder()).increment();
            }
        }
    }
}
