package io.github.vanban.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One calendar day, possibly with a clock time or a part of the day.
 *
 * @param year         the year, or null when unknown
 * @param month        1–12
 * @param day          1–31, valid for the month (and the year, when known)
 * @param time         the clock time, or null
 * @param partOfDay    the part of the day, or null (never both a time and a part of day)
 * @param yearInferred true when the year came from the document rather than the expression
 */
public record DayValue(Integer year, int month, int day, LocalTime time, PartOfDay partOfDay,
                       boolean yearInferred) implements DateValue {

    public DayValue {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("no such day: " + day + "/" + month);
        }
        if (year != null) {
            LocalDate.of(year, month, day); // throws for 31/2
        } else if (day > java.time.Month.of(month).maxLength()) {
            throw new IllegalArgumentException("no such day: " + day + "/" + month);
        }
    }

    /** The day of a full date. */
    public static DayValue of(LocalDate date) {
        return new DayValue(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null, false);
    }

    /** This day at a clock time. */
    public DayValue at(LocalTime t) {
        return new DayValue(year, month, day, Objects.requireNonNull(t), null, yearInferred);
    }

    /** This day in a part of the day. */
    public DayValue in(PartOfDay part) {
        return new DayValue(year, month, day, null, Objects.requireNonNull(part), yearInferred);
    }

    /** The day as a {@link LocalDate}, or null when the year is unknown. */
    public LocalDate date() {
        return year == null ? null : LocalDate.of(year, month, day);
    }

    @Override
    public String timex() {
        String d = DateValue.yearText(year) + String.format("-%02d-%02d", month, day);
        if (time != null) {
            return d + String.format("T%02d:%02d", time.getHour(), time.getMinute());
        }
        return partOfDay != null ? d + "T" + partOfDay.timex() : d;
    }

    @Override
    public LocalDate firstDay() {
        return date();
    }

    @Override
    public LocalDate lastDay() {
        return date();
    }
}
