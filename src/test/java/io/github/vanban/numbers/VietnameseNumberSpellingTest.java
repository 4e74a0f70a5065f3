package io.github.vanban.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Spells every integer from 0 to 1,000,000 by the Vietnamese spelling rules, written here independently
 * of the reader, and reads each spelling back. The spelling variants (mốt/một, lăm/năm, tư/bốn,
 * linh/lẻ, nghìn/ngàn, an explicit {@code không trăm} or not) are chosen from the bits of the number
 * and a counter, so every variant occurs in every range of numbers.
 */
class VietnameseNumberSpellingTest {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /** Variant switches, one bit each. */
    private static final int MOT = 1;        // 21: hai mươi một (else mốt)
    private static final int NAM = 2;        // 25: hai mươi năm (else lăm)
    private static final int BON = 4;        // 24, 104: bốn (else tư)
    private static final int LE = 8;         // 105: một trăm lẻ năm (else linh)
    private static final int NGAN = 16;      // ngàn (else nghìn)
    private static final int SHORT = 32;     // 1005: một nghìn linh năm (else một nghìn không trăm linh năm)

    static String spell(int n, int v) {
        if (n == 0) {
            return "không";
        }
        StringBuilder sb = new StringBuilder();
        int millions = n / 1_000_000;
        int thousands = n / 1000 % 1000;
        int units = n % 1000;
        boolean higher = false;
        if (millions > 0) {
            group(sb, millions, false, v);
            sb.append(" triệu");
            higher = true;
        }
        if (thousands > 0) {
            group(sb, thousands, higher, v);
            sb.append((v & NGAN) != 0 ? " ngàn" : " nghìn");
            higher = true;
        } else if (higher && units > 0 && (v & SHORT) == 0) {
            sb.append(" không").append((v & NGAN) != 0 ? " ngàn" : " nghìn");
        }
        if (units > 0) {
            group(sb, units, higher, v);
        }
        return sb.toString().strip();
    }

    /** One group of three digits; {@code inner}: a higher group stands before it. */
    private static void group(StringBuilder sb, int g, boolean inner, int v) {
        int h = g / 100;
        int t = g / 10 % 10;
        int u = g % 10;
        boolean hundredsWritten = false;
        if (h > 0 || (inner && (v & SHORT) == 0)) {
            sb.append(' ').append(DIGITS[h]).append(" trăm");
            hundredsWritten = true;
        }
        if (t == 0) {
            if (u == 0) {
                return;
            }
            if (hundredsWritten || inner) {
                sb.append((v & LE) != 0 ? " lẻ " : " linh ");
                sb.append(u == 4 && (v & BON) == 0 ? "tư" : DIGITS[u]);
            } else {
                sb.append(' ').append(DIGITS[u]);
            }
            return;
        }
        if (t == 1) {
            sb.append(" mười");
            if (u == 5) {
                sb.append(" lăm");
            } else if (u > 0) {
                sb.append(' ').append(DIGITS[u]);
            }
            return;
        }
        sb.append(' ').append(DIGITS[t]).append(" mươi");
        switch (u) {
            case 0 -> { }
            case 1 -> sb.append((v & MOT) != 0 ? " một" : " mốt");
            case 4 -> sb.append((v & BON) != 0 ? " bốn" : " tư");
            case 5 -> sb.append((v & NAM) != 0 ? " năm" : " lăm");
            default -> sb.append(' ').append(DIGITS[u]);
        }
    }

    @Test
    void spellerFollowsTheRules() {
        assertEquals("hai mươi mốt", spell(21, 0));
        assertEquals("một trăm linh năm", spell(105, 0));
        assertEquals("một nghìn không trăm linh năm", spell(1005, 0));
        assertEquals("một ngàn lẻ năm", spell(1005, NGAN | LE | SHORT));
        assertEquals("một triệu", spell(1_000_000, 0));
        assertEquals("mười lăm", spell(15, NAM));
    }

    @Test
    void readsEveryIntegerUpToAMillionInEverySpelling() {
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int n = 0; n <= 1_000_000; n++) {
            int variant = (n * 7 + n / 64) & 63;
            String s = spell(n, variant);
            Optional<BigDecimal> got = VietnameseNumbers.parse(s);
            if (got.isEmpty() || got.get().compareTo(BigDecimal.valueOf(n)) != 0) {
                if (++failures <= 20) {
                    report.append('\n').append(n).append(" '").append(s).append("' -> ").append(got);
                }
            }
        }
        if (failures > 0) {
            fail(failures + " spellings misread:" + report);
        }
    }

    @Test
    void everyVariantOfTheFirstTwoThousand() {
        for (int n = 0; n <= 2000; n++) {
            for (int variant = 0; variant < 64; variant++) {
                String s = spell(n, variant);
                assertEquals(Optional.of(BigDecimal.valueOf(n)), VietnameseNumbers.parse(s).map(BigDecimal::stripTrailingZeros)
                        .map(b -> b.setScale(0)), s);
            }
        }
    }
}
