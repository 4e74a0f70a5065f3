package io.github.vanban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads JMH's JSON result ({@code -rf json}) of these benchmarks and prints the tables: MB/s of UTF-8
 * input per stage beside the floor, allocation per MB, per-byte cost by document size, and the adversarial
 * inputs against ordinary text, each with the targets it is held to.
 *
 * <p>Every figure is the median of the measured iterations. MB are 10^6 bytes of UTF-8 input; the bytes
 * an operation read are recounted by rebuilding the same inputs ({@link Inputs}).
 *
 * <pre>java -cp benchmarks.jar io.github.vanban.bench.Report target/jmh-result.json [MORE.json...]</pre>
 *
 * <p>Several files are read as one set of results, so that benchmarks run with different JMH settings
 * (the whole parse gets more forks and warm-up than one stage alone) print in the same tables.
 */
public final class Report {

    /** Whole parse on the dev corpus, MB/s. */
    static final double PARSE_TARGET = 25;
    /** Each rule-based stage alone, MB/s. */
    static final double STAGE_TARGET = 100;
    /** Per-byte cost of a 10 MB document against a 10 KB one. */
    static final double SCALING_TARGET = 1.5;
    /** Per-byte cost of an adversarial input against ordinary text. */
    static final double ADVERSARIAL_TARGET = 3;

    private final Map<String, Long> bytesCache = new HashMap<>();
    private final List<String> verdicts = new ArrayList<>();

    /** One benchmark result: median ms per op, bytes allocated per op, bytes read per op. */
    record Result(String benchmark, Map<String, String> params, double msPerOp, double allocPerOp, long bytesPerOp) {
        double mbPerSecond() {
            return bytesPerOp / Inputs.MB / (msPerOp / 1000.0);
        }

        double nsPerByte() {
            return msPerOp * 1e6 / bytesPerOp;
        }

        /** Bytes allocated per byte read, i.e. MB allocated per MB parsed. */
        double allocPerByte() {
            return allocPerOp / bytesPerOp;
        }

        String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Report JMH-RESULT.json...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        new Report().print(files);
    }

