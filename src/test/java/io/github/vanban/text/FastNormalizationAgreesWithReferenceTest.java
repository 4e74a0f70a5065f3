package io.github.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.vanban.testing.SharedCorpus;
import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The normaliser gives, for every input, the same text and the same offsets as the plain reference
 * chain ({@link ReferenceNormalizer}): on the dev documents as they are and decomposed, and on random
 * mixes of what the chain rewrites (decomposed and precomposed Vietnamese, runs of combining marks,
 * invisible chars, CR LF, NUL, lone and paired surrogates, dashes, odd spaces, quotes, oa/oe/uy).
 */
class FastNormalizationAgreesWithReferenceTest {

    /** What random texts are made of: single chars and short strings. */
    private static final String[] PIECES = {
        "a", "o", "u", "y", "e", "q", "h", "t", "A", "O", "U", "Y", "Q", " ", "\n", "\r", "\r\n", "\t", ".", "/",
        "1", "2", "9", "à", "á", "ả", "ã", "ạ", "è", "é", "ẻ", "ẽ", "ẹ", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "Ỳ", "Ý", "À", "È",
        "ế", "ộ", "ữ", "Đ", "đ", "Ð", "ð", "ư", "ơ", "ă", "â", "ê", "ô",
        "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0340", "\u0344",
        "\u0958", "\u212B", "\u2126", "\uFB2C", "\u1100\u1161", "\uAC00\u11A8",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u007F", "\u0000", "\u0001", "\u0085",
        "\u00A0", "\u2003", "\u202F", "\u3000", "\u2028", "\u2013", "\u2014", "\u2212", "\uFF0D",
        "\u201C", "\u201D", "\u00AB", "\u2018", "\u2019", "\u2044", "\uFF0F",
        "\uD800", "\uDC00", "\uDBFF", "\uD83D\uDE00", "\uD834\uDD5E\uD834\uDD65", "\uD834\uDD5F",
        "oa", "oe", "uy", "qu", "hoà", "thuỷ", "Uỷ", "khoẻ", "quý", "hoàng", "OÀ", "UỶ",
    };

    @Test
    void devDocumentsAsTheyAreAndDecomposed() {
        for (String id : SharedCorpus.devIds()) {
            String text = SharedCorpus.devText(id);
            assertAgrees(id, text);
            assertAgrees(id + " NFD", Normalizer.normalize(text, Normalizer.Form.NFD));
        }
    }

    @Test
    void randomMixesOfEverythingTheChainRewrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(1, 60);
            for (int i = 0; i < n; i++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                sb.append(random.nextInt(4) == 0 ? Normalizer.normalize(piece, Normalizer.Form.NFD) : piece);
            }
            assertAgrees("round " + round, sb.toString());
        }
    }

    /** Pieces that neither the invisible-char step nor NFC changes: texts of them take the one-pass path. */
    private static final String[] IN_PLACE_PIECES = {
        "a", "o", "u", "y", "e", "q", "h", "t", "A", "O", "U", "Y", "Q", " ", "\n", "\t", ".", "1",
        "à", "á", "ả", "ã", "ạ", "è", "é", "ẹ", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "Ỳ", "Ý", "À", "È", "Ò", "ò", "ù",
        "ế", "ộ", "Đ", "Ð", "ð", "ư", "ơ", "\u0085", "\u00A0", "\u2003", "\u2028", "\u2013", "\u2212",
        "\u201C", "\u00AB", "\u2019", "\u2044", "\uFF0F", "oa", "oe", "uy", "qu", "Qu", "hoà", "thuỷ", "Uỷ",
        "khoẻ", "quý", "QUÝ", "hoàng", "OÀ", "UỶ", "oÐ", "uỷ\u2013", "oà\u00A0",
    };

    @Test
    void randomTextsWithNothingToDropOrComposeTakeTheOnePassPath() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(1, 40);
            for (int i = 0; i < n; i++) {
                sb.append(IN_PLACE_PIECES[random.nextInt(IN_PLACE_PIECES.length)]);
            }
            String input = sb.toString();
            assertNotNull(OnePassNormalization.normalize(input), "one pass over " + escape(input));
            assertEquals(TextNormalizer.standard().normalizeStepByStep(input).text(),
                    OnePassNormalization.normalize(input), "round " + round + ": " + escape(input));
            assertAgrees("round " + round, input);
        }
    }

    @Test
    void aTextThatNeedsNothingIsNotCopied() {
        String plain = "Báo cáo kết quả công tác năm 2020 của Ủy ban nhân dân xã.";
        assertSame(plain, NormalizedText.of(plain).text());
        assertNull(OnePassNormalization.normalize("Hoa\r\nbinh"));
        assertNull(OnePassNormalization.normalize("e\u0302\u0301"));
    }

    @Test
    void longRunsOfMarksAndInvisibles() {
        assertAgrees("marks", "a" + "\u0301\u0323\u0309".repeat(10) + "b");
        assertAgrees("leading marks", "\u0301\u0323".repeat(15) + "hoà");
        assertAgrees("invisibles", "\u200B".repeat(100) + "x" + "\u0000".repeat(100));
        assertAgrees("nul between", "T\0h\0u\0ỷ\0 \0b\0a\0n\0");
        assertAgrees("empty", "");
        assertAgrees("only dropped", "\uFEFF\u200B");
    }

    @Test
    void aRunOfMarksLongerThanAnyTextHasIsLeftAsItIs() {
        String marks = "\u0301\u0323\u0309".repeat(20_000);
        String in = "Hoà bình e\u0302\u0301 a" + marks + " ngày 2/7";
        NormalizedText t = NormalizedText.of(in);
        assertEquals("Hòa bình ế a" + marks + " ngày 2/7", t.text());
        int at = t.text().indexOf("ngày");
        assertEquals("ngày 2/7", t.span(at, t.length()).text());
        assertEquals(in.indexOf("ngày"), t.span(at, t.length()).start());
    }

    private static void assertAgrees(String what, String input) {
        ReferenceNormalizer.Out ref = ReferenceNormalizer.normalize(input);
        NormalizedText fast = NormalizedText.of(input);
        assertEquals(ref.text(), fast.text(), what + ": text of " + escape(input));
        int n = ref.text().length();
        for (int o = -1; o <= n + 1; o++) {
            assertEquals(ref.map().toInput(o), fast.toOriginal(o), what + ": start of offset " + o + " in " + escape(input));
        }
        for (int s = 0; s <= n; s++) {
            int e = Math.min(n, s + 1 + (s * 7) % 5);
            int rs = ref.map().toInput(s);
            int re = e == s ? rs : ref.map().toInputEnd(e);
            assertEquals(input.substring(rs, re), fast.span(s, e).text(), what + ": span " + s + ".." + e + " in " + escape(input));
            assertEquals(rs, fast.span(s, e).start(), what + ": span start " + s + ".." + e);
            assertEquals(re, fast.span(s, e).end(), what + ": span end " + s + ".." + e);
        }
    }

    private static String escape(String s) {
        if (s.length() > 200) {
            s = s.substring(0, 200) + "...";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
