package io.github.vanban.citations;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A small reader of the day a citation gives right after it: {@code ngày 20/02/2014}, {@code ngày 4-11-2016},
 * {@code ngày 14 tháng 02 năm 2015} (a line break or a glued {@code tháng11} allowed). Stateless.
 */
public final class DayReader {

    /** A day read from the text and the offset just after it. */
    public record Day(int start, int end, LocalDate date) {
    }

    private DayReader() {
    }

    /**
     * The day introduced by {@code ngày} at {@code from} (after optional spaces and one comma); null when the
     * text there is not such a day.
     */
    public static Day afterCitation(String t, int from) {
        int i = skipSpaces(t, from);
        if (i < t.length() && t.charAt(i) == ',') {
            i = skipSpaces(t, i + 1);
        }
        int start = i;
        if (!IgnoreCase.regionMatches(t, i, "ngày")) {
            return null;
        }
        i = skipSpaces(t, i + 4);
        Day d = numericOrWords(t, i);
        return d == null ? null : new Day(start, d.end(), d.date());
    }

    /** A day written {@code D/M/YYYY}, {@code D-M-YYYY}, {@code D.M.YYYY} or {@code D tháng M năm YYYY} at {@code i}. */
    public static Day numericOrWords(String t, int i) {
        int[] day = digits(t, i, 2);
        if (day == null) {
            return null;
        }
        int j = day[1];
        if (j < t.length() && (t.charAt(j) == '/' || t.charAt(j) == '-' || t.charAt(j) == '.')) {
            char sep = t.charAt(j);
            int[] month = digits(t, j + 1, 2);
            if (month == null || month[1] >= t.length() || t.charAt(month[1]) != sep) {
                return null;
            }
            int[] year = digits(t, month[1] + 1, 4);
            if (year == null || year[1] - month[1] - 1 != 4) {
                return null;
            }
            return make(i, year[1], year[0], month[0], day[0]);
        }
        j = skipSpaces(t, j);
        if (!IgnoreCase.regionMatches(t, j, "tháng")) {
            return null;
        }
        int[] month = digits(t, skipSpaces(t, j + 5), 2);
        if (month == null) {
            return null;
        }
        j = skipSpaces(t, month[1]);
        if (!IgnoreCase.regionMatches(t, j, "năm")) {
            return null;
        }
        int[] year = digits(t, skipSpaces(t, j + 3), 4);
        if (year == null || year[0] < 1000) {
            return null;
        }
        return make(i, year[1], year[0], month[0], day[0]);
    }

    private static Day make(int start, int end, int y, int m, int d) {
        try {
            return new Day(start, end, LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {value, end} of a run of 1..max digits at i not followed by another digit; null when none. */
    static int[] digits(String t, int i, int max) {
        int v = 0;
        int k = i;
        while (k < t.length() && NumberSymbolReader.isDigit(t.charAt(k)) && k - i < max) {
            v = v * 10 + (t.charAt(k) - '0');
            k++;
        }
        if (k == i || (k < t.length() && NumberSymbolReader.isDigit(t.charAt(k)))) {
            return null;
        }
        return new int[] {v, k};
    }

    static int skipSpaces(String t, int i) {
        int n = 0;
        while (i < t.length() && NumberSymbolReader.isSpace(t.charAt(i)) && n < 40) {
            i++;
            n++;
        }
        return i;
    }
}
