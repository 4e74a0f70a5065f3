package io.github.vanban.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.Vanban;
import io.github.vanban.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dev document with a formal header: family, bodies, place, type and signer as read by hand
 * ({@code dev-headers.tsv}).
 */
class DevHeaderTest {

    private static final Vanban VANBAN = Vanban.create();

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = DevHeaderTest.class.getResourceAsStream("dev-headers.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arguments.of((Object[]) line.split("\t", -1)));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsFormalHeader(String doc, String family, String parent, String issuer, String place, String type,
                           String authority, String title, String name) {
        Header h = VANBAN.parse(SharedCorpus.devText(doc)).header();
        assertEquals(family, String.valueOf(h.family()), doc + " family");
        assertEquals(nullIfEmpty(parent), h.parentBody(), doc + " parent body");
        assertEquals(nullIfEmpty(issuer), h.issuingBody(), doc + " issuing body");
        assertEquals(nullIfEmpty(place), h.place(), doc + " place");
        assertEquals(nullIfEmpty(type), h.type(), doc + " type");
        Header.Signer s = h.signer();
        assertEquals(nullIfEmpty(authority), s == null ? null : s.authority(), doc + " signer authority");
        assertEquals(nullIfEmpty(title), s == null ? null : s.title(), doc + " signer title");
        assertEquals(nullIfEmpty(name), s == null ? null : s.name(), doc + " signer name");
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
