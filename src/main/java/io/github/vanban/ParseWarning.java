package io.github.vanban;

/**
 * Something the parser noticed and could not resolve, reported beside the result rather than thrown:
 * an impossible date, a text cut short, a heading nested too deep.
 *
 * @param code    a stable machine-readable code, such as {@code IMPOSSIBLE_DATE}
 * @param message a sentence for people
 * @param span    where in the original text, or null when it concerns the whole document
 */
public record ParseWarning(String code, String message, Span span) {
}
