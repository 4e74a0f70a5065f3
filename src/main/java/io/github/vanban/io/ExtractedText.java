package io.github.vanban.io;

import java.util.List;
import java.util.Objects;

/**
 * The text a reader took out of one document, ready to parse. Offsets of a parse of {@link #text()} point
 * into this text, not into the original bytes.
 *
 * @param name     the document's name: its path, and inside an archive {@code archive.zip!/dir/file.docx}
 * @param text     the text, NFC Unicode
 * @param format   what the document was: {@code txt}, {@code html}, {@code docx} or {@code pdf}
 * @param encoding the character encoding the text was found in ({@code UTF-8}, {@code TCVN3}, {@code VNI},
 *                 ...); for formats that carry Unicode themselves, {@code Unicode}, or the legacy font
 *                 encoding their runs were typed in
 * @param warnings what the reader noticed and could not resolve (an uncertain encoding, a dropped part)
 */
public record ExtractedText(String name, String text, String format, String encoding, List<String> warnings) {

    public ExtractedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        warnings = List.copyOf(warnings);
    }
}
