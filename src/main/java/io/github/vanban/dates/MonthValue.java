package io.github.vanban.dates;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar month ({@code tháng 7/2020}: {@code 2020-07}). */
public record MonthValue(Integer year, int month, boolean yearInferred) implements DateValue {

    public MonthValue {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no such month: " + month);
        }
    }

    @Override
    public String timex() {
        return DateValue.yearText(year) + String.format("-%02d", month);
    }

    @Override
    public LocalDate firstDay() {
        return year == null ? null : LocalDate.of(year, month, 1);
    }

    @Override
    public LocalDate lastDay() {
        return year == null ? null : YearMonth.of(year, month).atEndOfMonth();
    }
}
