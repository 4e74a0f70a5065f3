package io.github.vanban.io;

import java.util.List;

/**
 * Text decoded from bytes, with the encoding it was found in.
 *
 * @param text     NFC Unicode, without a byte-order mark
 * @param encoding the encoding's name: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)},
 *                 {@code UTF-16BE (BOM)}, {@code windows-1258}, {@code TCVN3}, {@code VNI}, {@code VISCII},
 *                 {@code windows-1252}, ...; text that was stored as Unicode characters standing for a
 *                 legacy font's bytes is named for both, as {@code UTF-8+TCVN3}
 * @param warnings what was uncertain
 */
public record DecodedText(String text, String encoding, List<String> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
