package io.github.vanban.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The Vietnamese lunisolar calendar (âm lịch).
 *
 * <p>A month begins on the civil day of a new moon. Month 11 is the month that contains the winter solstice;
 * when 13 months lie between one month 11 and the next, the first of them (after month 11) in which the sun
 * enters no new 30° sign (no principal solar term, judged at the civil midnights that start the months) is
 * the leap month (tháng nhuận) and repeats the number of the month before it. Tết Nguyên đán is day 1 of
 * month 1.
 *
 * <p>Civil days are reckoned in Vietnam's time zone UTC+7 from 1968 on (the calendar reform of 1967; Tết
 * Mậu Thân 1968 fell on 29 January, a day before China's), which makes the calendar differ from the Chinese
 * one in some years (Tết 1985: 21 January in Vietnam, 20 February in China). Before 1968 the calendar in use
 * was the Chinese one, reckoned at UTC+8; a few months before 1929 that the calendars of the time started a
 * day away from the rule are read from the resource {@code historical-month-starts.tsv}. The astronomy is
 * that of Hồ Ngọc Đức's published Vietnamese calendar (see {@link LunisolarAstronomy}).
 *
 * <p>Supported: lunar years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, i.e. solar days from Tết 1900
 * (1900-01-31) to the day before Tết 2101. The month table is computed once, when the class is first used.
 * Thread-safe and immutable.
 */
public final class VietnameseLunarCalendar {

    /** The first lunar year supported. */
    public static final int FIRST_YEAR = 1900;
    /** The last lunar year supported. */
    public static final int LAST_YEAR = 2100;

    /** Vietnam's time zone, by which the calendar has been reckoned since the 1967 reform. */
    private static final double TIME_ZONE_HOURS = 7;
    /** The time zone of the calendar in use before the reform (the Chinese calendar's, UTC+8). */
    private static final double OLD_TIME_ZONE_HOURS = 8;
    /** First civil day reckoned at UTC+7: 1968-01-01 (Tết Mậu Thân 1968 was the first Tết of the reformed calendar). */
    private static final int REFORM_EPOCH_DAY = (int) LocalDate.of(1968, 1, 1).toEpochDay();
    private static final int JULIAN_DAY_OF_EPOCH = 2440588; // Julian Day Number of 1970-01-01
    private static final VietnameseLunarCalendar INSTANCE = new VietnameseLunarCalendar();

    /** Epoch day of the first day of each month, in order; the last entry is Tết of LAST_YEAR + 1. */
    private final int[] monthStart;
    /** Month number (1..12) of each month. */
    private final byte[] monthNumber;
    /** Whether each month is a leap month. */
    private final boolean[] leap;
    /** Index into the month arrays of month 1 of each year FIRST_YEAR..LAST_YEAR + 1. */
    private final int[] yearStart;

    private VietnameseLunarCalendar() {
        MonthTable table = MonthTable.build(FIRST_YEAR, LAST_YEAR);
        this.monthStart = table.starts;
        this.monthNumber = table.numbers;
        this.leap = table.leaps;
        this.yearStart = table.yearStarts;
        applyHistoricalMonthStarts();
    }

    /** Moves the first days of the months listed in {@code historical-month-starts.tsv}. */
    private void applyHistoricalMonthStarts() {
        String resource = "historical-month-starts.tsv";
        try (InputStream in = VietnameseLunarCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int m = monthIndex(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]));
                int start = (int) LocalDate.parse(f[3]).toEpochDay();
                if (m <= 0 || Math.abs(start - monthStart[m]) != 1
                        || !isMonthLength(start - monthStart[m - 1]) || !isMonthLength(monthStart[m + 1] - start)) {
                    throw new IllegalStateException(resource + ": cannot apply " + line);
                }
                monthStart[m] = start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMonthLength(int days) {
        return days == 29 || days == 30;
    }

    /** The shared instance. */
    public static VietnameseLunarCalendar instance() {
        return INSTANCE;
    }

