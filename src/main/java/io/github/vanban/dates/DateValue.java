package io.github.vanban.dates;

import java.time.LocalDate;

/**
 * The calendar value of a date expression: a day, a month, a quarter, a year, an interval and so on.
 * Each prints the guide's ISO-8601/TIMEX3 string and knows its first and last calendar day.
 */
public interface DateValue {

    /** The ISO-8601 / TIMEX3 string of the annotation guide, such as {@code 2020-07-02} or {@code 2020-H1}. */
    String timex();

    /** The first calendar day covered, or null when the year is unknown. */
    LocalDate firstDay();

    /** The last calendar day covered, or null when the year is unknown. */
    LocalDate lastDay();
}
