package io.github.vanban.io;

import io.github.vanban.text.ResourceTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A legacy 8-bit Vietnamese font encoding: TCVN3 (ABC), VNI-Windows or VISCII. No JDK or ICU charset knows
 * them; their tables are resource data ({@code tcvn3.tsv}, {@code vni.tsv}, {@code viscii.tsv}).
 *
 * <p>TCVN3 and VISCII give every byte one character. VNI spells most letters with two bytes, a base
 * letter and a mark byte; a mark byte that follows no base letter, and every byte that spells no letter,
 * is read as windows-1252, which is how the VNI fonts lay out everything else.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegacyCharset {

    /** What windows-1252 makes of bytes 80-FF; its five unassigned bytes read as the C1 controls. */
    private static final String CP1252_HIGH = windows1252High();

    /** TCVN3 (ABC), the {@code .VnTime} fonts. Accented capitals share the lower-case bytes. */
    public static final LegacyCharset TCVN3 = load("TCVN3", "tcvn3.tsv");
    /** VNI-Windows, the {@code VNI-Times} fonts. */
    public static final LegacyCharset VNI = load("VNI", "vni.tsv");
    /** VISCII 1.1. */
    public static final LegacyCharset VISCII = load("VISCII", "viscii.tsv");


    private final String name;
    /** What each single byte reads as. */
    private final char[] single = new char[256];
    /** Two-byte spellings: (first << 8 | second) -> character; empty for single-byte encodings. */
    private final Map<Integer, Character> pairs;
    /** Which bytes may start a two-byte spelling. */
    private final boolean[] pairStart = new boolean[256];
    /** Unicode character -> its bytes (1 or 2), for {@link #encode}. */
    private final Map<Character, byte[]> inverse;

    private LegacyCharset(String name, Map<Integer, Character> pairs, Map<Character, byte[]> inverse) {
        this.name = name;
        this.pairs = pairs;
        this.inverse = inverse;
    }

    /** The encoding's name as recorded in the output: {@code TCVN3}, {@code VNI} or {@code VISCII}. */
    public String name() {
        return name;
    }

    /** The three legacy Vietnamese encodings. */
    public static LegacyCharset[] all() {
        return new LegacyCharset[] {TCVN3, VNI, VISCII};
    }

    /** Decodes {@code bytes} into NFC Unicode. */
    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code len} bytes from {@code off} into NFC Unicode. */
    public String decode(byte[] bytes, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int end = off + len;
        for (int i = off; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (pairStart[b] && i + 1 < end) {
                Character c = pairs.get(b << 8 | (bytes[i + 1] & 0xFF));
                if (c != null) {
                    sb.append(c.charValue());
                    i++;
                    continue;
                }
            }
            sb.append(single[b]);
        }
        return this == TCVN3 ? restoreCapitals(nfc(sb)) : nfc(sb);
    }

    /**
     * TCVN3 writes accented capitals with the lower-case bytes (in the {@code .VnTimeH} fonts), so
     * {@code CỘNG HÒA XÃ} decodes as {@code CộNG HòA Xã}. A word whose letters after the first include a
     * capital is upper-cased whole; then a word with only its first letter capital whose neighbours on
     * the line are both all capitals (or the line's edge, with at least one capital neighbour) is too.
     * {@code Uỷ ban} keeps its case.
     */
    static String restoreCapitals(String text) {
        char[] c = text.toCharArray();
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetter(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < c.length && Character.isLetter(c[i])) {
                i++;
            }
            words.add(new int[] {s, i});
        }
        boolean[] caps = new boolean[words.size()];
        boolean changed = false;
        for (int w = 0; w < words.size(); w++) {
            int s = words.get(w)[0];
            int e = words.get(w)[1];
            boolean innerUpper = false;
            boolean asciiLower = false;
            boolean otherLower = false;
            for (int k = s; k < e; k++) {
                if (k > s && Character.isUpperCase(c[k])) {
                    innerUpper = true;
                }
                if (c[k] >= 'a' && c[k] <= 'z') {
                    asciiLower = true;
                } else if (Character.isLowerCase(c[k])) {
                    otherLower = true;
                }
            }
            if (innerUpper && !asciiLower) {
                if (otherLower) {
                    upper(c, s, e);
                    changed = true;
                }
                caps[w] = e - s >= 2;
            }
        }
        for (int w = 0; w < words.size(); w++) {
            int s = words.get(w)[0];
            int e = words.get(w)[1];
            if (caps[w] || !Character.isUpperCase(c[s])) {
                continue;
            }
            boolean rest = true;
            boolean otherLower = false;
            for (int k = s + 1; k < e; k++) {
                if (c[k] >= 'a' && c[k] <= 'z') {
                    rest = false;
                } else if (Character.isLowerCase(c[k])) {
                    otherLower = true;
                }
            }
            if (!rest || !otherLower) {
                continue;
            }
            Boolean before = w > 0 && sameLine(c, words.get(w - 1)[1], s) ? caps[w - 1] : null;
            Boolean after = w + 1 < words.size() && sameLine(c, e, words.get(w + 1)[0]) ? caps[w + 1] : null;
            boolean ok = (before == null || before) && (after == null || after) && (before != null || after != null);
            if (ok) {
                upper(c, s, e);
                changed = true;
            }
        }
        return changed ? new String(c) : text;
    }

    private static boolean sameLine(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c[k] == '\n') {
                return false;
            }
        }
        return true;
    }

    private static void upper(char[] c, int s, int e) {
        for (int k = s; k < e; k++) {
            c[k] = Character.toUpperCase(c[k]);
        }
    }

    /**
     * Reads text whose characters stand for the bytes of this encoding: what a word processor shows as
     * {@code Uû ban nh©n d©n} when a {@code .VnTime} run is read as if it were Unicode. Characters
     * outside windows-1252 are kept as they are.
     */
    public String decodeFontText(CharSequence fontText) {
        byte[] bytes = new byte[fontText.length()];
        StringBuilder out = new StringBuilder(fontText.length());
        int n = 0;
        for (int i = 0; i < fontText.length(); i++) {
            char c = fontText.charAt(i);
            int b = windows1252Byte(c);
            if (b < 0) {
                if (n > 0) {
                    out.append(decode(bytes, 0, n));
                    n = 0;
                }
                out.append(c);
            } else {
                bytes[n++] = (byte) b;
            }
        }
        if (n > 0) {
            out.append(decode(bytes, 0, n));
        }
        return this == TCVN3 ? restoreCapitals(nfc(out)) : nfc(out);
    }

    /**
     * Encodes NFC text into this encoding, the inverse of {@link #decode}. Characters the encoding cannot
     * hold are written as their windows-1252 byte, or {@code ?}. TCVN3 has no accented capitals: they are
     * written with the lower-case bytes, as the {@code .VnTimeH} fonts do.
     */
    public byte[] encode(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            byte[] bs = inverse.get(c);
            if (bs == null && Character.isUpperCase(c)) {
                bs = inverse.get(Character.toLowerCase(c));
            }
            if (bs != null) {
                out.write(bs, 0, bs.length);
            } else {
                int b = windows1252Byte(c);
                out.write(b < 0 ? '?' : b);
            }
        }
        return out.toByteArray();
    }

    /** The windows-1252 byte of {@code c}, or -1. */
    static int windows1252Byte(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        boolean possible = c >= 0x2000 && c <= 0x2122 || c < 0xA0 || c == '\u0152' || c == '\u0153'
                || c == '\u0160' || c == '\u0161' || c == '\u0178' || c == '\u017D' || c == '\u017E'
                || c == '\u0192' || c == '\u02C6' || c == '\u02DC';
        if (!possible) {
            return -1;
        }
        int i = CP1252_HIGH.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String nfc(CharSequence s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String windows1252High() {
        byte[] b = new byte[0x80];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + i);
        }
        char[] s = new String(b, java.nio.charset.Charset.forName("windows-1252")).toCharArray();
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\uFFFD') {
                s[i] = (char) (0x80 + i);
            }
        }
        return new String(s);
    }

    private static LegacyCharset load(String name, String resource) {
        Map<Integer, Character> pairs = new HashMap<>();
        Map<Character, byte[]> inverse = new HashMap<>();
        LegacyCharset cs = new LegacyCharset(name, pairs, inverse);
        // default: windows-1252 for every byte
        for (int b = 0; b < 256; b++) {
            cs.single[b] = b < 0x80 ? (char) b : CP1252_HIGH.charAt(b - 0x80);
        }
        for (String[] f : ResourceTable.rows(LegacyCharset.class, resource, -1)) {
            String[] byteHex = f[0].trim().split(" ");
            String[] cpHex = f[1].trim().split(" ");
            StringBuilder chars = new StringBuilder();
            for (String cp : cpHex) {
                chars.appendCodePoint(Integer.parseInt(cp, 16));
            }
            String ch = nfc(chars);
            if (ch.length() != 1) {
                // a lone combining mark (TCVN3 B0-B4) stays as it is
                if (byteHex.length == 1 && chars.length() == 1) {
                    cs.single[Integer.parseInt(byteHex[0], 16)] = chars.charAt(0);
                    continue;
                }
                throw new IllegalStateException(resource + ": not one character: " + String.join("\t", f));
            }
            char c = ch.charAt(0);
            byte[] bs = new byte[byteHex.length];
            for (int i = 0; i < bs.length; i++) {
                bs[i] = (byte) Integer.parseInt(byteHex[i], 16);
            }
            if (bs.length == 1) {
                cs.single[bs[0] & 0xFF] = c;
            } else if (bs.length == 2) {
                pairs.put((bs[0] & 0xFF) << 8 | (bs[1] & 0xFF), c);
                cs.pairStart[bs[0] & 0xFF] = true;
            } else {
                throw new IllegalStateException(resource + ": more than two bytes: " + String.join("\t", f));
            }
            // the first spelling of a character is the one encode() writes; control bytes only when
            // the table has nothing else for the character
            if (!(c < 0x80 && bs.length == 1 && bs[0] == c) && !inverse.containsKey(c)) {
                inverse.put(c, bs);
            }
        }
        if (!pairs.isEmpty()) {
            addOtherCaseMarks(cs);
        }
        return cs;
    }

    /**
     * VNI text typed with the capital base and a lower-case mark (or the reverse) is common after case
     * changes in a word processor; both read as the letter in the case of the base.
     */
    private static void addOtherCaseMarks(LegacyCharset cs) {
        Map<Integer, Character> extra = new HashMap<>();
        for (Map.Entry<Integer, Character> e : cs.pairs.entrySet()) {
            int first = e.getKey() >> 8;
            int second = e.getKey() & 0xFF;
            int other = second >= 0xE0 ? second - 0x20 : second + 0x20;
            int key = first << 8 | other;
            if (!cs.pairs.containsKey(key)) {
                extra.put(key, e.getValue());
            }
        }
        extra.forEach(cs.pairs::putIfAbsent);
    }
}
