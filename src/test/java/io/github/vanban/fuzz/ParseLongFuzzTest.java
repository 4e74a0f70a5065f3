package io.github.vanban.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The longer fuzz run of {@code parse}, ten minutes: {@code mvn -Pfuzz-long verify}. */
class ParseLongFuzzTest {

    static {
        FuzzSeeds.seedFromDevCorpus(ParseLongFuzzTest.class, "parse");
    }

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        ParseFuzzTest.check(input);
    }
}
