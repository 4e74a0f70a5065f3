package io.github.vanban.sentences;

import io.github.vanban.Span;
import java.util.Objects;

/**
 * One sentence of a document: a heading line, a dash item, a paragraph's sentence, a header line. Its
 * span points into the string that was parsed and holds no leading or trailing white space; a sentence
 * hard-wrapped over several lines keeps the line breaks inside its span.
 *
 * @param span where the sentence is in the parsed string
 */
public record Sentence(Span span) {

    public Sentence {
        Objects.requireNonNull(span, "span");
    }

    /** The sentence's text, verbatim from the parsed string. */
    public String text() {
        return span.text();
    }
}
