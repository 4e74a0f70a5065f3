package io.github.vanban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.testing.SharedCorpus;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real sentences from the dev corpus, encoded into each encoding with the tables' inverse, detected and
 * decoded again.
 */
class EncodingDetectorTest {

    /** Short lines (one sentence or heading each) from several dev documents. */
    static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String id : SharedCorpus.devIds()) {
            for (String line : SharedCorpus.devText(id).split("\n")) {
                String s = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (s.length() >= 40 && s.length() <= 160 && s.chars().anyMatch(c -> c > 0x7F)) {
                    out.add(s);
                    break;
                }
            }
            if (out.size() == 12) {
                break;
            }
        }
        assertTrue(out.size() >= 8, "too few dev sentences");
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TCVN3", "VNI", "VISCII"})
    void legacyFontEncodingsAreDetectedAndDecoded(String name) {
        LegacyCharset cs = switch (name) {
            case "TCVN3" -> LegacyCharset.TCVN3;
            case "VNI" -> LegacyCharset.VNI;
            default -> LegacyCharset.VISCII;
        };
        for (String s : sentences()) {
            byte[] bytes = cs.encode(s);
            DecodedText d = EncodingDetector.decode(bytes);
            assertEquals(name, d.encoding(), () -> "detected encoding of: " + s);
            if (cs == LegacyCharset.TCVN3) {
                // TCVN3 keeps accented capitals in separate fonts, with the lower-case bytes: case is lost
                assertEquals(s.toLowerCase(Locale.ROOT), d.text().toLowerCase(Locale.ROOT));
            } else {
                assertEquals(s, d.text());
            }
        }
    }

    @Test
    void tcvn3CapitalsComeBackInUpperCaseWords() {
        String heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, ỦY BAN NHÂN DÂN";
        DecodedText d = EncodingDetector.decode(LegacyCharset.TCVN3.encode(heading + " tỉnh Quảng Nam"));
        assertEquals(heading + " tỉnh Quảng Nam", d.text());
    }

    @Test
    void windows1258IsDetected() {
        Charset cp1258 = Charset.forName("windows-1258");
        for (String s : sentences()) {
            byte[] bytes = toWindows1258Form(s).getBytes(cp1258);
            DecodedText d = EncodingDetector.decode(bytes);
            assertEquals("windows-1258", d.encoding(), () -> "detected encoding of: " + s);
            assertEquals(s, d.text());
        }
    }

    @Test
    void unicodeFormsAreDetected() {
        String s = String.join("\n", sentences());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", EncodingDetector.decode(utf8).encoding());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        DecodedText withBom = EncodingDetector.decode(bom);
        assertEquals("UTF-8 (BOM)", withBom.encoding());
        assertEquals(s, withBom.text());
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(s, EncodingDetector.decode(le).text());
        assertEquals("UTF-16LE (BOM)", EncodingDetector.decode(le).encoding());
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE (BOM)", EncodingDetector.decode(be).encoding());
        assertEquals(s, EncodingDetector.decode(be).text());
        // NFD input comes out NFC
        byte[] nfd = Normalizer.normalize(s, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertEquals(s, EncodingDetector.decode(nfd).text());
    }

    @Test
    void fontTextStoredAsUnicodeIsReadThroughTheFont() {
        // what a .VnTime run looks like when read as if it were Unicode (domain reference §10.2)
        String s = sentences().get(0);
        String fontText = new String(LegacyCharset.VNI.encode(s), Charset.forName("windows-1252"));
        DecodedText d = EncodingDetector.decode(fontText.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8+VNI", d.encoding());
        assertEquals(s, d.text());
        assertEquals("Uỷ ban nhân dân", LegacyCharset.TCVN3.decodeFontText("Uû ban nh©n d©n"));
        assertEquals("Xin chào các bạn", LegacyCharset.VNI.decodeFontText("Xin chaøo caùc baïn"));
    }

    @Test
    void syllableShape() {
        for (String w : new String[] {"nghiêng", "khuya", "quyết", "gì", "giữa", "được", "thuở", "Ủy", "hòa"}) {
            assertTrue(VietnameseText.isSyllable(w), w);
        }
        for (String w : new String[] {"chaøo", "nh©n", "Uû", "bàc", "ơơ", "xyz", "đươcs"}) {
            assertTrue(!VietnameseText.isSyllable(w), w);
        }
    }

    /** Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tone marks as combining characters. */
    static String toWindows1258Form(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            char base = nfd.charAt(i++);
            StringBuilder letterMarks = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(i++);
                ("\u0302\u0306\u031B".indexOf(m) >= 0 ? letterMarks : tones).append(m);
            }
            out.append(Normalizer.normalize(base + letterMarks.toString(), Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
