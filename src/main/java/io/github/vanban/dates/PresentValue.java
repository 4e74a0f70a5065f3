package io.github.vanban.dates;

import java.time.LocalDate;

/** The present, as the open end of {@code từ năm 1986 đến nay}: TIMEX3 {@code PRESENT_REF}. */
public record PresentValue() implements DateValue {

    @Override
    public String timex() {
        return "PRESENT_REF";
    }

    @Override
    public LocalDate firstDay() {
        return null;
    }

    @Override
    public LocalDate lastDay() {
        return null;
    }
}
