package io.github.vanban.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch): months begin on the civil day of the new moon and the
 * leap month is placed by the principal solar terms, both reckoned for the time zone UTC+7 (Vietnam's),
 * which makes it differ from the Chinese calendar (UTC+8) in some years.
 *
 * <p>Supported range: lunar years 1900 to 2100 (solar dates from Tết 1900 to the end of lunar 2100).
 * Thread-safe and immutable.
 */
public final class VietnameseLunarCalendar {

    private static final VietnameseLunarCalendar INSTANCE = new VietnameseLunarCalendar();

    private VietnameseLunarCalendar() {
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
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * The lunar date of a solar day.
     *
     * @throws IllegalArgumentException if the day is outside the supported range
     */
    public LunarDate toLunar(LocalDate solar) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Tết Nguyên đán of lunar year {@code lunarYear}: the solar day of lunar 1/1.
     *
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, false, 1);
    }

    /**
     * Whether lunar year {@code lunarYear} has month {@code lunarMonth} as a leap month ({@code leap}) or as
     * a regular month (every year has regular months 1 to 12). False for years outside the supported range.
     */
    public boolean hasMonth(int lunarYear, int lunarMonth, boolean leap) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
