package io.github.vanban.dates;

import java.time.LocalDate;

/** A calendar year ({@code năm 2020}: {@code 2020}). */
public record YearValue(int year, boolean yearInferred) implements DateValue {

    /** A year the text gave. */
    public static YearValue of(int year) {
        return new YearValue(year, false);
    }

    @Override
    public String timex() {
        return DateValue.yearText(year);
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }
}
