package io.github.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.Span;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {

    @Test
    void decomposedTextIsComposedAndSpansPointIntoTheDecomposedOriginal() {
        String nfc = "Sáng ngày 2/7/2020, tại Hội trường UBND phường Cẩm Châu";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        NormalizedText t = NormalizedText.of(nfd);
        assertEquals(nfc, t.text());
        int at = t.text().indexOf("Cẩm Châu");
        Span span = t.span(at, at + "Cẩm Châu".length());
        assertEquals(nfd.indexOf(Normalizer.normalize("Cẩm Châu", Normalizer.Form.NFD)), span.start());
        assertEquals(Normalizer.normalize("Cẩm Châu", Normalizer.Form.NFD), span.text());
        assertEquals(nfd.substring(span.start(), span.end()), span.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hoà Bình|Hòa Bình",
        "thuỷ lợi|thủy lợi",
        "Uỷ ban nhân dân|Ủy ban nhân dân",
        "sức khoẻ|sức khỏe",
        "quý I|quý I",
        "hoàng hôn|hoàng hôn",
        "CỘNG HOÀ|CỘNG HÒA",
        "khuyến khích|khuyến khích",
    })
    void toneMarksOfOpenSyllablesArePlacedOneWay(String in, String out) {
        assertEquals(out, NormalizedText.of(in).text());
    }

    @Test
    void looksAlikesAreFoldedWithoutMovingOffsets() {
        String in = "giai đoạn 2021\u20132025\u00A0– “Ngày hội” TT-BGDÐT";
        NormalizedText t = NormalizedText.of(in);
        assertEquals("giai đoạn 2021-2025 - \"Ngày hội\" TT-BGDĐT", t.text());
        assertEquals(in.length(), t.length());
        assertEquals(in.substring(10, 19), t.span(10, 19).text());
    }

    @Test
    void invisibleCharactersAreDroppedAndSpansSkipThem() {
        String in = "\uFEFFNgày\u200B 2/7\r\n2020\u0000";
        NormalizedText t = NormalizedText.of(in);
        assertEquals("Ngày 2/7\n2020", t.text());
        Span s = t.span(0, 4);
        assertEquals("Ngày", s.text());
        assertEquals(1, s.start());
        Span year = t.span(t.text().indexOf("2020"), t.text().length());
        assertEquals("2020", year.text());
        assertEquals(in.indexOf("2020"), year.start());
    }

    @Test
    void loneSurrogatesAreDropped() {
        String in = "a\uD800b\uDC00c\uD83D\uDE00";
        NormalizedText t = NormalizedText.of(in);
        assertEquals("abc\uD83D\uDE00", t.text());
        assertEquals("c", t.span(2, 3).text());
    }

    @Test
    void linesAreIndexed() {
        NormalizedText t = NormalizedText.of("I. A\nII. B\n\nIII. C");
        assertEquals(4, t.lineCount());
        assertEquals(5, t.lineStart(1));
        assertEquals(10, t.lineEnd(1));
        assertEquals(1, t.lineOf(7));
        assertEquals(3, t.lineOf(t.length()));
    }

    @Test
    void everySpanOfAMixedTextIsASubstringOfTheOriginal() {
        String in = Normalizer.normalize("Hoà\u200B thuỷ\r\nỦy ban – “Số”", Normalizer.Form.NFD) + "\uD800x";
        NormalizedText t = NormalizedText.of(in);
        for (int s = 0; s <= t.length(); s++) {
            for (int e = s; e <= t.length(); e++) {
                Span span = t.span(s, e);
                assertTrue(span.start() <= span.end() && span.end() <= in.length());
                assertEquals(in.substring(span.start(), span.end()), span.text());
            }
        }
    }

    @Test
    void matchKeysFoldCaseAndIYVariants() {
        assertEquals(MatchKey.of("kĩ thuật"), MatchKey.of("Kỹ thuật"));
        assertEquals(MatchKey.of("lí do"), MatchKey.of("lý do"));
        assertEquals("ý kiến", MatchKey.of("Ý kiến"));
        assertEquals("quy định", MatchKey.of("Quy định"));
        assertEquals("y tế", MatchKey.of("Y tế"));
    }
}
