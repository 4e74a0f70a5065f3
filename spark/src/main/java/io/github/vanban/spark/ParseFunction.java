package io.github.vanban.spark;

import io.github.vanban.Document;
import io.github.vanban.ParseOptions;
import io.github.vanban.ParseWarning;
import io.github.vanban.header.Header;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * {@code vanban_parse(text)}: the parsed document as a struct of {@link DocumentSchema#DOCUMENT}; null for
 * a null text. A text the parser fails on gives an empty document with a {@code PARSE_FAILED} warning, so
 * one bad row does not stop a query. Holds nothing but the reference date: the parser is this JVM's
 * {@link ExecutorVanban}.
 */
final class ParseFunction implements UDF1<String, Row> {

    private static final long serialVersionUID = 1L;

    /** The day relative dates count from, or null for the document's own date. */
    private final LocalDate referenceDate;
    private transient ParseOptions options;

    ParseFunction(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    @Override
    public Row call(String text) {
        if (text == null) {
            return null;
        }
        Document document;
        try {
            if (options == null) {
                options = ParseOptions.defaults().withReferenceDate(referenceDate);
            }
            document = ExecutorVanban.get().parse(text, options);
        } catch (RuntimeException | StackOverflowError e) {
            document = new Document(Header.EMPTY, List.of(), List.of(), List.of(), List.of(),
                    List.of(new ParseWarning("PARSE_FAILED", "vanban failed: " + e, null)));
        }
        return DocumentRows.document(document);
    }
}
