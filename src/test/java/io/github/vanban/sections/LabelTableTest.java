package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.text.NormalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of lines and the label read at their start ({@code labels.tsv}), and of titles and kinds. */
class LabelTableTest {

    private static final LabelReader READER = new LabelReader();

    static List<Arguments> labels() throws IOException {
        return rows("labels.tsv");
    }

    static List<Arguments> kinds() throws IOException {
        return rows("kinds.tsv");
    }

    private static List<Arguments> rows(String name) throws IOException {
        try (InputStream in = LabelTableTest.class.getResourceAsStream(name)) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(Arguments.of((Object[]) line.split("\t")));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("labels")
    void readsTheLabelAtTheStartOfALine(String line, String label, String style) {
        HeadingLabel l = READER.read(NormalizedText.of(line).text());
        if (label.equals("-")) {
            assertNull(l, () -> "no label expected, read " + l);
        } else {
            assertNotNull(l, "a label expected");
            assertEquals(label, l.label());
            assertEquals(LabelStyle.valueOf(style), l.style());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("kinds")
    void readsTheKindOfATitle(String title, String kind, String confident) {
        KindMatch m = SectionKindClassifier.standard().classify(title);
        assertEquals(SectionKind.valueOf(kind), m.kind());
        assertEquals(Boolean.parseBoolean(confident), m.confident(), "confidence");
    }
}
