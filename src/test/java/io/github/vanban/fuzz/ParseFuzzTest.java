package io.github.vanban.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.Vanban;

/**
 * Fuzzes {@link Vanban#parse(String)}: for any text it returns, and every span it reports is the
 * input's substring at its offsets. Runs its seed inputs with the ordinary tests; fuzzes with
 * {@code JAZZER_FUZZ=1} (see the README).
 */
class ParseFuzzTest {

    private static final Vanban VANBAN = Vanban.create();

    @FuzzTest(maxDuration = "${vanban.fuzz.duration:20s}")
    void parse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        FuzzChecks.checkDocument(text, VANBAN.parse(text));
    }
}
