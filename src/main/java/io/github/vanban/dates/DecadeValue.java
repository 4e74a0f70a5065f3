package io.github.vanban.dates;

import java.time.LocalDate;

/** A decade, {@code thập niên 90}: TIMEX3 {@code 199}. {@code decade} is the year divided by ten (199). */
public record DecadeValue(int decade) implements DateValue {

    @Override
    public String timex() {
        return String.format("%03d", decade);
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(decade * 10, 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(decade * 10 + 9, 12, 31);
    }
}