    /**
     * The solar day of lunar day {@code lunarDay} of month {@code lunarMonth} (the leap month of that
     * number if {@code leapMonth}) of the lunar year that starts in solar year {@code lunarYear}.
     *
     * @throws IllegalArgumentException if there is no such day (month 2 leap in a year without it, day 30
     *                                  of a 29-day month, year out of range)
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, boolean leapMonth, int lunarDay) {
        int m = monthIndex(lunarYear, lunarMonth, leapMonth);
        if (m < 0) {
            throw new IllegalArgumentException("no lunar month " + lunarMonth + (leapMonth ? " (leap)" : "")
                    + " in lunar year " + lunarYear);
        }
        int length = monthStart[m + 1] - monthStart[m];
        if (lunarDay < 1 || lunarDay > length) {
            throw new IllegalArgumentException("lunar month " + lunarMonth + (leapMonth ? " (leap)" : "")
                    + " of " + lunarYear + " has " + length + " days, not day " + lunarDay);
        }
        return LocalDate.ofEpochDay(monthStart[m] + lunarDay - 1L);
    }

    /**
     * The lunar date of a solar day.
     *
     * @throws IllegalArgumentException if the day is outside the supported range
     */
    public LunarDate toLunar(LocalDate solar) {
        long day = solar.toEpochDay();
        int last = monthStart.length - 1;
        if (day < monthStart[0] || day >= monthStart[last]) {
            throw new IllegalArgumentException(solar + " is outside the lunar years " + FIRST_YEAR + "-"
                    + LAST_YEAR);
        }
        int found = Arrays.binarySearch(monthStart, 0, last, (int) day);
        int m = found >= 0 ? found : -found - 2;
        int year = yearOfMonth(m);
        return new LunarDate(year, monthNumber[m], leap[m], (int) (day - monthStart[m]) + 1);
    }

    /**
     * Tết Nguyên đán of lunar year {@code lunarYear}: the solar day of lunar 1/1.
     *
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public LocalDate newYear(int lunarYear) {
        checkYear(lunarYear);
        return LocalDate.ofEpochDay(monthStart[yearStart[lunarYear - FIRST_YEAR]]);
    }

    /**
     * Whether lunar year {@code lunarYear} has month {@code lunarMonth} as a leap month ({@code leap}) or as
     * a regular month (every year has regular months 1 to 12). False for years outside the supported range.
     */
    public boolean hasMonth(int lunarYear, int lunarMonth, boolean leap) {
        return monthIndex(lunarYear, lunarMonth, leap) >= 0;
    }

    /**
     * The leap month of lunar year {@code lunarYear}, or 0 if the year has none.
     *
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public int leapMonth(int lunarYear) {
        checkYear(lunarYear);
        for (int m = yearStart[lunarYear - FIRST_YEAR]; m < yearStart[lunarYear - FIRST_YEAR + 1]; m++) {
            if (leap[m]) {
                return monthNumber[m];
            }
        }
        return 0;
    }

    /**
     * The number of days (29 or 30) of a lunar month.
     *
     * @throws IllegalArgumentException if the year has no such month
     */
    public int monthLength(int lunarYear, int lunarMonth, boolean leapMonth) {
        int m = monthIndex(lunarYear, lunarMonth, leapMonth);
        if (m < 0) {
            throw new IllegalArgumentException("no lunar month " + lunarMonth + (leapMonth ? " (leap)" : "")
                    + " in lunar year " + lunarYear);
        }
        return monthStart[m + 1] - monthStart[m];
    }

