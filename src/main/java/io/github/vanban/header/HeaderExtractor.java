package io.github.vanban.header;

import io.github.vanban.ParseContext;

/** Reads the document's own header. Stateless and thread-safe. */
public final class HeaderExtractor {

    public Header extract(ParseContext context) {
        return Header.EMPTY;
    }
}
