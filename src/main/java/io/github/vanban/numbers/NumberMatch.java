package io.github.vanban.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from a text.
 *
 * @param start the offset of its first char in the text that was read
 * @param end   the offset just after its last char
 * @param value its value ({@code 1.035} is 1035, {@code 2,5} is 2.5, {@code 33.000 ngàn} is 33000000)
 * @param kind  whether it was written in digits, in words, or in digits with scale words
 */
public record NumberMatch(int start, int end, BigDecimal value, NumberKind kind) {

    public NumberMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the value has no fractional part. */
    public boolean isInteger() {
        return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The value as a {@code long}.
     *
     * @throws ArithmeticException when the value has a fractional part or does not fit
     */
    public long longValueExact() {
        return value.scale() == 0 ? value.longValueExact() : value.stripTrailingZeros().longValueExact();
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }
}
