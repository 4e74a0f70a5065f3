package io.github.vanban;

/** What a parse extracts; {@link ParseOptions#features()} selects them. */
public enum Feature {
    /** The document's own header: issuer, number, place and date, type, subject, signer. */
    HEADER,
    /** Numbered headings and the text they head. */
    SECTIONS,
    /** Dates, periods, terms, times, lunar and relative dates. */
    DATES,
    /** Cited documents and named statutes. */
    CITATIONS,
    /** Numbers of people or households who took part in something. */
    COUNTS,
    /**
     * The sentences of the text, with offsets. Not in {@link ParseOptions#defaults()}: ask for it with
     * {@link ParseOptions#withFeatures}.
     */
    SENTENCES
}
