package io.github.vanban.calendar;

/**
 * A day of the Vietnamese lunar calendar.
 *
 * @param year      the lunar year, named by the solar year in which it starts (its Tết); lunar dates of
 *                  January before Tết belong to the previous year
 * @param month     the lunar month, 1 to 12 (1 is tháng Giêng, 12 is tháng Chạp)
 * @param leapMonth whether this is the leap (nhuận) month that follows the regular month {@code month}
 * @param day       the day of the month, 1 to 29 or 30
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) {

    /** Checks the ranges of the fields (not whether the month really has that day). */
    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month out of range: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day out of range: " + day);
        }
    }
}
