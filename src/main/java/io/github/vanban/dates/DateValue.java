package io.github.vanban.dates;

import java.time.LocalDate;

/**
 * The calendar value of a date expression. A sealed family: a day (with a time or part of day or
 * not), a week, a month, a quarter, a half year, a year, a decade, a century, an interval between two of them,
 * and the present as the open end of an interval. Each prints the guide's ISO-8601 / TIMEX3 string and
 * knows its first and last calendar day, so dates can be indexed by range.
 *
 * <p>A year the text did not give is either inferred from the document ({@link #yearInferred()}) or
 * unknown: then {@link #timex()} writes it {@code XXXX} and the first and last days are null.
 */
public sealed interface DateValue
        permits DayValue, WeekValue, MonthValue, QuarterValue, HalfYearValue, YearValue, DecadeValue,
        CenturyValue, IntervalValue, PresentValue {

    /** The ISO-8601 / TIMEX3 string of the annotation guide, such as {@code 2020-07-02} or {@code 2020-H1}. */
    String timex();

    /** The first calendar day covered, or null when the year is unknown or the value is open. */
    LocalDate firstDay();

    /** The last calendar day covered, or null when the year is unknown or the value is open. */
    LocalDate lastDay();

    /** True when the year was not in the expression but taken from the document or the reference date. */
    default boolean yearInferred() {
        return false;
    }

    /** The year as TIMEX3 writes it: four digits, or {@code XXXX} when unknown. */
    static String yearText(Integer year) {
        return year == null ? "XXXX" : String.format("%04d", year);
    }
}
