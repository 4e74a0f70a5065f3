package io.github.vanban.dates;

import java.time.LocalDate;

/**
 * A century, {@code thế kỷ XX}: TIMEX3 {@code 19}. {@code hundreds} is the first year divided by a hundred
 * (19 for the twentieth century, taken as 1900–1999).
 */
public record CenturyValue(int hundreds) implements DateValue {

    @Override
    public String timex() {
        return String.format("%02d", hundreds);
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(hundreds * 100, 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(hundreds * 100 + 99, 12, 31);
    }
}
