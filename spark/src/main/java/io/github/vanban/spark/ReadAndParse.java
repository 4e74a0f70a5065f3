package io.github.vanban.spark;

import io.github.vanban.Document;
import io.github.vanban.ParseOptions;
import io.github.vanban.io.DocumentReaders;
import io.github.vanban.io.DocumentWalker;
import io.github.vanban.io.ExtractedText;
import io.github.vanban.io.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * The executor side of {@link VanbanJob}: reads the files of one task (and the documents inside its ZIP
 * archives) with the library's readers and encoding detection, parses each document with this JVM's
 * {@link ExecutorVanban} and hands over one row per document, failures as rows with their reason, in the
 * form {@code vanban batch} writes them.
 *
 * <p>A reader thread walks the files and parses; a small queue hands the rows to the task, so an archive
 * of any size is streamed and never held whole. Only serialisable settings travel in the closure.
 */
final class ReadAndParse implements FlatMapFunction<List<InputFile>, Row> {

    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final LocalDate referenceDate;
    private final long maxEntryBytes;
    private final long maxArchiveBytes;
    private final double maxRatio;
    private final int maxEntries;
    private final int maxDepth;
    private final LongAccumulator documents;
    private final LongAccumulator failures;
    private final LongAccumulator bytes;

    ReadAndParse(HadoopConf conf, JobOptions options, LongAccumulator documents, LongAccumulator failures,
                 LongAccumulator bytes) {
        this.conf = conf;
        this.referenceDate = options.referenceDate();
        DocumentWalker.Limits l = options.limits();
        this.maxEntryBytes = l.maxEntryBytes();
        this.maxArchiveBytes = l.maxArchiveBytes();
        this.maxRatio = l.maxRatio();
        this.maxEntries = l.maxEntries();
        this.maxDepth = l.maxDepth();
        this.documents = documents;
        this.failures = failures;
        this.bytes = bytes;
    }

    @Override
    public Iterator<Row> call(List<InputFile> files) {
        RowQueue queue = new RowQueue();
        Thread reader = new Thread(() -> queue.run(() -> {
            for (InputFile file : files) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                read(file, queue);
            }
        }), "vanban-reader");
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.interrupt());
        }
        reader.start();
        return queue;
    }

    private void read(InputFile file, RowQueue out) throws InterruptedException {
        if (file.isArchive()) {
            readArchive(file, out);
            return;
        }
        if (file.size() > maxEntryBytes) {
            out.put(failure(file.name(), "too-large", "larger than " + maxEntryBytes + " bytes"));
            return;
        }
        byte[] content;
        try {
            URI uri = URI.create(file.uri());
            if ("file".equals(uri.getScheme())) {
                content = Files.readAllBytes(Path.of(uri));
            } else {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.uri());
                FileSystem fs = path.getFileSystem(conf.get());
                try (InputStream in = fs.open(path)) {
                    content = in.readAllBytes();
                }
            }
        } catch (IOException | RuntimeException e) {
            out.put(failure(file.name(), "io-error", "cannot read the file: " + e.getMessage()));
            return;
        }
        out.put(document(file.name(), content));
    }

    /**
     * Walks an archive with the library's {@link DocumentWalker} (its limits, nested archives, unsafe paths):
     * in place on a local file system, else from a local copy.
     */
    private void readArchive(InputFile file, RowQueue out) throws InterruptedException {
        Path local;
        Path copyDir = null;
        try {
            URI uri = URI.create(file.uri());
            if ("file".equals(uri.getScheme())) {
                local = Path.of(uri);
            } else {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.uri());
                copyDir = Files.createTempDirectory("vanban-archive");
                local = copyDir.resolve(path.getName());
                try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copyDir);
            out.put(failure(file.name(), "io-error", "cannot read the archive: " + e.getMessage()));
            return;
        }
        String localName = local.getFileName().toString();
        DocumentWalker walker = new DocumentWalker(
                new DocumentWalker.Limits(maxEntryBytes, maxArchiveBytes, maxRatio, maxEntries, maxDepth));
        try {
            walker.walk(List.of(local), new DocumentWalker.Sink() {
                @Override
                public boolean wants(String name) {
                    return true;
                }

                @Override
                public void accept(DocumentWalker.Item item) throws InterruptedException {
                    String name = file.name() + item.name().substring(Math.min(localName.length(), item.name().length()));
                    if (item instanceof DocumentWalker.Failure f) {
                        out.put(failure(name, f.reason(), f.message()));
                    } else {
                        out.put(document(name, ((DocumentWalker.Entry) item).bytes()));
                    }
                }
            });
        } finally {
            deleteQuietly(copyDir);
        }
    }

    /** The row of one document's bytes: read, decoded and parsed, or the reason it could not be. */
    private Row document(String name, byte[] content) {
        bytes.add(content.length);
        ExtractedText text;
        try {
            text = DocumentReaders.read(name, content);
        } catch (ReadException e) {
            return failure(name, e.reason(), e.getMessage());
        }
        Document doc;
        try {
            doc = ExecutorVanban.get().parse(text.text(), ParseOptions.defaults().withReferenceDate(referenceDate));
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(1);
            documents.add(1);
            return DocumentRows.failure(name, text.format(), "parser-error", "vanban failed: " + e);
        }
        documents.add(1);
        return DocumentRows.record(name, text.format(), text.encoding(), text.warnings(), doc);
    }

    private Row failure(String name, String reason, String message) {
        documents.add(1);
        failures.add(1);
        return DocumentRows.failure(name, DocumentReaders.formatOf(name), reason, message);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the task for
        }
    }

    /** The work of the reader thread, which may be interrupted. */
    private interface Work {
        void run() throws InterruptedException;
    }

    /** The hand-over between the reader thread and the task: a bounded queue read as an iterator. */
    private static final class RowQueue implements Iterator<Row> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
        private Object next;

        void put(Row row) throws InterruptedException {
            queue.put(row);
        }

        void run(Work work) {
            Object last = END;
            try {
                work.run();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                last = t;
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading documents", e);
                }
            }
            if (next instanceof Throwable t) {
                throw new IllegalStateException("the document reader failed", t);
            }
            return next != END;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = (Row) next;
            next = null;
            return row;
        }
    }
}
