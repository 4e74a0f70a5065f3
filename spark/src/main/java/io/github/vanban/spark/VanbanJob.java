package io.github.vanban.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The {@code spark-submit} job: reads every document in files, folders and ZIP archives (the library's
 * readers and encoding detection, as {@code vanban batch}), parses them across the cluster and writes one
 * row per document, failures as rows with their reason, as Parquet (default) or JSON Lines.
 *
 * <pre>
 * spark-submit --class io.github.vanban.spark.VanbanJob vanban-spark-0.1.0-SNAPSHOT-all.jar \
 *     --output hdfs:///vanban/reports hdfs:///archive/reports
 * </pre>
 *
 * <p>The output rows are {@link DocumentSchema#RECORD}. Each write commits at most {@code --commit-mb} of
 * input; a rerun with the same input and output skips every input file whose documents are already in the
 * output and does the rest.
 */
public final class VanbanJob {

    /**
     * What one run did.
     *
     * @param inputFiles   files (archives counted once) found in the input
     * @param skippedFiles of those, the ones an earlier run had done
     * @param documents    documents written, failures included
     * @param failed       documents written as failures
     * @param bytes        bytes of the documents read (archive entries uncompressed)
     * @param seconds      wall time of the run
     */
    public record Summary(long inputFiles, long skippedFiles, long documents, long failed, long bytes,
                          double seconds) {

        /** Megabytes (10^6 bytes) of documents per second. */
        public double megabytesPerSecond() {
            return bytes / 1e6 / Math.max(seconds, 1e-9);
        }

        @Override
        public String toString() {
            return String.format("vanban-spark: %d documents (%d failed) from %d input files in %.1f s "
                            + "(%.1f documents/s, %.2f MB/s, %.1f MB); %d input files done by an earlier run skipped",
                    documents, failed, inputFiles - skippedFiles, seconds, documents / Math.max(seconds, 1e-9),
                    megabytesPerSecond(), bytes / 1e6, skippedFiles);
        }
    }

    private VanbanJob() {
    }

    /** Entry point for {@code spark-submit}. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("vanban-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("vanban").getOrCreate();
        try {
            System.err.println(run(spark, options));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark} and says what it did. */
    public static Summary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = list(options.inputs(), hadoop);
        Set<String> done = doneFiles(spark, options, hadoop);
        List<InputFile> pending = new ArrayList<>();
        for (InputFile f : files) {
            if (!done.contains(f.name())) {
                pending.add(f);
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator documents = spark.sparkContext().longAccumulator("vanban documents");
        LongAccumulator failed = spark.sparkContext().longAccumulator("vanban failures");
        LongAccumulator bytes = spark.sparkContext().longAccumulator("vanban bytes");
        ReadAndParse readAndParse = new ReadAndParse(new HadoopConf(hadoop), options, documents, failed, bytes);
        int parallelism = Math.max(1, jsc.defaultParallelism());
        for (List<InputFile> commit : groups(pending, options.commitBytes(), Integer.MAX_VALUE)) {
            long total = commit.stream().mapToLong(InputFile::size).sum();
            long perTask = Math.max(1, Math.min(options.taskBytes(), total / (2L * parallelism)));
            List<List<InputFile>> tasks = groups(commit, perTask, 10_000);
            JavaRDD<Row> rows = jsc.parallelize(tasks, tasks.size()).flatMap(readAndParse);
            Dataset<Row> frame = spark.createDataFrame(rows, DocumentSchema.RECORD);
            frame.write().mode(SaveMode.Append)
                    .format(options.format().equals("jsonl") ? "json" : "parquet")
                    .save(options.output());
        }
        return new Summary(files.size(), files.size() - pending.size(), documents.value(), failed.value(),
                bytes.value(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The input's files in name order, named as {@code vanban batch} names them: a folder's files by the
     * folder's name and their path below it, a file given on its own by its name.
     */
    static List<InputFile> list(List<String> inputs, Configuration hadoop) {
        List<InputFile> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path root = new Path(input);
                FileSystem fs = root.getFileSystem(hadoop);
                FileStatus status = fs.getFileStatus(root);
                Path qualified = status.getPath();
                String base = qualified.getName().isEmpty() ? "root" : qualified.getName();
                if (!status.isDirectory()) {
                    files.add(new InputFile(qualified.toUri().toString(), base, status.getLen()));
                    continue;
                }
                String prefix = qualified.toUri().getPath();
                prefix = prefix.endsWith("/") ? prefix : prefix + "/";
                List<InputFile> below = new ArrayList<>();
                listBelow(fs, qualified, prefix, base, below);
                below.sort((a, b) -> a.name().compareTo(b.name()));
                files.addAll(below);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * The files below {@code dir}, by {@code listStatus} folder by folder: {@code listFiles} would ask the
     * local file system for each file's permissions, one process per file.
     */
    private static void listBelow(FileSystem fs, Path dir, String prefix, String base, List<InputFile> into)
            throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            if (f.isSymlink()) {
                continue;
            }
            if (f.isDirectory()) {
                listBelow(fs, f.getPath(), prefix, base, into);
                continue;
            }
            String path = f.getPath().toUri().getPath();
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : f.getPath().getName();
            into.add(new InputFile(f.getPath().toUri().toString(), base + "/" + rel, f.getLen()));
        }
    }

    /** The input files whose documents are in the output already. */
    static Set<String> doneFiles(SparkSession spark, JobOptions options, Configuration hadoop) {
        Path out = new Path(options.output());
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (!fs.exists(out)) {
                return Set.of();
            }
            boolean any = false;
            for (FileStatus s : fs.listStatus(out)) {
                any |= s.isFile() && s.getPath().getName().startsWith("part-");
            }
            if (!any) {
                return Set.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look into the output: " + e.getMessage(), e);
        }
        StructType names = DataTypes.createStructType(List.of(DataTypes.createStructField("source",
                DataTypes.createStructType(List.of(DataTypes.createStructField("name", DataTypes.StringType, true))),
                true)));
        Dataset<String> fileNames = spark.read().schema(names)
                .format(options.format().equals("jsonl") ? "json" : "parquet")
                .load(options.output())
                .select("source.name").as(Encoders.STRING())
                .map((org.apache.spark.api.java.function.MapFunction<String, String>) InputFile::fileOf,
                        Encoders.STRING())
                .distinct();
        return new HashSet<>(fileNames.collectAsList());
    }

    /** Consecutive runs of files of about {@code maxBytes} together (at least one file, at most {@code maxFiles}). */
    static List<List<InputFile>> groups(List<InputFile> files, long maxBytes, int maxFiles) {
        List<List<InputFile>> groups = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long size = 0;
        for (InputFile f : files) {
            if (!current.isEmpty() && (size + f.size() > maxBytes || current.size() >= maxFiles)) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(f);
            size += f.size();
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
