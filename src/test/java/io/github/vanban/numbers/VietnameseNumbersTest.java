package io.github.vanban.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseNumbersTest {

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = VietnameseNumbersTest.class.getResourceAsStream("numbers.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f.length > 2 ? f[2] : "", f.length > 3 ? f[3] : "",
                            f.length > 4 ? f[4] : "VIETNAMESE"))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsTheExample(String text, String value, String kind, String read, String convention) {
        Optional<NumberMatch> m = VietnameseNumbers.readAt(text, 0, NumberConvention.valueOf(convention));
        if (value.equals("-")) {
            assertTrue(m.isEmpty(), () -> "no number expected, got " + m);
            return;
        }
        assertTrue(m.isPresent(), "no number read");
        assertEquals(0, new BigDecimal(value).compareTo(m.get().value()), () -> "value " + m.get().value());
        assertEquals(NumberKind.valueOf(kind), m.get().kind());
        assertEquals(read, text.substring(m.get().start(), m.get().end()));
    }

    @Test
    void readsAtAnOffsetInsideASentence() {
        String s = "có sự tham gia của 50 nghìn lượt người";
        NumberMatch m = VietnameseNumbers.readAt(s, s.indexOf("50")).orElseThrow();
        assertEquals(50_000, m.longValueExact());
        assertEquals("50 nghìn", s.substring(m.start(), m.end()));
        assertTrue(VietnameseNumbers.readAt(s, s.indexOf("tham")).isEmpty());
    }

    @Test
    void aWordInsideAnotherWordIsNotRead() {
        assertTrue(VietnameseNumbers.readAt("thai", 1).isEmpty());
    }

    @Test
    void parseWantsTheWholeString() {
        assertEquals(Optional.of(new BigDecimal("1035")), VietnameseNumbers.parse(" 1.035 "));
        assertEquals(Optional.of(new BigDecimal("105")), VietnameseNumbers.parse("một trăm linh năm"));
        assertTrue(VietnameseNumbers.parse("1.035 người").isEmpty());
        assertTrue(VietnameseNumbers.parse("").isEmpty());
        assertTrue(VietnameseNumbers.parse("một trăm năm").isEmpty());
    }

    @Test
    void detectsTheConventionOfAWholeText() {
        assertEquals(NumberConvention.VIETNAMESE,
                VietnameseNumbers.detectConvention("thu 15.710 tỷ đồng, tăng 4,19%; 1.234.567 người"));
        assertEquals(NumberConvention.ENGLISH,
                VietnameseNumbers.detectConvention("giá 1,500,050.30$, tăng 13.5%; 1,035 người"));
        assertEquals(NumberConvention.VIETNAMESE, VietnameseNumbers.detectConvention("1,035 người"));
        assertEquals(NumberConvention.VIETNAMESE, VietnameseNumbers.detectConvention("Mục 1.1. và 2.3.1"));
    }

    @Test
    void integerAndLongValue() {
        NumberMatch m = VietnameseNumbers.readAt("2,5 triệu", 0).orElseThrow();
        assertTrue(m.isInteger());
        assertEquals(2_500_000L, m.longValueExact());
        assertTrue(!VietnameseNumbers.readAt("2,5", 0).orElseThrow().isInteger());
    }

    @Test
    void numberWordsAreKnownInAnyCaseAndOtherWordsAreNot() {
        for (String w : new String[] {"hai", "Hai", "HAI", "tư", "Tư", "TƯ", "âm", "Âm", "nghìn", "NGHÌN", "tỷ"}) {
            assertTrue(VietnameseNumbers.isNumberWord(w), w);
        }
        for (String w : new String[] {"thì", "Thì", "các", "chính", "đã", "tham", "h", "", "haii"}) {
            assertTrue(!VietnameseNumbers.isNumberWord(w), w);
        }
        assertTrue(VietnameseNumbers.isNumberWord("có Ba người", 3, 5));
    }
}
