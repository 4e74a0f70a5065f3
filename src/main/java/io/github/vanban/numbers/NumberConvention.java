package io.github.vanban.numbers;

/** Which separators a text uses inside numbers written with digits. */
public enum NumberConvention {
    /** Dot between thousands, comma before decimals: {@code 1.234.567,5}. The Vietnamese standard. */
    VIETNAMESE,
    /** Comma between thousands, dot before decimals: {@code 1,234,567.5}. */
    ENGLISH;

    /** The thousands separator of this convention. */
    public char groupSeparator() {
        return this == VIETNAMESE ? '.' : ',';
    }

    /** The decimal separator of this convention. */
    public char decimalSeparator() {
        return this == VIETNAMESE ? ',' : '.';
    }

    /** The other convention. */
    public NumberConvention other() {
        return this == VIETNAMESE ? ENGLISH : VIETNAMESE;
    }
}
