package io.github.vanban.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens cut backwards after a skip read the same as the tokens cut forwards from the start. */
class TokensTest {

    private static final String TEXT = "Báo cáo kết quả công tác của Ủy ban nhân dân xã, số 12/BC-UBND,\n\n"
            + "về việc tổ chức Quốc khánh 2-9 và các hoạt động (kỷ niệm) của Đoàn thanh niên, Hội Phụ nữ\n"
            + "cùng toàn thể cán bộ, đảng viên trên địa bàn; ngày 5 tháng 3 năm 2020 họp lần thứ nhất.";

    private static Vocabulary vocabulary() {
        return DateTables.get().vocabulary;
    }

    @Test
    void tokensCutBackwardsMatchTheForwardOnes() {
        Tokens forward = Tokens.of(TEXT, 0, TEXT.length(), vocabulary());
        List<int[]> all = new ArrayList<>();
        for (int i = 0; forward.within(i); i++) {
            all.add(new int[] {forward.start(i), forward.end(i), forward.kind(i), forward.glued(i) ? 1 : 0,
                forward.lineBefore(i) ? 1 : 0, forward.paragraphBefore(i) ? 1 : 0});
        }
        Tokens skipping = Tokens.of(TEXT, 0, TEXT.length(), vocabulary());
        int i = skipping.skipToTrigger(0);
        int checked = 0;
        while (skipping.within(i)) {
            int at = indexOf(all, skipping.start(i));
            for (int back = 0; back <= 12; back++) {
                if (at - back < 0) {
                    assertFalse(skipping.has(i - back), "no token before the first");
                    break;
                }
                int[] f = all.get(at - back);
                int j = i - back;
                assertTrue(skipping.has(j));
                assertEquals(f[0], skipping.start(j), "start of token " + back + " before " + skipping.start(i));
                assertEquals(f[1], skipping.end(j));
                assertEquals(f[2], skipping.kind(j));
                assertEquals(f[3] == 1, skipping.glued(j));
                assertEquals(f[4] == 1, skipping.lineBefore(j));
                assertEquals(f[5] == 1, skipping.paragraphBefore(j));
                checked++;
            }
            i = skipping.skipToTrigger(i + 1);
        }
        assertTrue(checked > 50, "the skips were checked");
    }

    @Test
    void skipsPassOverNoPossibleTrigger() {
        Tokens forward = Tokens.of(TEXT, 0, TEXT.length(), vocabulary());
        List<String> triggers = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; forward.within(i); i++, tokens++) {
            if (forward.kind(i) == Tokens.WORD && forward.trigger(i)) {
                triggers.add(forward.start(i) + ":" + TEXT.substring(forward.start(i), forward.end(i)));
            }
        }
        Tokens skipping = Tokens.of(TEXT, 0, TEXT.length(), vocabulary());
        List<String> visited = new ArrayList<>();
        for (int i = skipping.skipToTrigger(0); skipping.within(i); i = skipping.skipToTrigger(i + 1)) {
            visited.add(skipping.start(i) + ":" + TEXT.substring(skipping.start(i), skipping.end(i)));
        }
        assertTrue(triggers.stream().anyMatch(t -> t.endsWith(":ngày")), triggers.toString());
        assertTrue(triggers.stream().anyMatch(t -> t.endsWith(":tháng")), triggers.toString());
        assertTrue(visited.containsAll(triggers), "skipped a trigger: " + triggers + " visited " + visited);
        assertTrue(visited.size() < tokens / 2, "the skips passed over most tokens: " + visited);
    }

    private static int indexOf(List<int[]> all, int start) {
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k)[0] == start) {
                return k;
            }
        }
        throw new AssertionError("no token at " + start);
    }
}
