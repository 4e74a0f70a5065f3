package io.github.vanban.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * What no parser can beat, on the same documents as {@link StageBenchmark}: decoding the UTF-8 bytes
 * into strings, and one pass over the chars of the strings (counting line feeds and non-ASCII chars, the
 * least a reader of the text does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FloorBenchmark {

    @Param({"dev", "report"})
    public String corpus;

    private List<byte[]> bytes;
    private List<String> texts;

    @Setup
    public void setUp() {
        Workload work = Inputs.corpus(corpus);
        bytes = work.bytes();
        texts = work.texts();
    }

    @Benchmark
    public void decode(Blackhole sink) {
        for (byte[] b : bytes) {
            sink.consume(new String(b, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public long scan() {
        long count = 0;
        for (String t : texts) {
            count += onePass(t);
        }
        return count;
    }

    static long onePass(String text) {
        int lines = 0;
        int wide = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (c >= 0x80) {
                wide++;
            }
        }
        return ((long) lines << 32) | wide;
    }
}
