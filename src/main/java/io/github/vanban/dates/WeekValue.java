package io.github.vanban.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO week ({@code tuần tới} counted from the reference date): TIMEX3 {@code 2020-W29}.
 *
 * @param weekYear     the ISO week-based year
 * @param week         the ISO week, 1–53
 * @param yearInferred always true in practice: weeks are only ever named relative to a reference date
 */
public record WeekValue(int weekYear, int week, boolean yearInferred) implements DateValue {

    public WeekValue {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("no such week: " + week);
        }
    }

    /** The ISO week that holds {@code day}. */
    public static WeekValue of(LocalDate day, boolean inferred) {
        return new WeekValue(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), inferred);
    }

    @Override
    public String timex() {
        return String.format("%04d-W%02d", weekYear, week);
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(weekYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public LocalDate lastDay() {
        return firstDay().plusDays(6);
    }
}
