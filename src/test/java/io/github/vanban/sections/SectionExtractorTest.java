package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.Document;
import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.Span;
import io.github.vanban.testing.SharedCorpus;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The section layer on short texts built from heading lines of the dev corpus (and the guide's
 * examples): label forms in context, negatives, titles, levels and nesting, spans.
 */
class SectionExtractorTest {

    private static final SectionExtractor EXTRACTOR = new SectionExtractor();

    private static List<Section> sections(String text) {
        return EXTRACTOR.extract(new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
    }

    private static List<Section> flat(List<Section> top) {
        List<Section> all = new ArrayList<>();
        for (Section s : top) {
            all.add(s);
            all.addAll(flat(s.sections()));
        }
        return all;
    }

    /** "label@level" for every section in document order. */
    private static List<String> outline(String text) {
        return flat(sections(text)).stream().map(s -> s.label() + "@" + s.level()).toList();
    }

    // ---- the seed report --------------------------------------------------------------------------

    @Test
    void seedReportHasItsTwoRomanParts() {
        List<Section> top = sections(SharedCorpus.devText("000"));
        assertEquals(2, flat(top).size(), () -> "sections: " + outline(SharedCorpus.devText("000")));
        assertEquals("I", top.get(0).label());
        assertEquals(1, top.get(0).level());
        assertEquals("Kết quả công tác Mặt trận 6 tháng đầu năm 2020, cụ thể:", top.get(0).title());
        assertEquals(SectionKind.RESULTS, top.get(0).kind());
        assertEquals("II", top.get(1).label());
        assertEquals("Triển khai phương hướng hành động 6 tháng cuối năm 2020", top.get(1).title());
        assertEquals(SectionKind.DIRECTIONS, top.get(1).kind());
    }

    // ---- nesting ------------------------------------------------------------------------------------

    @Test
    void aStyleSeenBeforeKeepsItsLevelWhenANewStyleComesInAbove() {
        // clauses "1." first met under an article; points "a)" met later under another article stand
        // beside them, not above them
        String text = """
                QUY CHẾ
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                1. Quy chế này quy định việc phối hợp.
                2. Quy chế áp dụng đối với các chi hội.
                Điều 2. Tuyên truyền
                a) Phối hợp tuyên truyền pháp luật.
                b) Lồng ghép trong sinh hoạt chi hội.
                Điều 3. Trao đổi thông tin
                1. Chi hội kịp thời cung cấp thông tin.
                """;
        assertEquals(List.of("Chương I@1", "Điều 1@2", "1@3", "2@3", "Điều 2@2", "a@3", "b@3", "Điều 3@2", "1@3"),
                outline(text));
    }

    @Test
    void articlesKeepTheirLevelWhenALaterChapterGroupsThemInSections() {
        String text = """
                QUY CHẾ
                Chương I. QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                1. Quy chế này quy định việc phối hợp.
                Chương II. NỘI DUNG PHỐI HỢP
                Mục 1. PHỐI HỢP TUYÊN TRUYỀN
                Điều 2. Tuyên truyền
                Mục 2. PHỐI HỢP NẮM TÌNH HÌNH
                Điều 3. Trao đổi thông tin
                1. Chi hội kịp thời cung cấp thông tin.
                """;
        assertEquals(List.of("Chương I@1", "Điều 1@2", "1@3", "Chương II@1", "Mục 1@2", "Điều 2@2", "Mục 2@2",
                "Điều 3@2", "1@3"), outline(text));
        // where the first chapter opens with a section, articles stand below it
        String grouped = """
                QUY CHẾ
                Chương I. QUY ĐỊNH CHUNG
                Mục 1. PHẠM VI
                Điều 1. Phạm vi điều chỉnh
                1. Quy chế này quy định việc phối hợp.
                """;
        assertEquals(List.of("Chương I@1", "Mục 1@2", "Điều 1@3", "1@4"), outline(grouped));
    }


    @Test
    void nestsByTheOrderStylesAppearIn() {
        String text = """
                KẾ HOẠCH
                I. MỤC ĐÍCH, YÊU CẦU
                Bảo đảm dân chủ.
                II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN
                1. Xây dựng, ban hành các văn bản chỉ đạo, hướng dẫn
                1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực
                2. Tổ chức các hội nghị hiệp thương
                2.1. Chuẩn bị các văn bản về nhân sự
                (1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025
                (2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026
                2.2. Tổ chức Hội nghị tiếp xúc cử tri
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
                """;
        assertEquals(List.of("I@1", "II@1", "1@2", "1.1@3", "2@2", "2.1@3", "(1)@4", "(2)@4", "2.2@3", "III@1",
                "1@2"), outline(text));
        List<Section> top = sections(text);
        assertEquals(3, top.size());
        Section two = top.get(1).sections().get(1);
        assertEquals("2", two.label());
        assertEquals(List.of("2.1", "2.2"), two.sections().stream().map(Section::label).toList());
        assertEquals(List.of("(1)", "(2)"), two.sections().get(0).sections().stream().map(Section::label).toList());
    }

    @Test
    void romanPartsStandAboveArabicEvenWhenTheyComeLater() {
        String text = """
                1. Mục đích
                Giám sát việc thực hiện.
                2. Yêu cầu
                Khách quan.
                II. ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT, ĐÁNH GIÁ
                1. Đối tượng
                """;
        assertEquals(List.of("1@2", "2@2", "II@1", "1@2"), outline(text));
    }

    @Test
    void firstHeadingsNumberedOneAreLevelOne() {
        String text = "Thông báo như sau:\n1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã\n"
                + "2. UBND xã chỉ xem xét, xử lí đơn thư\n";
        assertEquals(List.of("1@1", "2@1"), outline(text));
    }

    @Test
    void dottedLabelsSitBelowWhereArabicWouldStand() {
        String text = "I. MỤC ĐÍCH\n1.1. Nội dung thứ nhất\n1.2. Nội dung thứ hai\nII. NỘI DUNG\n2.1.1 Việc một\n";
        assertEquals(List.of("I@1", "1.1@3", "1.2@3", "II@1", "2.1.1@4"), outline(text));
    }

    @Test
    void aPartIsTheHighestLevelWhenPresentAnywhere() {
        String text = """
                1. Mục đích
                2. Yêu cầu
                3. Quy trình giới thiệu: Các cơ quan tổ chức hội nghị
                3.1. Đối với cơ quan, tổ chức, đơn vị: họp Ban lãnh đạo
                PHỤ LỤC
                Phần 1.\s

                Trình tự thực hiện

                I. ĐỐI VỚI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ
                Phần 2.\s
                Gửi biên bản hội nghị (bước 2) và hồ sơ người ứng cử
                1. Biên bản hội nghị (Bước 2): gửi toàn bộ biên bản
                """;
        assertEquals(List.of("1@3", "2@3", "3@3", "3.1@4", "1@1", "I@2", "2@1", "1@3"), outline(text));
        Section part = sections(text).get(3);
        assertEquals("Trình tự thực hiện", part.title());
    }

    @Test
    void letteredPartsNestAboveRomanWhenTheyComeFirst() {
        String text = """
                Phần thứ nhất
                TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT GIỮA NHIỆM KỲ
                A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC
                I- VỀ PHÁT TRIỂN KINH TẾ
                1. Sản xuất nông nghiệp
                a) Trồng trọt
                b) Chăn nuôi
                """;
        assertEquals(List.of("1@1", "A@2", "I@3", "1@4", "a@5", "b@5"), outline(text));
        assertEquals("TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT GIỮA NHIỆM KỲ", sections(text).get(0).title());
        assertEquals(SectionKind.RESULTS, sections(text).get(0).kind());
    }

    @Test
    void articlesAndChaptersOfARegulation() {
        String text = """
                QUY CHẾ
                Chương I
                NHỮNG QUY ĐỊNH
                CHUNG
                Điều 1. Phạm vi,
                đối tượng điều chỉnh
                1. Quy chế này quy định về nguyên
                2. Chủ tịch, Phó Chủ tịch, Ủy viên Ủy
                Điều 2. Nguyên tắc làm việc của Ủy ban nhân dân xã
                1. Ủy ban nhân dân xã làm việc
                Chương II
                ĐIỀU KHOẢN THI HÀNH
                """;
        assertEquals(List.of("Chương I@1", "Điều 1@2", "1@3", "2@3", "Điều 2@2", "1@3", "Chương II@1"), outline(text));
        List<Section> top = sections(text);
        assertEquals("NHỮNG QUY ĐỊNH", top.get(0).title());
        assertEquals("Phạm vi,", top.get(0).sections().get(0).title());
        assertEquals("ĐIỀU KHOẢN THI HÀNH", top.get(1).title());
    }

    @Test
    void aBareLabelAboveAnotherLabelHasNoTitle() {
        List<Section> all = flat(sections("Điều 1.\n1. Ban hành kèm theo Quyết định này Quy chế\n"));
        assertEquals("", all.get(0).title());
        assertEquals("1", all.get(1).label());
    }

    // ---- titles and spans ------------------------------------------------------------------------------

    @Test
    void titleIsVerbatimFromTheOriginalText() {
        String original = "Báo cáo\nI.\u00a0\u00a0 Kết quả công tác “Dân vận khéo” năm 2020 \nNội dung\n";
        Section s = sections(original).get(0);
        assertEquals("Kết quả công tác “Dân vận khéo” năm 2020", s.title());
        assertEquals("I.\u00a0\u00a0 Kết quả công tác “Dân vận khéo” năm 2020", s.heading().text());
        assertEquals(original.substring(s.heading().start(), s.heading().end()), s.heading().text());
    }

    @Test
    void markdownEmphasisIsNotPartOfLabelOrTitle() {
        List<Section> top = sections("# Kế hoạch\n**I. MỤC ĐÍCH, YÊU CẦU**\nNội dung\n**II.** **TỔ CHỨC THỰC HIỆN**\n");
        assertEquals("I", top.get(0).label());
        assertEquals("MỤC ĐÍCH, YÊU CẦU", top.get(0).title());
        assertEquals(SectionKind.PURPOSE, top.get(0).kind());
        assertEquals("II", top.get(1).label());
        assertEquals("TỔ CHỨC THỰC HIỆN", top.get(1).title());
    }

    @Test
    void bodyRunsToTheNextHeadingOfTheSameOrHigherLevel() {
        String text = "BÁO CÁO\nI. KẾT QUẢ\n1. Công tác tuyên truyền\nĐã tổ chức.\n2. Công tác vận động\nĐã vận động.\n"
                + "II. PHƯƠNG HƯỚNG\nTiếp tục.\n";
        List<Section> top = sections(text);
        Section one = top.get(0);
        Section two = top.get(1);
        assertEquals("I. KẾT QUẢ", one.heading().text());
        assertEquals(two.heading().start(), one.bodyEnd());
        assertTrue(one.body(text).contains("1. Công tác tuyên truyền"));
        assertTrue(one.body(text).contains("Đã vận động."));
        Section first = one.sections().get(0);
        assertEquals(one.sections().get(1).heading().start(), first.bodyEnd());
        assertEquals("\nĐã tổ chức.\n", first.body(text));
        Section last = one.sections().get(1);
        assertEquals(two.heading().start(), last.bodyEnd());
        assertEquals(text.length(), two.bodyEnd());
        assertEquals("\nTiếp tục.\n", two.body(text));
    }

    @Test
    void spansPointIntoTheOriginalString() {
        String original = "Tiêu đề\r\nI - Kết quả\r\nII - Nhiệm vụ trọng tâm\r\nTăng cường\r\n";
        Section s = sections(original).get(1);
        Span h = s.heading();
        assertEquals(original.substring(h.start(), h.end()), h.text());
        assertEquals("II - Nhiệm vụ trọng tâm", h.text());
        assertEquals("Nhiệm vụ trọng tâm", s.title());
        assertEquals(SectionKind.DIRECTIONS, s.kind());
    }

    // ---- negatives -----------------------------------------------------------------------------------

    @Test
    void textWithoutLineBreaksHasNoSections() {
        assertEquals(List.of(), outline("I. Kết quả công tác Mặt trận 6 tháng đầu năm 2020. II. Triển khai phương "
                + "hướng hành động 6 tháng cuối năm 2020."));
        assertEquals(List.of(), outline("1. Sản xuất nông nghiệp\n"));
    }

    @Test
    void numberedItemsInsideALineAreNotSections() {
        assertEquals(List.of(), outline("Thành phần\nĐoàn công tác gồm: 1. ông Nguyễn Văn A; 2. bà Trần Thị B.\n"));
    }

    @Test
    void numbersOpeningADateADocumentNumberAPhoneOrAQuantityAreNotLabels() {
        String text = """
                Thực hiện Quyết định số
                749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển
                đổi số quốc gia giai đoạn
                2020 - 2025;
                Điện thoại:
                024.38837692
                Sáng ngày
                2/7/2020 tại Hội trường UBND phường
                Tổng số người tham dự là
                1.035 người tham dự
                Hỗ trợ
                1.500.000 đồng mỗi hộ
                Số người tham gia là
                1. 035 người
                """;
        assertEquals(List.of(), outline(text));
    }

    @Test
    void aLoneNumberInAWrappedSentenceIsNotAHeading() {
        String text = "Hội nghị được tổ chức trong tháng\n7. Tiếp tục triển khai các nội dung đã đề ra, đồng thời\n"
                + "báo cáo kết quả.\n";
        assertEquals(List.of(), outline(text));
    }

    @Test
    void aLoneArticleNumberIsACitationNotAHeading() {
        String text = "I. KẾT QUẢ\nThực hiện theo quy định tại\nĐiều 5. Luật Bầu cử đại biểu Quốc hội\n"
                + "1. Công tác tuyên truyền\nII. PHƯƠNG HƯỚNG\n";
        assertEquals(List.of("I@1", "1@2", "II@1"), outline(text));
    }

    @Test
    void dashAndBulletItemsAreNotSections() {
        String text = "Nhiệm vụ\n- Tăng cường, đẩy mạnh công tác tuyên truyền\n+ Tổ chức hội nghị\n* Lưu ý:\n"
                + "  • Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV\n";
        assertEquals(List.of(), outline(text));
    }

    @Test
    void headerFieldsAndPageFurnitureAreNotSections() {
        String text = """
                ỦY BAN NHÂN DÂN PHƯỜNG CẨM CHÂU
                Số: 12/BC-UBND
                V/v tiếp tục phối hợp tuyên truyền
                Hội An, ngày 16 tháng 7 năm 2020
                TM. ỦY BAN NHÂN DÂN
                T/M BAN THƯỜNG VỤ
                Trang 1 / 6 1 2 3 4 5 6
                Page 146 - Truyen-thong-BTG
                P. 146
                02/03/2020 07:21 SA
                [1] Theo số liệu của Ban Thường trực
                """;
        assertEquals(List.of(), outline(text));
    }

    @Test
    void initialsAndNamesAreNotLabels() {
        String text = "Tin và ảnh\nV. Hùng\nT.H.\nA.N\nX. Mai - L. Anh\nC. Mác và V. I. Lênin đã chỉ ra\n"
                + "A. Nguyễn\nV.Hùng\nA.Nguyễn\n";
        assertEquals(List.of(), outline(text));
    }

    @Test
    void aCapitalThatContinuesASequenceIsALabel() {
        String roman = "I. MỤC ĐÍCH\nII. NỘI DUNG\nIII. THỜI GIAN\nIV. KINH PHÍ\nV. Tổ chức thực hiện\n";
        assertEquals(List.of("I@1", "II@1", "III@1", "IV@1", "V@1"), outline(roman));
        String letters = "A. Phần mở đầu\nB. Phần nội dung\nC. Phần kết luận\n";
        assertEquals(List.of("A@1", "B@1", "C@1"), outline(letters));
        String throughI = "G. Mục bảy\nH. Mục tám\nI. Mục chín\n";
        List<Section> s = flat(sections(throughI));
        assertEquals(List.of("G@1", "H@1", "I@1"), outline(throughI));
        assertEquals(s.get(0).level(), s.get(2).level());
    }

    @Test
    void romanPartsMayOpenWithAFigureOrAQuote() {
        assertEquals(List.of("I@1", "II@1"), outline("BÁO CÁO\nI. 6 THÁNG ĐẦU NĂM 2020\nII. “Dân vận khéo”\n"));
    }

    @Test
    void footnoteMarksAreNotLabels() {
        List<Section> s = flat(sections("BÁO CÁO\n[1] Số liệu đến ngày 30/6\n[2] Theo báo cáo\nI. KẾT QUẢ[1]\n"));
        assertEquals(1, s.size());
        assertEquals("KẾT QUẢ[1]", s.get(0).title());
    }

    @Test
    void theParserExposesTheSameSections() {
        Document doc = io.github.vanban.Vanban.create().parse("BÁO CÁO\nI. KẾT QUẢ\n1. Tuyên truyền\nII. PHƯƠNG HƯỚNG\n");
        assertEquals(3, doc.allSections().size());
    }
}
