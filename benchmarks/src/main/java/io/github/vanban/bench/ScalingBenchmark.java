package io.github.vanban.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How cost grows with the size of a document: documents of 1 KB to 10 MB cut from the dev corpus, at
 * least 1 MB of them per operation, so that each size reads the same kind of text. The per-byte cost
 * should not grow with the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    @Param({"1KB", "10KB", "100KB", "1MB", "10MB"})
    public String size;

    @Param({"parse"})
    public String stage;

    private Stage.Runner runner;

    @Setup
    public void setUp() {
        runner = Stage.of(stage).runner(Inputs.sized(size));
    }

    @Benchmark
    public void documents(Blackhole sink) {
        for (int i = 0, n = runner.size(); i < n; i++) {
            sink.consume(runner.run(i));
        }
    }
}
