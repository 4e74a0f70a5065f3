package io.github.vanban.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the encoding of a Vietnamese text and decodes it to NFC Unicode.
 *
 * <ol>
 *   <li>A byte-order mark decides: UTF-8, UTF-16LE, UTF-16BE.</li>
 *   <li>Bytes that are valid UTF-8 are UTF-8.</li>
 *   <li>Text with many zero bytes at every other position is UTF-16 without a mark (ICU4J's
 *       {@link CharsetDetector} is asked too).</li>
 *   <li>Otherwise the bytes are 8-bit: they are decoded under windows-1258, TCVN3, VNI, VISCII and
 *       windows-1252, and the decoding whose words are most often Vietnamese syllables wins
 *       ({@link VietnameseText}). No detector knows the font encodings, so this scoring is the only way
 *       to tell them apart. When no decoding looks Vietnamese, ICU4J's guess is taken and a warning
 *       says so.</li>
 * </ol>
 *
 * <p>Text that decodes as Unicode but consists of windows-1252 characters standing for a legacy font's
 * bytes ({@code Uû ban nh©n d©n}) is re-read through that font's table: see {@link #repairFontText}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EncodingDetector {

    /** How much of a text is scored to choose an encoding. */
    static final int SAMPLE_CHARS = 64 * 1024;
    /** The least score a decoding needs to be taken as Vietnamese. */
    static final double MIN_SCORE = 0.5;
    /** How much better a font re-reading must score than the text as it is. */
    static final double REPAIR_MARGIN = 0.25;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /** Decodes {@code bytes}, finding their encoding. */
    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes}; {@code declared} is the charset the container names (an HTML
     * {@code <meta charset>}), tried after the byte-order mark and before guessing, or null.
     */
    public static DecodedText decode(byte[] bytes, String declared) {
        List<String> warnings = new ArrayList<>();
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = strict(StandardCharsets.UTF_8, bytes, 3);
            if (text != null) {
                return repaired(text, "UTF-8 (BOM)", warnings);
            }
            warnings.add("a UTF-8 byte-order mark, but bytes that are not UTF-8: bad sequences replaced");
            return repaired(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)", warnings);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return repaired(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)", warnings);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return repaired(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)", warnings);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return repaired(utf8, "UTF-8", warnings);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return repaired(new String(bytes, utf16), utf16.name(), warnings);
        }
        if (declared != null) {
            Charset cs = charsetOrNull(declared);
            if (cs != null && !cs.equals(StandardCharsets.UTF_8) && !cs.equals(WINDOWS_1252)
                    && !cs.equals(StandardCharsets.ISO_8859_1)) {
                String text = strict(cs, bytes, 0);
                if (text != null) {
                    return repaired(nfc(text), cs.name(), warnings);
                }
            }
        }
        return eightBit(bytes, warnings);
    }

    private static DecodedText eightBit(byte[] bytes, List<String> warnings) {
        int sampleLen = Math.min(bytes.length, SAMPLE_CHARS);
        String bestName = null;
        double best = -1;
        String[] names = {"windows-1258", "TCVN3", "VNI", "VISCII", "windows-1252"};
        for (String name : names) {
            String sample = decodeAs(name, bytes, sampleLen);
            double score = VietnameseText.score(sample, SAMPLE_CHARS).value();
            if (score > best + 1e-9) {
                best = score;
                bestName = name;
            }
        }
        if (best < MIN_SCORE) {
            String guess = icuGuess(bytes);
            Charset cs = charsetOrNull(guess);
            if (cs != null) {
                warnings.add("encoding uncertain: no decoding reads as Vietnamese; took " + cs.name());
                return new DecodedText(nfc(new String(bytes, cs)), cs.name(), warnings);
            }
            warnings.add("encoding uncertain: no decoding reads as Vietnamese; took " + bestName);
        }
        return new DecodedText(decodeAs(bestName, bytes, bytes.length), bestName, warnings);
    }

    /** {@code len} bytes decoded under the named candidate, NFC. */
    static String decodeAs(String name, byte[] bytes, int len) {
        return switch (name) {
            case "TCVN3" -> LegacyCharset.TCVN3.decode(bytes, 0, len);
            case "VNI" -> LegacyCharset.VNI.decode(bytes, 0, len);
            case "VISCII" -> LegacyCharset.VISCII.decode(bytes, 0, len);
            case "windows-1258" -> nfc(new String(bytes, 0, len, WINDOWS_1258));
            default -> nfc(new String(bytes, 0, len, WINDOWS_1252));
        };
    }

    /**
     * Re-reads Unicode text that stands for a legacy font's bytes. Word processors keep a run typed in a
     * {@code .VnTime} or {@code VNI-Times} font as the windows-1252 characters of its bytes, so such text
     * arrives as {@code Uû ban nh©n d©n} from a .docx, a PDF or a page saved as UTF-8. When the lines made
     * only of windows-1252 characters read clearly better as TCVN3 or VNI, those lines are converted.
     *
     * @return the font's name and the converted text, or null when the text is fine as it is
     */
    public static DecodedText repairFontText(String text) {
        StringBuilder candidates = new StringBuilder();
        int start = 0;
        int len = text.length();
        while (start < len && candidates.length() < SAMPLE_CHARS) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = len;
            }
            if (isFontLine(text, start, end)) {
                candidates.append(text, start, end).append('\n');
            }
            start = end + 1;
        }
        if (candidates.length() == 0 || !hasForeignLetter(candidates)) {
            return null;
        }
        String sample = candidates.toString();
        double asIs = VietnameseText.score(sample, SAMPLE_CHARS).value();
        LegacyCharset bestCs = null;
        double best = asIs + REPAIR_MARGIN;
        for (LegacyCharset cs : new LegacyCharset[] {LegacyCharset.TCVN3, LegacyCharset.VNI}) {
            double score = VietnameseText.score(cs.decodeFontText(sample), SAMPLE_CHARS).value();
            if (score > best && score >= MIN_SCORE) {
                best = score;
                bestCs = cs;
            }
        }
        if (bestCs == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(len);
        start = 0;
        while (start <= len) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = len;
            }
            if (isFontLine(text, start, end)) {
                out.append(bestCs.decodeFontText(text.subSequence(start, end)));
            } else {
                out.append(text, start, end);
            }
            if (end < len) {
                out.append('\n');
            }
            start = end + 1;
        }
        return new DecodedText(out.toString(), bestCs.name(), List.of());
    }

    /**
     * True when {@code s} holds a character of windows-1252's upper half that is not one of the Vietnamese
     * letters Latin-1 has: font text always does ({@code ©}, {@code ø}, {@code ¸}), Unicode Vietnamese
     * whose line happens to fit windows-1252 ({@code Ngày}) does not.
     */
    private static boolean hasForeignLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u00A0";

    /** A line with a character of windows-1252's upper half and none beyond it. */
    private static boolean isFontLine(String text, int start, int end) {
        boolean high = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (LegacyCharset.windows1252Byte(c) < 0) {
                    return false;
                }
                high = true;
            }
        }
        return high;
    }

    private static DecodedText repaired(String text, String encoding, List<String> warnings) {
        String t = nfc(text);
        DecodedText fixed = repairFontText(t);
        if (fixed != null) {
            return new DecodedText(fixed.text(), encoding + "+" + fixed.encoding(), warnings);
        }
        return new DecodedText(t, encoding, warnings);
    }

    private static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        String icu = icuGuess(bytes);
        if (icu != null && icu.startsWith("UTF-16")) {
            return charsetOrNull(icu);
        }
        return null;
    }

    private static String icuGuess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > SAMPLE_CHARS ? java.util.Arrays.copyOf(bytes, SAMPLE_CHARS) : bytes);
        CharsetMatch match = detector.detect();
        return match == null || match.getConfidence() < 30 ? null : match.getName();
    }

    private static Charset charsetOrNull(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(Charset cs, byte[] bytes, int off) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
