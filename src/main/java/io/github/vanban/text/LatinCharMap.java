package io.github.vanban.text;

import java.util.function.UnaryOperator;

/**
 * A string for each Latin char (U+0000 to U+024F, and U+1E00 to U+1EFF where the Vietnamese letters with
 * two marks are), worked out once from a function of one-char strings: a per-char table for a folding that
 * would otherwise lower-case, decompose and filter every string it is given. A caller that folds a string
 * char by char through it gets the function's result for the whole string only when the function works on
 * each char alone (its lower case does not depend on the chars around, and what it drops or keeps of a
 * decomposed char depends on that char only); other chars are left to the caller.
 */
public final class LatinCharMap {

    private static final int LOW_END = 0x250;
    private static final int EXTENDED = 0x1E00;
    private static final int EXTENDED_SIZE = 0x100;

    private final String[] low = new String[LOW_END];
    private final String[] extended = new String[EXTENDED_SIZE];

    private LatinCharMap(UnaryOperator<String> function) {
        for (int c = 0; c < LOW_END; c++) {
            low[c] = function.apply(String.valueOf((char) c));
        }
        for (int c = 0; c < EXTENDED_SIZE; c++) {
            extended[c] = function.apply(String.valueOf((char) (EXTENDED + c)));
        }
    }

    /** The table of {@code function} applied to each Latin char alone. */
    public static LatinCharMap of(UnaryOperator<String> function) {
        return new LatinCharMap(function);
    }

    /** The function's string for {@code c}, or null when {@code c} is not one of the Latin chars. */
    public String get(char c) {
        if (c < LOW_END) {
            return low[c];
        }
        int k = c - EXTENDED;
        return k >= 0 && k < EXTENDED_SIZE ? extended[k] : null;
    }
}
