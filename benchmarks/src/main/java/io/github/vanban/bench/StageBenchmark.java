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
 * Each stage alone and the whole parse, on the dev corpus: {@code dev} parses every document in turn,
 * {@code report} parses them all concatenated into one large report. One operation reads the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {

    @Param({"dev", "report"})
    public String corpus;

    @Param({"normalise", "header", "sections", "dates", "citations", "counts", "sentences", "parse"})
    public String stage;

    private Stage.Runner runner;

    @Setup
    public void setUp() {
        runner = Stage.of(stage).runner(Inputs.corpus(corpus));
    }

    @Benchmark
    public void stage(Blackhole sink) {
        for (int i = 0, n = runner.size(); i < n; i++) {
            sink.consume(runner.run(i));
        }
    }
}
