package io.github.vanban.dates;

import java.time.LocalDate;

/** A half year ({@code 6 tháng đầu năm 2020}: {@code 2020-H1}). */
public record HalfYearValue(Integer year, int half, boolean yearInferred) implements DateValue {

    public HalfYearValue {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("no such half year: " + half);
        }
    }

    @Override
    public String timex() {
        return DateValue.yearText(year) + "-H" + half;
    }

    @Override
    public LocalDate firstDay() {
        return year == null ? null : LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    @Override
    public LocalDate lastDay() {
        return year == null ? null : LocalDate.of(year, half == 1 ? 6 : 12, half == 1 ? 30 : 31);
    }
}