    /** Prints the tables of the results in {@code jsons} (JMH JSON files, read as one set of results). */
    void print(List<Path> jsons) throws IOException {
        List<Result> results = new ArrayList<>();
        String jdk = "";
        Map<String, String> runs = new LinkedHashMap<>(); // JMH settings -> the benchmarks run with them
        for (Path json : jsons) {
            for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
                Result result = read(r);
                results.add(result);
                jdk = r.path("vmName").asText() + " " + r.path("vmVersion").asText()
                        + " (JMH " + r.path("jmhVersion").asText() + ")";
                int forks = r.path("forks").asInt();
                String settings = forks + (forks == 1 ? " fork, " : " forks, ")
                        + r.path("warmupIterations").asInt() + "x" + r.path("warmupTime").asText() + " warm-up, "
                        + r.path("measurementIterations").asInt() + "x" + r.path("measurementTime").asText()
                        + " measured";
                String cls = result.benchmark().substring(0, result.benchmark().indexOf('.'));
                String name = cls.equals("StageBenchmark") && result.param("stage").equals("parse")
                        ? "StageBenchmark (whole parse)" : cls;
                runs.merge(settings, name, (a, b) -> a.contains(b) ? a : a + ", " + b);
            }
        }
        System.out.println("JDK: " + jdk);
        runs.forEach((settings, names) -> System.out.println("  " + settings + ": " + names));
        System.out.println("Figures: median of the measured iterations; MB = 10^6 bytes of UTF-8 input;"
                + " alloc = MB allocated per MB parsed (gc.alloc.rate.norm / MB per op).");
        printStages(results);
        printScaling(results);
        printAdversarial(results);
        if (!verdicts.isEmpty()) {
            System.out.println();
            System.out.println("Targets");
            verdicts.forEach(v -> System.out.println("  " + v));
        }
    }

    private Result read(JsonNode r) {
        String benchmark = r.path("benchmark").asText();
        Map<String, String> params = new LinkedHashMap<>();
        r.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = r.path("primaryMetric");
        double ms = median(primary.path("rawData")) * toMillis(primary.path("scoreUnit").asText());
        JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
        double alloc = norm.isMissingNode() ? Double.NaN : median(norm.path("rawData"));
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        long bytes = bytesOf(shortName, params);
        return new Result(shortName, params, ms, alloc, bytes);
    }

    private long bytesOf(String benchmark, Map<String, String> params) {
        String cls = benchmark.substring(0, benchmark.indexOf('.'));
        Supplier<Workload> work = switch (cls) {
            case "StageBenchmark", "FloorBenchmark" -> () -> Inputs.corpus(params.get("corpus"));
            case "ScalingBenchmark" -> () -> Inputs.sized(params.get("size"));
            case "AdversarialBenchmark" -> () -> Inputs.adversarial(params.get("input"));
            default -> throw new IllegalArgumentException("not a benchmark of this module: " + benchmark);
        };
        String key = cls.equals("FloorBenchmark") ? "StageBenchmark" + params.get("corpus")
                : cls + params.getOrDefault("corpus", "") + params.getOrDefault("size", "")
                        + params.getOrDefault("input", "");
        return bytesCache.computeIfAbsent(key, k -> work.get().totalBytes());
    }

    private void printStages(List<Result> results) {
        List<Result> floors = results.stream().filter(r -> r.benchmark().startsWith("FloorBenchmark")).toList();
        List<Result> stages = results.stream().filter(r -> r.benchmark().startsWith("StageBenchmark")).toList();
        if (floors.isEmpty() && stages.isEmpty()) {
            return;
        }
        List<String> corpora = new ArrayList<>(new TreeSet<>(
                results.stream().filter(r -> r.params().containsKey("corpus")).map(r -> r.param("corpus")).toList()));
        Map<String, Double> floorMs = new HashMap<>();
        for (Result f : floors) {
            if (f.benchmark().endsWith(".scan")) {
                floorMs.put(f.param("corpus"), f.msPerOp());
            }
        }
        System.out.println();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-22s", "stage"));
        for (String c : corpora) {
            head.append(String.format(Locale.ROOT, " | %-9s %8s %8s %9s", c + ":", "MB/s", "x floor", "alloc/MB"));
        }
        System.out.println("Stages on the dev corpus (dev: each document in turn; report: all of them as one"
                + " document; x floor: time / time of one pass over the chars)");
        System.out.println(head);
        System.out.println("-".repeat(head.length()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"floor: UTF-8 decode", "FloorBenchmark.decode", null});
        rows.add(new String[] {"floor: one pass", "FloorBenchmark.scan", null});
        for (Stage s : Stage.values()) {
            rows.add(new String[] {s.label(), "StageBenchmark.stage", s.label()});
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", row[0]));
            boolean any = false;
            for (String c : corpora) {
                Result r = find(results, row[1], Map.of("corpus", c), row[2]);
                if (r == null) {
                    line.append(String.format(Locale.ROOT, " | %-9s %8s %8s %9s", "", "-", "-", "-"));
                    continue;
                }
                any = true;
                Double floor = floorMs.get(c);
                line.append(String.format(Locale.ROOT, " | %-9s %8s %8s %9s", "", num(r.mbPerSecond()),
                        floor == null ? "-" : String.format(Locale.ROOT, "%.1fx", r.msPerOp() / floor),
                        num(r.allocPerByte())));
                if (c.equals("dev") && row[2] != null) {
                    verdictForStage(row[2], r.mbPerSecond());
                }
            }
            if (any) {
                System.out.println(line);
            }
        }
    }

    private void verdictForStage(String stage, double mbps) {
        if (stage.equals("sentences")) {
            verdicts.add(String.format(Locale.ROOT, "info    sentences (a trained model, not a rule stage) alone on the dev"
                    + " corpus: %.1f MB/s", mbps));
        } else if (stage.equals("parse")) {
            verdicts.add(verdict(mbps >= PARSE_TARGET, String.format(Locale.ROOT,
                    "whole parse on the dev corpus: %.1f MB/s (target >= %.0f)", mbps, PARSE_TARGET)));
        } else {
            verdicts.add(verdict(mbps >= STAGE_TARGET, String.format(Locale.ROOT,
                    "%s alone on the dev corpus: %.1f MB/s (target >= %.0f)", stage, mbps, STAGE_TARGET)));
        }
    }

    private void printScaling(List<Result> results) {
        List<Result> scaling = results.stream().filter(r -> r.benchmark().startsWith("ScalingBenchmark")).toList();
        if (scaling.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Cost by document size (documents cut from the dev corpus, >= 1 MB of them per op;"
                + " x 10KB: per-byte cost / that of 10 KB documents)");
        String head = String.format(Locale.ROOT, "%-10s %-7s %8s %9s %8s %9s", "stage", "size", "MB/s", "ns/byte",
                "x 10KB", "alloc/MB");
        System.out.println(head);
        System.out.println("-".repeat(head.length()));
        for (String stage : stagesOf(scaling)) {
            Result base = find(scaling, "ScalingBenchmark.documents", Map.of("size", "10KB"), stage);
            for (Result r : sortedBySize(scaling, stage)) {
                double ratio = base == null ? Double.NaN : r.nsPerByte() / base.nsPerByte();
                System.out.println(String.format(Locale.ROOT, "%-10s %-7s %8s %9.2f %8s %9s", stage, r.param("size"),
                        num(r.mbPerSecond()), r.nsPerByte(), Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio),
                        num(r.allocPerByte())));
                if (r.param("size").equals("10MB") && base != null) {
                    verdicts.add(verdict(ratio <= SCALING_TARGET, String.format(Locale.ROOT,
                            "%s, 10 MB document: %.2fx the per-byte cost of 10 KB ones (target <= %.1fx)",
                            stage, ratio, SCALING_TARGET)));
                }
            }
        }
    }

    private void printAdversarial(List<Result> results) {
        List<Result> adv = results.stream().filter(r -> r.benchmark().startsWith("AdversarialBenchmark")).toList();
        if (adv.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Adversarial inputs (one document each; x ordinary: per-byte cost / that of 1 MB of"
                + " ordinary text)");
        String head = String.format(Locale.ROOT, "%-10s %-17s %7s %8s %9s %10s %9s", "stage", "input", "MB", "MB/s",
                "ns/byte", "x ordinary", "alloc/MB");
        System.out.println(head);
        System.out.println("-".repeat(head.length()));
        for (String stage : stagesOf(adv)) {
            Result base = find(adv, "AdversarialBenchmark.document", Map.of("input", "ordinary"), stage);
            List<String> worse = new ArrayList<>();
            for (String input : Inputs.ADVERSARIAL) {
                Result r = find(adv, "AdversarialBenchmark.document", Map.of("input", input), stage);
                if (r == null) {
                    continue;
                }
                double ratio = base == null ? Double.NaN : r.nsPerByte() / base.nsPerByte();
                System.out.println(String.format(Locale.ROOT, "%-10s %-17s %7.2f %8s %9.2f %10s %9s", stage, input,
                        r.bytesPerOp() / Inputs.MB, num(r.mbPerSecond()), r.nsPerByte(),
                        Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio), num(r.allocPerByte())));
                if (ratio > ADVERSARIAL_TARGET) {
                    worse.add(String.format(Locale.ROOT, "%s %.1fx", input, ratio));
                }
            }
            if (base != null) {
                verdicts.add(verdict(worse.isEmpty(), stage + ", adversarial inputs within "
                        + (int) ADVERSARIAL_TARGET + "x the per-byte cost of ordinary text"
                        + (worse.isEmpty() ? "" : ": not " + String.join(", ", worse))));
            }
        }
    }

    private static List<String> stagesOf(List<Result> results) {
        List<String> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (results.stream().anyMatch(r -> r.param("stage").equals(s.label()))) {
                out.add(s.label());
            }
        }
        return out;
    }

    private static List<Result> sortedBySize(List<Result> results, String stage) {
        return results.stream().filter(r -> r.param("stage").equals(stage))
                .sorted((a, b) -> Long.compare(Inputs.parseSize(a.param("size")), Inputs.parseSize(b.param("size"))))
                .toList();
    }

    private static Result find(List<Result> results, String benchmark, Map<String, String> params, String stage) {
        for (Result r : results) {
            if (!r.benchmark().equals(benchmark)) {
                continue;
            }
            if (stage != null && !r.param("stage").equals(stage)) {
                continue;
            }
            if (params.entrySet().stream().allMatch(e -> e.getValue().equals(r.param(e.getKey())))) {
                return r;
            }
        }
        return null;
    }

    private static String verdict(boolean holds, String what) {
        return (holds ? "HOLDS   " : "MISSED  ") + what;
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double median(JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    private static double toMillis(String unit) {
        return switch (unit) {
            case "s/op" -> 1000;
            case "ms/op" -> 1;
            case "us/op" -> 1e-3;
            case "ns/op" -> 1e-6;
            default -> throw new IllegalArgumentException("unexpected unit " + unit + " (use -bm avgt)");
        };
    }
}
