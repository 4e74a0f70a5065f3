package io.github.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The progress display of {@code vanban batch}: a bar redrawn in place on a terminal (documents, bytes,
 * documents per second, time left), a plain line every few seconds otherwise, nothing when quiet. The
 * totals for the time left come from a quick count in the background: file sizes, and the central
 * directories of ZIP archives (archives inside archives count by their compressed size).
 */
final class Progress {

    private final BatchCommand.Stats stats;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final int plainSeconds;
    private final AtomicLong totalDocs = new AtomicLong(-1);
    private final AtomicLong totalBytes = new AtomicLong(-1);
    private final long start = System.nanoTime();
    private Thread ticker;
    private volatile boolean running;

    Progress(BatchCommand.Stats stats, PrintWriter err, boolean quiet, int plainSeconds) {
        this.stats = stats;
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.plainSeconds = Math.max(1, plainSeconds);
    }

    /** Counts the documents and bytes of {@code inputs} in the background. */
    void estimate(List<Path> inputs) {
        if (quiet) {
            return;
        }
        Thread t = new Thread(() -> {
            long[] acc = new long[2];
            for (Path p : inputs) {
                count(p, acc);
            }
            totalDocs.set(acc[0]);
            totalBytes.set(acc[1]);
        }, "vanban-estimate");
        t.setDaemon(true);
        t.start();
    }

    private static void count(Path p, long[] acc) {
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).forEach(f -> countFile(f, acc));
                }
            } else if (Files.isRegularFile(p)) {
                countFile(p, acc);
            }
        } catch (IOException | RuntimeException e) {
            // no estimate for this input
        }
    }

    private static void countFile(Path f, long[] acc) {
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            acc[0]++;
            acc[1] += size(f);
            return;
        }
        try (ZipFile zip = ZipFile.builder().setPath(f).get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                if (!e.isDirectory()) {
                    acc[0]++;
                    acc[1] += Math.max(0, e.getSize());
                }
            }
        } catch (IOException | RuntimeException e) {
            acc[0]++;
            acc[1] += size(f);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    void start() {
        if (quiet) {
            return;
        }
        running = true;
        ticker = new Thread(() -> {
            long last = System.nanoTime();
            while (running) {
                try {
                    Thread.sleep(terminal ? 250 : 200);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                if (terminal) {
                    err.print("\r" + line(true));
                    err.flush();
                } else if (now - last >= plainSeconds * 1_000_000_000L) {
                    err.println(line(false));
                    err.flush();
                    last = now;
                }
            }
        }, "vanban-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    void stop() throws InterruptedException {
        if (ticker == null) {
            return;
        }
        running = false;
        ticker.interrupt();
        ticker.join();
        if (terminal) {
            err.print("\r" + line(true) + "\n");
            err.flush();
        }
    }

    /** One progress line. */
    String line(boolean bar) {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long docs = stats.documents.sum() + stats.skipped.sum();
        long bytes = stats.bytes.sum();
        double rate = stats.documents.sum() / seconds;
        double mbRate = bytes / 1e6 / seconds;
        long total = totalDocs.get();
        long totalB = totalBytes.get();
        StringBuilder sb = new StringBuilder();
        if (bar && total > 0) {
            double frac = Math.min(1, (double) docs / total);
            int width = 24;
            int full = (int) Math.round(frac * width);
            sb.append('[').append("#".repeat(full)).append(" ".repeat(width - full)).append("] ");
        }
        sb.append(docs).append(total > 0 ? "/" + total : "").append(" documents");
        sb.append(String.format(Locale.ROOT, ", %.1f MB", bytes / 1e6));
        sb.append(String.format(Locale.ROOT, ", %.1f docs/s, %.2f MB/s", rate, mbRate));
        if (stats.failed.sum() > 0) {
            sb.append(", ").append(stats.failed.sum()).append(" failed");
        }
        if (total > 0 && rate > 0) {
            long left = Math.max(0, total - docs);
            double secs = totalB > 0 && mbRate > 0 ? Math.max(0, totalB - bytes - stats.skippedBytes.get()) / 1e6 / mbRate
                    : left / rate;
            if (left == 0) {
                secs = 0;
            }
            sb.append(String.format(Locale.ROOT, ", %s left", duration(secs)));
        }
        if (bar) {
            sb.append("   ");
        }
        return sb.toString();
    }

    private static String duration(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
