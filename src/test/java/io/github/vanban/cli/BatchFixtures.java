package io.github.vanban.cli;

import io.github.vanban.io.LegacyCharset;
import io.github.vanban.testing.SharedCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the documents and archives the batch tests feed to {@code vanban batch}. */
final class BatchFixtures {

    private BatchFixtures() {
    }

    /** The first lines of a dev document: the passage every format carries. */
    static String passage() {
        String text = SharedCorpus.devText(SharedCorpus.devIds().get(0));
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(30, lines.length); i++) {
            sb.append(Normalizer.normalize(lines[i].stripTrailing(), Normalizer.Form.NFC)).append('\n');
        }
        return sb.toString();
    }

    /** A portal page holding the passage, with a menu, a share bar and the usual tail of a ward portal. */
    static String html(String passage) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tin tức</title>"
                + "<script>var x = 1;</script></head><body>"
                + "<div id=\"menu\"><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gt\">Giới thiệu</a></li></ul></div>"
                + "<div class=\"content\"><div class=\"news-detail\">");
        for (String line : passage.split("\n")) {
            sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        sb.append("<p>Lượt xem:  293 Bản in Quay lại</p><p>Tin đã đưa</p><ul><li>Hội nghị tổng kết năm 2019</li></ul>"
                + "<p>Trang 1 / 6 1 2 3 4 5 6</p></div></div>"
                + "<div class=\"footer\">Bản quyền thuộc Ủy ban nhân dân phường</div></body></html>");
        return sb.toString();
    }

    /** A .docx with one paragraph per line of {@code text}. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = text.split("\n", -1);
            int n = text.endsWith("\n") ? lines.length - 1 : lines.length;
            for (int i = 0; i < n; i++) {
                doc.createParagraph().createRun().setText(lines[i]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A .pdf of the lines of {@code text}; with DejaVu Sans when the machine has it, else Helvetica. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Path ttf = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
            PDFont font = Files.exists(ttf) ? PDType0Font.load(doc, ttf.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            boolean unicode = Files.exists(ttf);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 9);
                cs.setLeading(12);
                cs.newLineAtOffset(36, 750);
                int n = 0;
                for (String line : text.split("\n")) {
                    if (n++ > 55) {
                        break;
                    }
                    String shown = unicode ? line : Normalizer.normalize(line, Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7E]", " ");
                    cs.showText(shown.length() > 110 ? shown.substring(0, 110) : shown);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Entry name -> bytes of the mixed archive: every format, two legacy encodings and a corrupt file. */
    static Map<String, byte[]> mixedEntries(int bulkCopies) throws IOException {
        String passage = passage();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> ids = SharedCorpus.devIds();
        int half = bulkCopies / 2;
        for (int copy = 0; copy < bulkCopies; copy++) {
            if (copy == half) {
                entries.put("mixed/original.txt", passage.getBytes(StandardCharsets.UTF_8));
                entries.put("mixed/tcvn3.txt", LegacyCharset.TCVN3.encode(passage));
                entries.put("mixed/vni.txt", LegacyCharset.VNI.encode(passage));
                entries.put("mixed/page.html", html(passage).getBytes(StandardCharsets.UTF_8));
                entries.put("mixed/report.docx", docx(passage));
                entries.put("mixed/report.pdf", pdf(passage));
                byte[] broken = docx(passage);
                entries.put("mixed/broken.docx", Arrays.copyOf(broken, broken.length / 3));
            }
            for (String id : ids) {
                entries.put("bulk/" + copy + "/" + id + ".txt",
                        SharedCorpus.devText(id).getBytes(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
