package io.github.vanban.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.Vanban;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link Vanban#parse(String)}: for any text it returns, and every span it reports is the input's
 * substring at its offsets. With the ordinary tests it runs its seed inputs; the build's {@code fuzz-short}
 * execution fuzzes it for 20 seconds, seeded with the dev documents (see {@link FuzzSeeds}); the
 * {@code fuzz-long} profile runs {@link ParseLongFuzzTest} for ten minutes.
 */
class ParseFuzzTest {

    static final Vanban VANBAN = Vanban.create();

    static {
        FuzzSeeds.seedFromDevCorpus(ParseFuzzTest.class, "parse");
    }

    @FuzzTest(maxDuration = "20s")
    void parse(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzChecks.checkDocument(text, VANBAN.parse(text));
        // the same bytes read char by char reach inputs no UTF-8 decoder makes: lone surrogates, NULs
        char[] raw = new char[input.length / 2];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (char) (((input[2 * i] & 0xFF) << 8) | (input[2 * i + 1] & 0xFF));
        }
        String chars = new String(raw);
        FuzzChecks.checkDocument(chars, VANBAN.parse(chars));
    }
}
