package io.github.vanban.fuzz;

import io.github.vanban.Document;

/** The fuzz checks, for property tests outside this package. */
public final class FuzzChecksAccess {

    private FuzzChecksAccess() {
    }

    /** Throws when a span of {@code d} does not lie inside {@code input} or its text differs. */
    public static void check(String input, Document d) {
        FuzzChecks.checkDocument(input, d);
    }
}
