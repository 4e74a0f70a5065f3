package io.github.vanban;

import io.github.vanban.header.Header;

/**
 * Lets the benchmarks run one extractor alone on a context that already holds the document's header, as
 * {@link Vanban#parse(String, ParseOptions)} prepares it. Lives in the library's package only for that one
 * package-private call; benchmark code, not part of the library.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    /** A fresh context over {@code context}'s text and options, holding {@code header}. */
    public static ParseContext withHeader(ParseContext context, Header header) {
        ParseContext copy = new ParseContext(context.text(), context.options());
        copy.setHeader(header);
        return copy;
    }
}
