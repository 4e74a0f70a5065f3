package io.github.vanban.io;

import java.util.Locale;

/**
 * Reads the text out of one document, chosen by the name's extension: {@code .txt} (any of the encodings
 * {@link EncodingDetector} knows), {@code .html}/{@code .htm} (the page's main text, {@link HtmlText}),
 * {@code .docx} ({@link DocxText}) and {@code .pdf} ({@link PdfText}).
 *
 * <p>Thread-safe.
 */
public final class DocumentReaders {

    private DocumentReaders() {
    }

    /** The format of a name ({@code txt}, {@code html}, {@code docx}, {@code pdf}), or null when unknown. */
    public static String formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
        String base = lower.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> "txt";
            case "html", "htm", "xhtml" -> "html";
            case "docx" -> "docx";
            case "pdf" -> "pdf";
            default -> null;
        };
    }

    /**
     * The text of the document {@code name} with content {@code bytes}.
     *
     * @throws ReadException when the format is unknown or the content cannot be read
     */
    public static ExtractedText read(String name, byte[] bytes) throws ReadException {
        String format = formatOf(name);
        if (format == null) {
            throw new ReadException("unknown-format", "not a .txt, .html, .docx or .pdf file");
        }
        if (bytes.length == 0) {
            throw new ReadException("empty", "the file is empty");
        }
        try {
            return switch (format) {
                case "txt" -> {
                    DecodedText d = EncodingDetector.decode(bytes);
                    yield new ExtractedText(name, d.text(), "txt", d.encoding(), d.warnings());
                }
                case "html" -> HtmlText.read(name, bytes);
                case "docx" -> DocxText.read(name, bytes);
                default -> PdfText.read(name, bytes);
            };
        } catch (ReadException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new ReadException("too-large", "out of memory reading the " + format + " file");
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReadException("parser-error", format + " reader failed: " + e, e);
        }
    }
}
