package io.github.vanban.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.text.NormalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example table {@code counts.tsv}: each sentence and the participant counts it holds. */
class CountExamplesTest {

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = CountExamplesTest.class.getResourceAsStream("counts.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1]))
                    .toList().stream();
        }
    }

    static List<ParticipantCount> extract(String text) {
        return new CountExtractor().extract(new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
    }

    static String describe(List<ParticipantCount> counts) {
        if (counts.isEmpty()) {
            return "-";
        }
        return counts.stream().map(c -> c.value() + "|" + c.unit() + "|" + c.approx()
                + (c.upper() != null ? "|" + c.upper() : "")).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void findsTheCounts(String sentence, String expected) {
        List<ParticipantCount> counts = extract(sentence);
        assertEquals(expected, describe(counts));
        for (ParticipantCount c : counts) {
            assertEquals(sentence.substring(c.span().start(), c.span().end()), c.span().text());
        }
    }
}
