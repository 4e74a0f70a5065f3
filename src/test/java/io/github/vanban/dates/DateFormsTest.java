package io.github.vanban.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.Document;
import io.github.vanban.Feature;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of date forms ({@code forms.tsv}): each phrase with its reference date, the values of the
 * dates found in it, and optionally the text of the first.
 */
class DateFormsTest {

    private static final Vanban VANBAN = Vanban.create();

    static List<Arguments> forms() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DateFormsTest.class.getResourceAsStream("forms.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsTheForm(String text, String reference, String expected, String firstText) {
        ParseOptions options = ParseOptions.defaults().withFeatures(Feature.DATES);
        if (!reference.equals("-")) {
            options = options.withReferenceDate(LocalDate.parse(reference));
        }
        Document doc = VANBAN.parse(text, options);
        String values = doc.dates().stream().map(d -> d.value().timex()).collect(Collectors.joining("; "));
        assertEquals(expected.equals("-") ? "" : expected, values, "values of " + text);
        if (!firstText.isEmpty()) {
            assertEquals(firstText, doc.dates().get(0).span().text(), "text of the first date in " + text);
        }
    }
}
