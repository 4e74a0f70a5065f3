package io.github.vanban.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.numbers.NumberConvention;
import io.github.vanban.numbers.NumberMatch;
import io.github.vanban.numbers.VietnameseNumbers;
import java.util.Optional;

/**
 * Fuzzes the number reader on its own: at any offset of any text, {@code readAt} returns nothing or a
 * match inside the text, starting where asked, with a value of no sign it was not given. The build's
 * {@code fuzz-short-numbers} execution fuzzes it for 15 seconds.
 */
class NumberReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void readAt(FuzzedDataProvider data) {
        NumberConvention convention = data.pickValue(NumberConvention.values());
        String text = data.consumeRemainingAsString();
        for (int offset = 0; offset <= text.length(); offset++) {
            Optional<NumberMatch> m = VietnameseNumbers.readAt(text, offset, convention);
            if (m.isPresent()) {
                NumberMatch n = m.get();
                if (n.start() < offset || n.end() > text.length() || n.value() == null) {
                    throw new AssertionError("bad match " + n + " at " + offset + " of " + text.length());
                }
            }
        }
        VietnameseNumbers.parse(text, convention);
        VietnameseNumbers.detectConvention(text);
    }
}
