package io.github.vanban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class ReadersTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void htmlKeepsTheArticleAndDropsPortalFurniture() throws ReadException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                + "<div class=\"top-menu\"><a>Trang chủ</a> <a>Tin tức - Sự kiện</a> <a>Văn bản</a></div>"
                + "<table><tr><td class=\"left-col\"><ul><li>Giới thiệu chung</li><li>Lịch công tác</li></ul></td>"
                + "<td><h1>Hội nghị sơ kết 6 tháng đầu năm 2020</h1>"
                + "<div class=\"journal-content-article\">"
                + "<p>Sáng ngày 2/7/2020, tại Hội trường UBND phường, Ủy ban MTTQ phường tổ chức hội nghị sơ kết.</p>"
                + "<p>Theo Kế hoạch số 15/KH-MTTQ ngày 10/6/2020, các chi hội đã triển khai nhiều hoạt động thiết thực.</p>"
                + "<p>Ngày đăng 05/07/2022 | 13:29 | Lượt xem: 90</p>"
                + "<p>Lượt xem:  293 Bản in Quay lại</p></div>"
                + "<p>Tin đã đưa</p><ul><li>Đại hội chi bộ khu phố 3</li></ul><p>Trang 1 / 6 1 2 3 4 5 6</p>"
                + "</td></tr></table><div id=\"footer\">Cổng thông tin điện tử phường</div></body></html>";
        ExtractedText t = DocumentReaders.read("site/tin.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("html", t.format());
        assertEquals("UTF-8", t.encoding());
        String text = t.text();
        assertTrue(text.startsWith("Hội nghị sơ kết 6 tháng đầu năm 2020\n"), text);
        assertTrue(text.contains("Kế hoạch số 15/KH-MTTQ ngày 10/6/2020"), text);
        for (String gone : new String[] {"Trang chủ", "Giới thiệu chung", "Lượt xem", "Quay lại", "Tin đã đưa",
                "Đại hội chi bộ", "Trang 1 / 6", "Cổng thông tin"}) {
            assertFalse(text.contains(gone), gone + " kept: " + text);
        }
    }

    @Test
    void htmlInALegacyEncodingIsDetected() throws ReadException {
        String body = "<html><body><p>Ủy ban nhân dân xã Hòa Phong tổ chức hội nghị tổng kết công tác năm 2019 "
                + "và triển khai nhiệm vụ năm 2020.</p></body></html>";
        ExtractedText t = DocumentReaders.read("a.htm", LegacyCharset.VNI.encode(body));
        assertEquals("VNI", t.encoding());
        assertTrue(t.text().contains("Ủy ban nhân dân xã Hòa Phong tổ chức hội nghị"), t.text());
    }

    @Test
    void docxRunsInLegacyFontsAreReadThroughTheirFont() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            XWPFRun h = title.createRun();
            h.setFontFamily(".VnTimeH");
            h.setText(new String(LegacyCharset.TCVN3.encode("cộng hòa xã hội chủ nghĩa việt nam"), CP1252));
            XWPFParagraph body = doc.createParagraph();
            XWPFRun r1 = body.createRun();
            r1.setFontFamily(".VnTime");
            r1.setText(new String(LegacyCharset.TCVN3.encode("Thực hiện Kế hoạch số 15/KH-UBND, "), CP1252));
            XWPFRun r2 = body.createRun();
            r2.setFontFamily("VNI-Times");
            r2.setText(new String(LegacyCharset.VNI.encode("Ủy ban nhân dân phường "), CP1252));
            XWPFRun r3 = body.createRun();
            r3.setFontFamily("Times New Roman");
            r3.setText("báo cáo như sau:");
            doc.createTable(1, 2).getRow(0).getCell(1).setText("Nơi nhận");
            doc.write(out);
            bytes = out.toByteArray();
        }
        ExtractedText t = DocumentReaders.read("x/bc.docx", bytes);
        assertEquals("Unicode+TCVN3+VNI", t.encoding());
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Thực hiện Kế hoạch số 15/KH-UBND, Ủy ban nhân dân phường báo cáo như sau:\nNơi nhận\n", t.text());
    }

    @Test
    void brokenAndProtectedFilesGiveReasons() throws Exception {
        ReadException corrupt = assertThrows(ReadException.class,
                () -> DocumentReaders.read("a.docx", "not a zip at all".getBytes(StandardCharsets.UTF_8)));
        assertEquals("corrupt", corrupt.reason());
        assertEquals("corrupt", assertThrows(ReadException.class,
                () -> DocumentReaders.read("a.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8))).reason());
        assertEquals("unknown-format", assertThrows(ReadException.class,
                () -> DocumentReaders.read("a.xls", new byte[] {1, 2})).reason());
        assertEquals("empty", assertThrows(ReadException.class,
                () -> DocumentReaders.read("a.txt", new byte[0])).reason());
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        byte[] protectedPdf = pdf;
        assertEquals("encrypted", assertThrows(ReadException.class,
                () -> DocumentReaders.read("p.pdf", protectedPdf)).reason());
    }

    @Test
    void formats() {
        assertEquals("txt", DocumentReaders.formatOf("a.zip!/X/Y.TXT"));
        assertEquals("html", DocumentReaders.formatOf("tin.htm"));
        assertEquals("docx", DocumentReaders.formatOf("bc.docx"));
        assertEquals("pdf", DocumentReaders.formatOf("bc.pdf"));
        assertEquals(null, DocumentReaders.formatOf("bc.doc"));
        assertEquals(null, DocumentReaders.formatOf("README"));
    }

    @Test
    void unsafeEntryPaths() {
        assertTrue(DocumentWalker.unsafePath("../x.txt"));
        assertTrue(DocumentWalker.unsafePath("a/../../x.txt"));
        assertTrue(DocumentWalker.unsafePath("/etc/passwd"));
        assertTrue(DocumentWalker.unsafePath("..\\x.txt"));
        assertTrue(DocumentWalker.unsafePath("C:/x.txt"));
        assertFalse(DocumentWalker.unsafePath("a/b..c/x.txt"));
        assertFalse(DocumentWalker.unsafePath("a/b/x.txt"));
    }
}
