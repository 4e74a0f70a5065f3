package io.github.vanban.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private final VietnameseLunarCalendar calendar = VietnameseLunarCalendar.instance();

    /** A row of tet-1900-2100.tsv: Hồ Ngọc Đức's published year table, decoded. */
    private record PublishedYear(int year, LocalDate tet, int leapMonth, int[] monthLengths) {
    }

    private static List<PublishedYear> publishedTable() throws IOException {
        List<PublishedYear> rows = new ArrayList<>();
        try (InputStream in = VietnameseLunarCalendarTest.class.getResourceAsStream("tet-1900-2100.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String[] lengths = f[3].split(",");
                int[] days = new int[lengths.length];
                for (int i = 0; i < days.length; i++) {
                    days[i] = Integer.parseInt(lengths[i]);
                }
                rows.add(new PublishedYear(Integer.parseInt(f[0]), LocalDate.parse(f[1]), Integer.parseInt(f[2]),
                        days));
            }
        }
        return rows;
    }

    @Test
    void tetOfEveryYear1900To2100MatchesThePublishedTable() throws IOException {
        List<PublishedYear> rows = publishedTable();
        assertEquals(201, rows.size());
        List<String> wrong = new ArrayList<>();
        for (PublishedYear row : rows) {
            LocalDate computed = calendar.newYear(row.year());
            if (!computed.equals(row.tet())) {
                wrong.add(row.year() + ": published " + row.tet() + ", computed " + computed);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every month start and length of the published table, except where the new moon falls within a few
     * minutes of midnight (UTC+7), closer than the precision of the astronomical series: there the published
     * table, computed with other means, may start the month on the other day.
     */
    @Test
    void everyMonth1900To2100MatchesThePublishedTable() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> tooCloseToMidnight = new ArrayList<>();
        for (PublishedYear row : publishedTable()) {
            if (calendar.leapMonth(row.year()) != row.leapMonth()) {
                wrong.add(row.year() + ": leap month published " + row.leapMonth() + ", computed "
                        + calendar.leapMonth(row.year()));
                continue;
            }
            LocalDate start = row.tet();
            int month = 1;
            boolean leap = false;
            for (int length : row.monthLengths()) {
                LocalDate computed = calendar.toSolar(row.year(), month, leap, 1);
                if (!computed.equals(start) && minutesFromMidnight(start, computed) < 5) {
                    tooCloseToMidnight.add(row.year() + "/" + month + (leap ? " leap" : ""));
                } else if (!computed.equals(start) || calendar.monthLength(row.year(), month, leap) != length
                        && minutesFromMidnight(start.plusDays(length), calendar.toSolar(row.year(), month, leap, 1)
                                .plusDays(calendar.monthLength(row.year(), month, leap))) >= 5) {
                    wrong.add(row.year() + "/" + month + (leap ? " leap" : "") + ": published " + start + " ("
                            + length + " days), computed " + computed);
                }
                start = start.plusDays(length);
                if (month == row.leapMonth() && !leap) {
                    leap = true;
                } else {
                    leap = false;
                    month++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(tooCloseToMidnight.size() <= 3, () -> "near-midnight disagreements: " + tooCloseToMidnight);
    }

    /** Minutes between the new moon that starts a month on day {@code a} or {@code b} and the midnight between them. */
    private static double minutesFromMidnight(LocalDate a, LocalDate b) {
        if (Math.abs(a.toEpochDay() - b.toEpochDay()) != 1) {
            return Double.MAX_VALUE;
        }
        LocalDate later = a.isAfter(b) ? a : b;
        double midnight = later.toEpochDay() + 2440588 - 0.5 - 7 / 24.0; // Julian Day of 00:00 UTC+7
        int k = (int) Math.round((midnight - LunisolarAstronomy.LUNATION_ORIGIN) / LunisolarAstronomy.SYNODIC_MONTH);
        return Math.abs(LunisolarAstronomy.newMoon(k) - midnight) * 24 * 60;
    }

    @Test
    void vietnameseNotChineseNewYears() {
        // years where the UTC+7 calendar differs from the Chinese (UTC+8) one
        assertEquals(LocalDate.of(1985, 1, 21), calendar.newYear(1985)); // China: 20 February
        assertEquals(LocalDate.of(2007, 2, 17), calendar.newYear(2007)); // China: 18 February
        assertEquals(LocalDate.of(1968, 1, 29), calendar.newYear(1968)); // China: 30 January
        assertEquals(LocalDate.of(2030, 2, 2), calendar.newYear(2030)); // China and Korea: 3 February
    }

    @ParameterizedTest(name = "{0} = lunar {1}/{2}{3}/{4}")
    @CsvSource({
        "2020-01-25, 2020, 1, false, 1",  // Tết Canh Tý
        "2020-02-08, 2020, 1, false, 15", // rằm tháng Giêng Canh Tý
        "2026-02-17, 2026, 1, false, 1",  // Tết Bính Ngọ
        "2024-02-10, 2024, 1, false, 1",  // Tết Giáp Thìn
        "2023-03-21, 2023, 2, false, 30",
        "2023-03-22, 2023, 2, true, 1",   // the leap second month of Quý Mão
        "2023-03-23, 2023, 2, true, 2",
        "2023-04-20, 2023, 3, false, 1",
        "2020-01-24, 2019, 12, false, 30", // giao thừa: still Kỷ Hợi
        "2020-04-23, 2020, 4, false, 1",
        "2020-05-23, 2020, 4, true, 1",   // leap fourth month of Canh Tý
        "2020-06-21, 2020, 5, false, 1",
        "1968-01-29, 1968, 1, false, 1",  // Tết Mậu Thân, first Tết of the UTC+7 calendar
        "1960-01-28, 1960, 1, false, 1",  // Tết Canh Tý 1960 (giao thừa 27/1/1960)
    })
    void knownDays(LocalDate solar, int year, int month, boolean leap, int day) {
        assertEquals(new LunarDate(year, month, leap, day), calendar.toLunar(solar));
        assertEquals(solar, calendar.toSolar(year, month, leap, day));
    }

    @Test
    void roundTripOverEveryDayOfTheRange() {
        LocalDate first = calendar.newYear(VietnameseLunarCalendar.FIRST_YEAR);
        LocalDate end = calendar.newYear(VietnameseLunarCalendar.LAST_YEAR).plusDays(400);
        LunarDate previous = null;
        int days = 0;
        for (LocalDate next = first; next.isBefore(end); next = next.plusDays(1)) {
            LocalDate d = next;
            LunarDate lunar;
            try {
                lunar = calendar.toLunar(d);
            } catch (IllegalArgumentException e) {
                break; // past the end of the last supported year
            }
            assertEquals(d, calendar.toSolar(lunar.year(), lunar.month(), lunar.leapMonth(), lunar.day()),
                    () -> "round trip of " + d);
            LunarDate prev = previous;
            if (prev != null) {
                if (lunar.day() == 1) {
                    assertTrue(prev.day() == 29 || prev.day() == 30, () -> "month before " + d);
                    boolean sameNumberLeap = lunar.leapMonth() && lunar.month() == prev.month();
                    boolean nextMonth = !lunar.leapMonth() && lunar.month() == prev.month() % 12 + 1;
                    assertTrue(sameNumberLeap || nextMonth, () -> "month sequence at " + d);
                    assertEquals(lunar.month() == 1 && !lunar.leapMonth() ? prev.year() + 1 : prev.year(),
                            lunar.year(), () -> "year at " + d);
                } else {
                    assertEquals(new LunarDate(prev.year(), prev.month(), prev.leapMonth(),
                            prev.day() + 1), lunar, () -> "day after " + d);
                }
            }
            previous = lunar;
            days++;
        }
        assertTrue(days > 73_000, "days covered: " + days);
        assertEquals(VietnameseLunarCalendar.LAST_YEAR, previous.year());
        assertEquals(12, previous.month());
    }

    @Test
    void lunarToSolarOverEveryMonthOfTheRange() {
        for (int y = VietnameseLunarCalendar.FIRST_YEAR; y <= VietnameseLunarCalendar.LAST_YEAR; y++) {
            int leap = calendar.leapMonth(y);
            for (int m = 1; m <= 12; m++) {
                for (boolean isLeap : new boolean[] {false, true}) {
                    if (isLeap && m != leap) {
                        assertFalse(calendar.hasMonth(y, m, true));
                        int year = y;
                        int month = m;
                        assertThrows(IllegalArgumentException.class, () -> calendar.toSolar(year, month, true, 1));
                        continue;
                    }
                    assertTrue(calendar.hasMonth(y, m, isLeap));
                    int length = calendar.monthLength(y, m, isLeap);
                    for (int d = 1; d <= length; d++) {
                        LocalDate solar = calendar.toSolar(y, m, isLeap, d);
                        assertEquals(new LunarDate(y, m, isLeap, d), calendar.toLunar(solar));
                    }
                    if (length == 29) {
                        int year = y;
                        int month = m;
                        boolean l = isLeap;
                        assertThrows(IllegalArgumentException.class, () -> calendar.toSolar(year, month, l, 30));
                    }
                }
            }
        }
    }

    @Test
    void leapMonths() {
        assertEquals(2, calendar.leapMonth(2023));
        assertTrue(calendar.hasMonth(2023, 2, true));
        assertFalse(calendar.hasMonth(2023, 3, true));
        assertEquals(4, calendar.leapMonth(2020));
        assertEquals(0, calendar.leapMonth(2024));
        assertEquals(6, calendar.leapMonth(2025));
        assertFalse(calendar.hasMonth(2024, 1, true));
        assertTrue(calendar.hasMonth(2024, 12, false));
    }

    @Test
    void outsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> calendar.newYear(1899));
        assertThrows(IllegalArgumentException.class, () -> calendar.newYear(2101));
        assertThrows(IllegalArgumentException.class, () -> calendar.toLunar(LocalDate.of(1900, 1, 30)));
        assertEquals(new LunarDate(1900, 1, false, 1), calendar.toLunar(LocalDate.of(1900, 1, 31)));
        assertThrows(IllegalArgumentException.class, () -> calendar.toLunar(LocalDate.of(2101, 6, 1)));
        assertFalse(calendar.hasMonth(1899, 1, false));
        assertFalse(calendar.hasMonth(2020, 13, false));
        assertThrows(IllegalArgumentException.class, () -> calendar.toSolar(2020, 0, false, 1));
        assertThrows(IllegalArgumentException.class, () -> calendar.toSolar(2020, 1, false, 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.toSolar(2020, 1, false, 31));
        assertNotEquals(calendar.toSolar(2020, 4, false, 1), calendar.toSolar(2020, 4, true, 1));
    }
}
