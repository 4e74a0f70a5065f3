package io.github.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.json.DocumentJson;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * Properties that hold for any input: {@code parse} returns; every span lies inside the input and its
 * text is the input's substring at its offsets; the same input gives the same result; the decomposed
 * form of a text gives the same values as its composed form.
 */
class ParsePropertiesTest {

    private static final Vanban VANBAN = Vanban.create();

    /** Pieces of administrative text, so that generated inputs reach deep into every extractor. */
    private static final List<String> PIECES = List.of(
            "\n", "\n\n", " ", "  ", ", ", ". ", ": ", "; ", "-", "/", "(", ")", "\"", "**",
            "I.", "II.", "III -", "IV:", "1.", "2)", "3/", "1.1.", "2.3.1", "a)", "b.", "(1)", "A.", "Điều 1.",
            "Chương I", "Mục 2", "PHẦN THỨ HAI", "Số:", "Số: 12/BC-UBND", "Trang 1 / 6",
            "ngày", "Ngày", "tháng", "năm", "quý", "quý I/2020", "2/7/2020", "02-07-2020", "ngày 2 tháng 7 năm 2020",
            "6 tháng đầu năm", "6 tháng cuối năm 2020", "9 tháng đầu năm 2020", "nhiệm kỳ 2019-2024",
            "giai đoạn 2021 – 2025", "từ ngày 1/7 đến ngày 15/7/2020", "8 giờ 30 phút", "8h30", "sáng", "chiều",
            "Tết Nguyên đán Canh Tý", "rằm tháng Giêng", "âm lịch", "hôm nay", "năm ngoái", "31/2/2020",
            "217-QĐ/TƯ", "62 KL/TW", "281/QĐ-TTg", "30/2020/NĐ-CP", "80/2015/QH13", "03/2016/TTLT-BNV-BTC",
            "15/KH-MTTQ-BTT", "Luật Tổ chức chính quyền địa phương", "Hiến pháp năm 2013", "Quyết định số",
            "1.035", "1.234.567", "2,5", "hai mươi lăm", "một trăm linh năm", "3 vạn", "hơn", "gần", "khoảng",
            "lượt người", "người", "đại biểu", "hộ gia đình", "cán bộ, đảng viên và nhân dân", "tham dự", "tham gia",
            "436/438", "56 tổ dân cư", "UBND phường", "Hội An, ngày 16 tháng 7 năm 2020", "BÁO CÁO", "Nơi nhận:",
            "TM. ỦY BAN NHÂN DÂN", "hoà", "thuỷ", "\u00A0", "\u200B", "\uFEFF", "\r\n", "\t", "\u0301", "\u0000",
            "\uD800", "\uDC00", "😀", "Ð", "–", "“", "”", "9999999999999999999999", "////", "....", "0");

    @Provide
    Arbitrary<String> administrativeText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Combinators.combine(administrativeText(), anyText(), administrativeText())
                .as((a, b, c) -> a + b + c);
    }

    @Property(tries = 400)
    void spansLieInsideAnyInput(@ForAll("mixedText") String text) {
        Document d = VANBAN.parse(text);
        io.github.vanban.fuzz.FuzzChecksAccess.check(text, d);
    }

    @Property(tries = 400)
    void spansLieInsideAdministrativeText(@ForAll("administrativeText") String text) {
        io.github.vanban.fuzz.FuzzChecksAccess.check(text, VANBAN.parse(text));
    }

    @Property(tries = 200)
    void theSameInputGivesTheSameResult(@ForAll("administrativeText") String text) {
        assertEquals(DocumentJson.write(VANBAN.parse(text), false), DocumentJson.write(VANBAN.parse(text), false));
    }

    @Property(tries = 300)
    void decomposedTextGivesTheSameValues(@ForAll("administrativeText") String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        Document a = VANBAN.parse(nfc);
        Document b = VANBAN.parse(nfd);
        io.github.vanban.fuzz.FuzzChecksAccess.check(nfd, b);
        assertEquals(values(a), values(b));
    }

    private static List<String> values(Document d) {
        List<String> out = new java.util.ArrayList<>();
        d.allSections().forEach(s -> out.add("S " + s.label() + " " + s.level() + " " + nfc(s.title()) + " " + s.kind()));
        d.dates().forEach(x -> out.add("D " + x.value().timex() + " " + nfc(x.span().text())));
        d.citations().forEach(x -> out.add("C " + x.id() + " " + nfc(x.title())));
        d.counts().forEach(x -> out.add("N " + x.value() + " " + x.unit() + " " + x.approx()));
        out.add("H " + d.documentDate() + " " + d.documentNumber());
        return out;
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