    private int monthIndex(int lunarYear, int lunarMonth, boolean leapMonth) {
        if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR || lunarMonth < 1 || lunarMonth > 12) {
            return -1;
        }
        for (int m = yearStart[lunarYear - FIRST_YEAR]; m < yearStart[lunarYear - FIRST_YEAR + 1]; m++) {
            if (monthNumber[m] == lunarMonth && leap[m] == leapMonth) {
                return m;
            }
        }
        return -1;
    }

    private int yearOfMonth(int m) {
        int found = Arrays.binarySearch(yearStart, m);
        return FIRST_YEAR + (found >= 0 ? found : -found - 2);
    }

    private static void checkYear(int lunarYear) {
        if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " is outside " + FIRST_YEAR + "-"
                    + LAST_YEAR);
        }
    }

    /** Civil day (epoch day, UTC+7) on which new moon {@code k} falls. */
    static int newMoonDay(int k) {
        double jd = LunisolarAstronomy.newMoon(k);
        int day = (int) (Math.floor(jd + 0.5 + TIME_ZONE_HOURS / 24) - JULIAN_DAY_OF_EPOCH);
        if (day < REFORM_EPOCH_DAY) {
            day = (int) (Math.floor(jd + 0.5 + OLD_TIME_ZONE_HOURS / 24) - JULIAN_DAY_OF_EPOCH);
        }
        return day;
    }

    /** The 30° sign (0..11, 0 from the March equinox) the sun is in at the civil midnight (UTC+7) starting {@code epochDay}. */
    static int sunSign(int epochDay) {
        double zone = epochDay < REFORM_EPOCH_DAY ? OLD_TIME_ZONE_HOURS : TIME_ZONE_HOURS;
        double jd = epochDay + JULIAN_DAY_OF_EPOCH - 0.5 - zone / 24;
        return (int) Math.floor(LunisolarAstronomy.sunLongitude(jd) / 30);
    }

    /** Number of the new moon that starts month 11 of the lunar year ending around solar year {@code year}'s end. */
    static int month11(int year) {
        int dec31 = (int) LocalDate.of(year, 12, 31).toEpochDay();
        double lunations = (dec31 + JULIAN_DAY_OF_EPOCH - LunisolarAstronomy.LUNATION_ORIGIN)
                / LunisolarAstronomy.SYNODIC_MONTH;
        int k = (int) Math.floor(lunations);
        // the new moon before 31 December; if the winter solstice (sun entering sign 9, 270°) came before
        // it, month 11 is the month before
        return sunSign(newMoonDay(k)) >= 9 ? k - 1 : k;
    }

    /** The months of a range of lunar years, computed once. */
    private static final class MonthTable {
        int[] starts;
        byte[] numbers;
        boolean[] leaps;
        int[] yearStarts;

        static MonthTable build(int firstYear, int lastYear) {
            // months from month 11 of (firstYear - 1)'s cycle to month 11 after lastYear + 1's Tết
            int kFirst = month11(firstYear - 1);
            int kLast = month11(lastYear + 1);
            int count = kLast - kFirst;
            int[] starts = new int[count];
            byte[] numbers = new byte[count];
            boolean[] leaps = new boolean[count];
            int k11 = kFirst;
            while (k11 < kLast) {
                int next = month11(solarYearOf(newMoonDay(k11)) + 1);
                int leapOffset = next - k11 == 13 ? leapOffset(k11) : Integer.MAX_VALUE;
                for (int j = 0; j < next - k11; j++) {
                    int i = k11 - kFirst + j;
                    starts[i] = newMoonDay(k11 + j);
                    int shifted = j < leapOffset ? j : j - 1;
                    numbers[i] = (byte) ((shifted + 10) % 12 + 1);
                    leaps[i] = j == leapOffset;
                }
                k11 = next;
            }
            // keep Tết of firstYear .. Tết of lastYear + 1
            int first = -1;
            int[] yearStarts = new int[lastYear - firstYear + 2];
            int y = 0;
            for (int i = 0; i < count && y < yearStarts.length; i++) {
                if (numbers[i] == 1 && !leaps[i]) {
                    if (first < 0) {
                        first = i;
                    }
                    int year = solarYearOf(starts[i]);
                    if (year != firstYear + y) {
                        throw new IllegalStateException("lunar year " + year + " where " + (firstYear + y)
                                + " was expected");
                    }
                    yearStarts[y++] = i - first;
                }
            }
            if (y != yearStarts.length) {
                throw new IllegalStateException("month table too short");
            }
            int end = first + yearStarts[yearStarts.length - 1] + 1;
            MonthTable t = new MonthTable();
            t.starts = Arrays.copyOfRange(starts, first, end);
            t.numbers = Arrays.copyOfRange(numbers, first, end);
            t.leaps = Arrays.copyOfRange(leaps, first, end);
            t.yearStarts = yearStarts;
            return t;
        }

        /** In a 13-month cycle starting with month 11 at new moon {@code k11}: the offset of the leap month. */
        private static int leapOffset(int k11) {
            int sign = sunSign(newMoonDay(k11 + 1));
            for (int j = 1; j <= 12; j++) {
                int nextSign = sunSign(newMoonDay(k11 + j + 1));
                if (nextSign == sign) {
                    return j;
                }
                sign = nextSign;
            }
            throw new IllegalStateException("no month without a principal term after new moon " + k11);
        }

        private static int solarYearOf(int epochDay) {
            return LocalDate.ofEpochDay(epochDay).getYear();
        }
    }
}
