package io.github.vanban.dates;

import java.time.LocalDate;
import java.time.YearMonth;

/** A quarter of a year ({@code quý I/2020}: {@code 2020-Q1}). */
public record QuarterValue(Integer year, int quarter, boolean yearInferred) implements DateValue {

    public QuarterValue {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no such quarter: " + quarter);
        }
    }

    @Override
    public String timex() {
        return DateValue.yearText(year) + "-Q" + quarter;
    }

    @Override
    public LocalDate firstDay() {
        return year == null ? null : LocalDate.of(year, quarter * 3 - 2, 1);
    }

    @Override
    public LocalDate lastDay() {
        return year == null ? null : YearMonth.of(year, quarter * 3).atEndOfMonth();
    }
}
