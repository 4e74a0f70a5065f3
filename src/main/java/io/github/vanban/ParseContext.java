package io.github.vanban;

import io.github.vanban.header.Header;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * What every extractor sees while one document is parsed: the normalised text, the options, the header
 * once it has been read, and a place to leave warnings. One context per parse; not shared across threads.
 */
public final class ParseContext {

    private final NormalizedText text;
    private final ParseOptions options;
    private Header header = Header.EMPTY;
    private final List<ParseWarning> warnings = new ArrayList<>();

    public ParseContext(NormalizedText text, ParseOptions options) {
        this.text = text;
        this.options = options;
    }

    public NormalizedText text() {
        return text;
    }

    public ParseOptions options() {
        return options;
    }

    /** The document's header; {@link Header#EMPTY} until it has been read or when there is none. */
    public Header header() {
        return header;
    }

    void setHeader(Header header) {
        this.header = header == null ? Header.EMPTY : header;
    }

    /** The span of the original text that the normalised range {@code [start, end)} came from. */
    public Span span(int start, int end) {
        return text.span(start, end);
    }

    /** Leaves a warning about the normalised range {@code [start, end)}, or the whole text when start is -1. */
    public void warn(String code, String message, int start, int end) {
        warnings.add(new ParseWarning(code, message, start < 0 ? null : text.span(start, end)));
    }

    List<ParseWarning> warnings() {
        return List.copyOf(warnings);
    }
}
