package io.github.vanban.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IgnoreCaseTest {

    private static final String ALPHABET = "tTnNkKsSđĐàÀ ,\u212A\u017F\u0130\u0131iIoOvăĂngàyNGÀYtoànvănTOÀN VĂNcủaCỦAsửa";
    private static final String[] WORDS = {"toàn văn", "ngày", ", ngày", "Độc lập", "kế", "số", "in", "sửa đổi",
        "của", "n", "nn"};

    /** What every search must agree with: regionMatches ignoring case at every position. */
    private static int naiveFirst(String s, int from, int to, String what) {
        for (int k = from; k + what.length() <= to; k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    private static int naiveLast(String s, String what, int lo, int hi) {
        for (int k = hi - what.length(); k >= lo; k--) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void findsWhatRegionMatchesFindsIgnoringCase() {
        Random r = new Random(11);
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(50);
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            if (r.nextBoolean()) {
                String w = WORDS[r.nextInt(WORDS.length)];
                b.insert(r.nextInt(b.length() + 1), r.nextBoolean() ? w.toUpperCase() : w);
            }
            String s = b.toString();
            for (String w : WORDS) {
                int from = s.isEmpty() ? 0 : r.nextInt(s.length());
                int to = from + r.nextInt(s.length() - from + 1);
                IgnoreCase.Needle needle = new IgnoreCase.Needle(w);
                assertEquals(naiveFirst(s, from, to, w), IgnoreCase.indexOf(s, from, to, w), s + " / " + w);
                assertEquals(naiveFirst(s, from, to, w), needle.indexIn(s, from, to), s + " / " + w);
                assertEquals(naiveFirst(s, 0, s.length(), w), needle.indexIn(s, 0, s.length()), s + " / " + w);
                assertEquals(naiveLast(s, w, from, to), IgnoreCase.lastIndexOf(s, w, from, to), s + " / " + w);
                for (int k = -1; k <= s.length(); k++) {
                    assertEquals(k >= 0 && s.regionMatches(true, k, w, 0, w.length()),
                            IgnoreCase.regionMatches(s, k, w), s + " / " + w + " @" + k);
                }
            }
        }
    }

    @Test
    void findsInLongTextsToTheirEnd() {
        Random r = new Random(17);
        IgnoreCase.Needle[] needles = new IgnoreCase.Needle[WORDS.length];
        for (int w = 0; w < WORDS.length; w++) {
            needles[w] = new IgnoreCase.Needle(WORDS[w]);
        }
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 64 + r.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                String w = WORDS[r.nextInt(WORDS.length)];
                b.insert(r.nextInt(b.length() + 1), r.nextBoolean() ? w.toUpperCase() : w);
            }
            String s = b.toString();
            for (int w = 0; w < WORDS.length; w++) {
                int from = r.nextInt(s.length() / 2);
                assertEquals(naiveFirst(s, from, s.length(), WORDS[w]), needles[w].indexIn(s, from, s.length()),
                        s + " / " + WORDS[w]);
            }
        }
    }

    @Test
    void matchesTheKelvinSignAndTheLongS() {
        assertEquals(2, new IgnoreCase.Needle("ke").indexIn("ab\u212Ae", 0, 4));
        assertEquals(1, new IgnoreCase.Needle("số").indexIn("a\u017Fố", 0, 3));
        assertEquals(4, new IgnoreCase.Needle("TOÀN VĂN").indexIn("xem toàn văn", 0, 12));
        assertEquals(2, IgnoreCase.indexOf("ab\u212Ae", 0, 4, "ke"));
        assertEquals(1, IgnoreCase.indexOf("a\u017Fố", 0, 3, "số"));
    }
}
