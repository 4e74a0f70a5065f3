package io.github.vanban.counts;

/** How exactly a count is given. */
public enum Approximation {
    EXACT, MORE_THAN, LESS_THAN, ABOUT, AT_LEAST
}
