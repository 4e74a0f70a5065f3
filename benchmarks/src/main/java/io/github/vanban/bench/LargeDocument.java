package io.github.vanban.bench;

import io.github.vanban.Document;
import io.github.vanban.Feature;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses one very large document (the dev corpus repeated up to N MB of UTF-8, default 50) and prints the
 * time, the throughput and the heap it took. Run it with the heap it is meant to fit in:
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.vanban.bench.LargeDocument 50</pre>
 *
 * <p>A second argument names the features to extract ({@code header,counts}); all by default. Exits 1
 * when the parse runs out of memory.
 */
public final class LargeDocument {

    private LargeDocument() {
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        ParseOptions options = ParseOptions.defaults();
        if (args.length > 1) {
            options = options.withFeatures(Arrays.stream(args[1].split(",")).map(f -> Feature.valueOf(f.toUpperCase(Locale.ROOT)))
                    .toArray(Feature[]::new));
        }
        String report = Corpus.dev().concatenated() + "\n\n";
        long reportBytes = report.getBytes(StandardCharsets.UTF_8).length;
        int copies = (int) Math.ceil(mb * Inputs.MB / reportBytes);
        String text = report.repeat(copies);
        long bytes = reportBytes * copies;
        Vanban vanban = Vanban.create();
        vanban.parse(report); // load the tables and warm up a little
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Document doc;
        try {
            doc = vanban.parse(text, options);
        } catch (OutOfMemoryError e) {
            text = null;
            StackTraceElement[] where = e.getStackTrace();
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < Math.min(6, where.length); i++) {
                at.append(i == 0 ? "" : " < ").append(where[i].getClassName().replace("io.github.vanban.", ""))
                        .append('.').append(where[i].getMethodName()).append(':').append(where[i].getLineNumber());
            }
            System.err.println("OutOfMemoryError at " + at);
            System.out.println(String.format(Locale.ROOT, "%.1f MB: OutOfMemoryError with -Xmx%dm",
                    bytes / Inputs.MB, Runtime.getRuntime().maxMemory() >> 20));
            System.exit(1);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "%.1f MB (%d chars) parsed in %.2f s = %.1f MB/s with max heap %d MB (peak heap used ~%d MB,"
                        + " input string %d MB); %d sections, %d dates, %d citations, %d counts, %d warnings",
                bytes / Inputs.MB, text.length(), seconds, bytes / Inputs.MB / seconds,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, heapBefore >> 20, doc.sections().size(),
                doc.dates().size(), doc.citations().size(), doc.counts().size(), doc.warnings().size()));
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
