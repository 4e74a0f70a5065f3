package io.github.vanban.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a {@code .docx} file, with Apache POI: the body's paragraphs and tables in order, one line
 * per paragraph, one line per table row with its non-empty cells separated by a space. Each run is read in its font's encoding: a run in a
 * {@code .Vn*} font is TCVN3 ({@code .Vn*H} fonts upper-case), a run in a {@code VNI-*} font is VNI; the
 * rest is Unicode. Text stored as Unicode that still reads as a legacy font's bytes is repaired as in
 * {@link EncodingDetector#repairFontText}.
 */
public final class DocxText {

    private DocxText() {
    }

    /** Reads the document {@code name} from its bytes. */
    public static ExtractedText read(String name, byte[] bytes) throws ReadException {
        List<String> warnings = new ArrayList<>();
        boolean[] fonts = new boolean[2]; // TCVN3, VNI seen
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                append(element, sb, fonts);
            }
        } catch (EncryptedDocumentException e) {
            throw new ReadException("encrypted", "the .docx is password-protected", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ReadException("corrupt", "an old binary Word (.doc) file named .docx, or encrypted", e);
        } catch (IOException e) {
            // POI's own guard against zip bombs inside the .docx (its default limits) reports as an IOException
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb")) {
                throw new ReadException("archive-limit", "the .docx unpacks too far (a zip bomb?): " + msg, e);
            }
            throw new ReadException("corrupt", "not a readable .docx: " + msg, e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ReadException("corrupt", "not a readable .docx: " + e.getMessage(), e);
        }
        String text = java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC);
        String encoding = fonts[0] && fonts[1] ? "Unicode+TCVN3+VNI" : fonts[0] ? "Unicode+TCVN3"
                : fonts[1] ? "Unicode+VNI" : "Unicode";
        if (!fonts[0] && !fonts[1]) {
            DecodedText fixed = EncodingDetector.repairFontText(text);
            if (fixed != null) {
                text = fixed.text();
                encoding = "Unicode+" + fixed.encoding();
                warnings.add("text in a legacy font without the font's name; read as " + fixed.encoding());
            }
        }
        return new ExtractedText(name, text, "docx", encoding, warnings);
    }

    private static void append(IBodyElement element, StringBuilder sb, boolean[] fonts) {
        if (element instanceof XWPFParagraph p) {
            for (XWPFRun run : p.getRuns()) {
                sb.append(runText(run, fonts));
            }
            sb.append('\n');
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                boolean first = true;
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder cellText = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, cellText, fonts);
                    }
                    String c = cellText.toString().strip().replace('\n', ' ');
                    if (c.isEmpty()) {
                        continue;
                    }
                    if (!first) {
                        sb.append(' ');
                    }
                    first = false;
                    sb.append(c);
                }
                if (!first) {
                    sb.append('\n');
                }
            }
        }
    }

    private static String runText(XWPFRun run, boolean[] fonts) {
        String text = run.text();
        if (text == null || text.isEmpty()) {
            return "";
        }
        String font = run.getFontFamily();
        if (font == null) {
            return text;
        }
        String f = font.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            fonts[0] = true;
            String decoded = LegacyCharset.TCVN3.decodeFontText(text);
            return f.endsWith("h") ? decoded.toUpperCase(Locale.ROOT) : decoded;
        }
        if (f.startsWith("vni-") || f.startsWith("vni ")) {
            fonts[1] = true;
            return LegacyCharset.VNI.decodeFontText(text);
        }
        return text;
    }
}
