package io.github.vanban.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.Document;
import io.github.vanban.Feature;
import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.text.NormalizedText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private static final Vanban VANBAN = Vanban.create();
    private static final ParseOptions DATES = ParseOptions.defaults().withFeatures(Feature.DATES);

    private static Document parse(String text) {
        return VANBAN.parse(text, DATES);
    }

    private static List<String> values(Document doc) {
        return doc.dates().stream().map(d -> d.value().timex()).collect(Collectors.toList());
    }

    @Test
    void anImpossibleDateIsDroppedWithAWarning() {
        Document doc = parse("Hội nghị họp ngày 31/2/2020 tại hội trường.");
        assertTrue(doc.dates().isEmpty());
        assertEquals(1, doc.warnings().size());
        assertEquals("dates.impossible", doc.warnings().get(0).code());
        assertEquals("ngày 31/2/2020", doc.warnings().get(0).span().text());
    }

    @Test
    void theYearOfAnImpossibleDateIsNotReadAsAYear() {
        assertEquals(List.of(), values(parse("ngày 30/2/2021")));
    }

    @Test
    void aYearlessDayTakesTheNearestYearBefore() {
        Document doc = parse("Quý 1 năm 2024, xã đã làm tốt. Sáng 26/3, hội nghị họp. Năm 2019 cũng vậy.");
        assertEquals(List.of("2024-Q1", "2024-03-26TMO", "2019"), values(doc));
        assertTrue(doc.dates().get(1).value().yearInferred());
        assertFalse(doc.dates().get(0).value().yearInferred());
    }

    @Test
    void withNoYearBeforeItTheNearestAfterLendsIt() {
        assertEquals(List.of("2020-10-23", "2020"), values(parse("Ngày 23/10, lớp học khai giảng năm 2020.")));
    }

    @Test
    void rangesAndTermsLendNoYear() {
        assertEquals(List.of("1946-03-27/2021-03-27", "XXXX-03-26TMO", "2020/2025"),
                values(parse("Kỷ niệm (27-3-1946 - 27-3-2021), sáng 26-3, đại hội nhiệm kỳ 2020-2025.")));
    }

    @Test
    void theDateLineOfTheDocumentLendsItsYearFirst() {
        String text = "ỦY BAN NHÂN DÂN\nHội An, ngày 16 tháng 7 năm 2020\nNăm 2019 đã qua. Ngày 2/9 tổ chức lễ.";
        assertEquals(List.of("2020-07-16", "2019", "2020-09-02"), values(parse(text)));
    }

    @Test
    void theReferenceDateLendsItsYearOnlyWhenTheDocumentGivesNone() {
        ParseOptions options = DATES.withReferenceDate(LocalDate.of(2021, 5, 1));
        assertEquals(List.of("2021-09-02"), values(VANBAN.parse("Ngày 2/9 tổ chức lễ.", options)));
        assertEquals(List.of("2019", "2019-09-02"), values(VANBAN.parse("Năm 2019: ngày 2/9 tổ chức lễ.", options)));
    }

    @Test
    void relativeDatesCountFromTheReferenceDate() {
        ParseOptions options = DATES.withReferenceDate(LocalDate.of(2020, 7, 16));
        Document doc = VANBAN.parse("Hôm qua đoàn đến; năm ngoái đã có kế hoạch.", options);
        assertEquals(List.of("2020-07-15", "2019"), values(doc));
        assertEquals("Hôm qua", doc.dates().get(0).span().text());
    }

    @Test
    void relativeDatesWithoutAnyReferenceAreLeftOut() {
        assertEquals(List.of(), values(parse("Hôm nay đoàn đến.")));
    }

    @Test
    void sameDayTakesTheDayBefore() {
        Document doc = parse("Sáng ngày 2/7/2020 khai mạc; 16h15 chiều cùng ngày bế mạc.");
        DayValue d = (DayValue) doc.dates().get(1).value();
        assertEquals(LocalDate.of(2020, 7, 2), d.date());
        assertEquals(LocalTime.of(16, 15), d.time());
        assertEquals("16h15 chiều cùng ngày", doc.dates().get(1).span().text());
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "Nhiệm kỳ 2016 \u2013 2021, ngày\u00a02/7/2020.";
        Document doc = parse(text);
        for (DateMention m : doc.dates()) {
            assertEquals(text.substring(m.span().start(), m.span().end()), m.span().text());
        }
        assertEquals("Nhiệm kỳ 2016 \u2013 2021", doc.dates().get(0).span().text());
        assertEquals("2016/2021", doc.dates().get(0).value().timex());
    }

    @Test
    void valuesKnowTheirFirstAndLastDays() {
        DateValue h1 = parse("6 tháng đầu năm 2020").dates().get(0).value();
        assertEquals(LocalDate.of(2020, 1, 1), h1.firstDay());
        assertEquals(LocalDate.of(2020, 6, 30), h1.lastDay());
        DateValue q = parse("quý IV/2019").dates().get(0).value();
        assertEquals(LocalDate.of(2019, 10, 1), q.firstDay());
        assertEquals(LocalDate.of(2019, 12, 31), q.lastDay());
        DateValue range = parse("từ ngày 1/7 đến ngày 15/7/2020").dates().get(0).value();
        assertEquals(LocalDate.of(2020, 7, 1), range.firstDay());
        assertEquals(LocalDate.of(2020, 7, 15), range.lastDay());
        DateValue open = parse("từ năm 1986 đến nay").dates().get(0).value();
        assertEquals(LocalDate.of(1986, 1, 1), open.firstDay());
        assertNull(open.lastDay());
        DateValue unknown = parse("6 tháng cuối năm").dates().get(0).value();
        assertEquals("XXXX-H2", unknown.timex());
        assertNull(unknown.firstDay());
        DateValue week = VANBAN.parse("tuần tới", DATES.withReferenceDate(LocalDate.of(2020, 7, 16)))
                .dates().get(0).value();
        assertEquals(LocalDate.of(2020, 7, 20), week.firstDay());
        assertEquals(LocalDate.of(2020, 7, 26), week.lastDay());
        assertEquals(LocalDate.of(1900, 1, 1), parse("thế kỷ XX").dates().get(0).value().firstDay());
    }

    @Test
    void aLunarYearNameThatDisagreesWithTheNumberKeepsTheNumberAndWarns() {
        Document doc = parse("Tết Nguyên đán Canh Tý 2021");
        assertEquals(List.of("2021-02-12"), values(doc));
        assertEquals("dates.lunarYear", doc.warnings().get(0).code());
    }

    @Test
    void parseAtReadsTheDateLineOfAHeader() {
        String text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 05 tháng 3 năm 2020\nBÁO CÁO";
        ParseContext context = new ParseContext(NormalizedText.of(text), ParseOptions.defaults());
        int start = text.indexOf("Hà Nội");
        Optional<DateMention> d = DateParser.standard().parseAt(context, start, text.indexOf("\nBÁO"));
        assertTrue(d.isPresent());
        assertEquals("ngày 05 tháng 3 năm 2020", d.get().span().text());
        assertEquals("2020-03-05", d.get().value().timex());
        assertTrue(DateParser.standard().parseAt(context, 0, start).isEmpty());
    }

    @Test
    void parseAtReadsAPostingLine() {
        String text = "Ngày đăng 05/07/2022 | 13:29 | Lượt xem: 90";
        ParseContext context = new ParseContext(NormalizedText.of(text), ParseOptions.defaults());
        DateMention d = DateParser.standard().parseAt(context, 0, text.length()).orElseThrow();
        assertEquals("2022-07-05T13:29", d.value().timex());
        assertEquals("05/07/2022 | 13:29", d.span().text());
    }

    @Test
    void parseAllReadsEveryDateOfARange() {
        String text = "Số: 12/BC-UBND Hội An, ngày 16 tháng 7 năm 2020. Ngày 2/9 họp.";
        ParseContext context = new ParseContext(NormalizedText.of(text), ParseOptions.defaults());
        List<DateMention> all = DateParser.standard().parseAll(context, 0, text.length());
        assertEquals(List.of("2020-07-16", "XXXX-09-02"), all.stream().map(d -> d.value().timex()).toList());
    }

    @Test
    void badInputNeverThrows() {
        for (String s : new String[] {"", "ngày", "ngày 12/", "tháng", "quý", "từ", "từ ngày", "2020-",
            "giai đoạn", "nhiệm kỳ (", "(", "8h", "99:99 1/1/2020", "99999999999/12/2020", "Tết Nguyên đán Canh",
            "rằm tháng", "thế kỷ MMMMMMMMMMMMMMM", "thập niên 5", "ngày 1 tháng 1 năm 9999"}) {
            parse(s);
        }
    }
}
