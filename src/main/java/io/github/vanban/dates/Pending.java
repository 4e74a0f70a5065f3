package io.github.vanban.dates;

import java.time.LocalTime;

/**
 * What a date expression says when its value needs more than the expression: a day counted from the
 * reference date ({@code hôm qua}), a lunar day to convert ({@code rằm tháng Giêng}), or {@code cùng ngày}
 * naming the day mentioned before.
 */
sealed interface Pending {

    /**
     * A relative expression.
     *
     * @param unit    DAY, WEEK, MONTH or YEAR
     * @param offset  how many units from the reference date
     * @param weekday 1–7 for {@code thứ Hai tuần tới}, else 0
     * @param part    a part of the day ({@code sáng nay}), or null
     */
    record Relative(String unit, int offset, int weekday, PartOfDay part) implements Pending {
    }

    /**
     * A lunar day.
     *
     * @param month      lunar month 1–12
     * @param leap       true for a leap month
     * @param day        lunar day 1–30
     * @param year       the solar year of the lunar year's Tết, when the text gave it; or null
     * @param cycleIndex the sexagenary index the text gave ({@code Canh Tý}), or -1
     */
    record Lunar(int month, boolean leap, int day, Integer year, int cycleIndex) implements Pending {
    }

    /** {@code cùng ngày}: the day of the date before, at a time or in a part of the day (either may be null). */
    record SameDay(LocalTime time, PartOfDay part) implements Pending {
    }
}
