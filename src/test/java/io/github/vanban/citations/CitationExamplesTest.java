package io.github.vanban.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.Vanban;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example table {@code examples.tsv}: each phrase, the citations it holds, and fields of the first. */
class CitationExamplesTest {

    private static final Vanban VANBAN = Vanban.create();

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = CitationExamplesTest.class.getResourceAsStream("examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(Arguments.of(f[0].replace("\\n", "\n"), f[1], f.length > 2 ? f[2] : ""));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsExample(String text, String expected, String details) {
        List<Citation> found = VANBAN.parse(text).citations();
        List<String> keys = new ArrayList<>();
        for (Citation c : found) {
            keys.add(c.id() != null ? c.id() : "title:" + c.title());
            assertEquals(c.span().text(), text.substring(c.span().start(), c.span().end()));
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split("\\|")), keys, text);
        if (details.isEmpty()) {
            return;
        }
        Citation c = found.get(0);
        for (String kv : details.split(";")) {
            int eq = kv.indexOf('=');
            String key = kv.substring(0, eq);
            String want = kv.substring(eq + 1);
            assertEquals(want.isEmpty() ? null : want, field(c, key), key + " of " + text);
        }
    }

    private static String field(Citation c, String key) {
        Object v = switch (key) {
            case "number" -> c.number();
            case "year" -> c.year();
            case "type" -> c.type();
            case "typeName" -> c.typeName();
            case "typeGloss" -> c.typeGloss();
            case "issuer" -> c.issuer();
            case "issuerName" -> c.issuerName();
            case "system" -> c.system();
            case "issuedOn" -> c.issuedOn();
            case "issuingBody" -> c.issuingBody();
            case "title" -> c.title();
            default -> throw new IllegalArgumentException("unknown field " + key);
        };
        return v == null ? null : v.toString();
    }
}
