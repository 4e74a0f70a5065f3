package io.github.vanban.dates;

import io.github.vanban.Span;

/**
 * A date expression found in the text and its value.
 *
 * @param span  the expression in the original text
 * @param value its calendar value
 */
public record DateMention(Span span, DateValue value) {
}
