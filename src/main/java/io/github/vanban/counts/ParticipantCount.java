package io.github.vanban.counts;

import io.github.vanban.Span;

/**
 * A number of people or households who attended, took part in or were reached by an activity.
 *
 * @param span   the approximator (if any), the number and its unit in the original text
 * @param value  the number (the lower bound of a range such as {@code 200-300 người})
 * @param upper  the upper bound of a range, or {@code null} when the count is a single number
 * @param unit   the person or household noun, lower case ({@code lượt người}, {@code đại biểu})
 * @param approx how exactly the number is given
 */
public record ParticipantCount(Span span, long value, Long upper, String unit, Approximation approx) {

    /** A count that is a single number. */
    public ParticipantCount(Span span, long value, String unit, Approximation approx) {
        this(span, value, null, unit, approx);
    }
}
