package io.github.vanban.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexOfIgnoreCaseTest {

    /** What the search must agree with: regionMatches ignoring case at every position. */
    private static int naive(String s, int from, int to, String what) {
        for (int k = from; k + what.length() <= to; k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void findsWhatRegionMatchesFindsIgnoringCase() {
        String alphabet = "tTnNkKsSđĐàÀ ,\u212A\u017F\u0130\u0131iIoOvăăngàyNGÀYtoànvănTOÀN VĂN";
        String[] patterns = {"toàn văn", "ngày", ", ngày", "Độc lập", "kế", "số", "in"};
        Random r = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextBoolean()) {
                b.insert(r.nextInt(b.length() + 1), patterns[r.nextInt(patterns.length)].toUpperCase());
            }
            String s = b.toString();
            for (String p : patterns) {
                int from = s.isEmpty() ? 0 : r.nextInt(s.length());
                int to = from + r.nextInt(s.length() - from + 1);
                assertEquals(naive(s, from, to, p), HeaderExtractor.indexOfIgnoreCase(s, from, to, p), s + " / " + p);
                assertEquals(naive(s, 0, s.length(), p), HeaderExtractor.indexOfIgnoreCase(s, 0, s.length(), p));
            }
        }
    }

    @Test
    void matchesTheKelvinSignAndTheLongS() {
        assertEquals(2, HeaderExtractor.indexOfIgnoreCase("ab\u212Ae", 0, 4, "ke"));
        assertEquals(1, HeaderExtractor.indexOfIgnoreCase("a\u017Fố", 0, 3, "số"));
    }
}
