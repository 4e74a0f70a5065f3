package io.github.vanban.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.Document;
import io.github.vanban.Vanban;
import io.github.vanban.citations.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example table {@code examples.tsv}: header blocks and web post heads with the fields read from them. */
class HeaderExamplesTest {

    private static final Vanban VANBAN = Vanban.create();

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = HeaderExamplesTest.class.getResourceAsStream("examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    f[0] = f[0].replace("\\n", "\n");
                    rows.add(Arguments.of((Object[]) f));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsHeader(String text, String date, String number, String family, String parent, String issuer,
                     String place, String type, String subject, String webTitle, String citations) {
        Document doc = VANBAN.parse(text);
        Header h = doc.header();
        assertEquals(n(date), doc.documentDate(), "documentDate");
        assertEquals(n(number), doc.documentNumber(), "documentNumber");
        assertEquals(n(family), h.family() == null ? null : h.family().name(), "family");
        assertEquals(n(parent), h.parentBody(), "parent body");
        assertEquals(n(issuer), h.issuingBody(), "issuing body");
        assertEquals(n(place), h.place(), "place");
        assertEquals(n(type), h.type(), "type");
        assertEquals(n(subject), h.subject(), "subject");
        assertEquals(n(webTitle), h.webTitle(), "web title");
        List<String> ids = doc.citations().stream().map(Citation::id).toList();
        assertEquals(citations.isEmpty() ? List.of() : List.of(citations.split("\\|")), ids, "citations");
        if (h.date() != null) {
            assertEquals(h.date().span().text(), text.substring(h.date().span().start(), h.date().span().end()));
        }
    }

    @Test
    void aTextOpeningOnBlankLinesIsReadWholeWithoutWarnings() {
        for (String blank : List.of("\n", "\n\n", "\t\n", "  \n")) {
            Document doc = VANBAN.parse(blank + "Trang chủ | Tin tức\nThứ tư, 05/04/2023 - 15:20\nKết quả hội nghị\n");
            assertEquals(List.of(), doc.warnings(), () -> "opening " + blank.replace("\n", "\\n"));
            assertEquals("2023-04-05", doc.documentDate());
        }
        assertEquals(List.of(), VANBAN.parse("\n").warnings());
    }

    private static String n(String s) {
        return s.isEmpty() ? null : s;
    }
}
