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
 * Inputs made to find super-linear behaviour (see {@link Inputs#adversarial(String)}), each one document,
 * beside 1 MB of ordinary text: the per-byte cost of each should stay within 3x that of ordinary text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdversarialBenchmark {

    @Param({"ordinary", "digits-slashes", "I-lines", "one-line", "nested-numbering", "dots-spaces",
            "combining-marks", "nul-bytes", "lone-surrogates"})
    public String input;

    @Param({"parse"})
    public String stage;

    private Stage.Runner runner;

    @Setup
    public void setUp() {
        runner = Stage.of(stage).runner(Inputs.adversarial(input));
    }

    @Benchmark
    public void document(Blackhole sink) {
        sink.consume(runner.run(0));
    }
}
