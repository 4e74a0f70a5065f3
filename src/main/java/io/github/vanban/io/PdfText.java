package io.github.vanban.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a {@code .pdf} file, with Apache PDFBox's {@link PDFTextStripper} (text in reading order by
 * position). A PDF made from a document in a legacy font yields the font's bytes as Latin letters; such
 * text is repaired as in {@link EncodingDetector#repairFontText}. Scanned PDFs without a text layer give
 * an empty text and a warning.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Reads the document {@code name} from its bytes. */
    public static ExtractedText read(String name, byte[] bytes) throws ReadException {
        List<String> warnings = new ArrayList<>();
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ReadException("encrypted", "the PDF forbids text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            text = stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new ReadException("encrypted", "the PDF is password-protected", e);
        } catch (IOException e) {
            throw new ReadException("corrupt", "not a readable PDF: " + e.getMessage(), e);
        }
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        String encoding = "Unicode";
        DecodedText fixed = EncodingDetector.repairFontText(text);
        if (fixed != null) {
            text = fixed.text();
            encoding = "Unicode+" + fixed.encoding();
        }
        if (text.isBlank()) {
            warnings.add("no text layer (a scanned PDF?)");
        }
        return new ExtractedText(name, text, "pdf", encoding, warnings);
    }
}
