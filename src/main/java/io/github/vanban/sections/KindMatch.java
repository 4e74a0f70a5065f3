package io.github.vanban.sections;

/**
 * What the keyword rules say a title is for.
 *
 * @param kind      the kind the rules give; {@link SectionKind#OTHER} when no keyword is found
 * @param confident whether the rules are sure: a keyword of exactly one kind was found. No keyword
 *                  (OTHER by default) or keywords of two kinds (settled by the table order) are not
 *                  confident, and a statistical model may overrule them
 * @param keyword   the phrase of the table that decided, or null when none was found
 */
public record KindMatch(SectionKind kind, boolean confident, String keyword) {
}
