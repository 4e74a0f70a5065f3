package io.github.vanban.numbers;

/** How a number is written. */
public enum NumberKind {
    /** Digits only: {@code 1.035}, {@code 2,5}, {@code 50}. */
    DIGITS,
    /** Number words only: {@code hai mươi lăm}, {@code một trăm linh năm}. */
    WORDS,
    /** Digits followed by scale words: {@code 1,5 nghìn}, {@code 33.000 ngàn}, {@code 3 vạn}. */
    MIXED
}
