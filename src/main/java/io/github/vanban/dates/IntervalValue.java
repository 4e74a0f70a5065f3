package io.github.vanban.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From one date to another: a range ({@code từ ngày 1/7 đến ngày 15/7/2020}: {@code 2020-07-01/2020-07-15}),
 * a term ({@code nhiệm kỳ 2019-2024}: {@code 2019/2024}), a leading period ({@code 9 tháng đầu năm 2020}:
 * {@code 2020-01/2020-09}), or a start to the present ({@code 1986/PRESENT_REF}).
 */
public record IntervalValue(DateValue from, DateValue to) implements DateValue {

    public IntervalValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String timex() {
        return from.timex() + "/" + to.timex();
    }

    @Override
    public LocalDate firstDay() {
        return from.firstDay();
    }

    @Override
    public LocalDate lastDay() {
        return to instanceof PresentValue ? null : to.lastDay();
    }

    @Override
    public boolean yearInferred() {
        return from.yearInferred() || to.yearInferred();
    }
}
