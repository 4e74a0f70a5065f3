package io.github.vanban.citations;

import io.github.vanban.Span;
import java.time.LocalDate;

/**
 * A document cited by number and symbol, or a statute cited by name.
 *
 * @param span       the citation in the original text
 * @param id         the canonical number and symbol ({@code 217-QĐ/TW}); null for a statute cited by name only
 * @param number     the number ({@code "217"}), or null for a named statute
 * @param year       the year in the symbol, or null
 * @param type       the type code ({@code QĐ}), or the statute's type word ({@code Luật}); null when the
 *                   symbol has none
 * @param issuer     the issuer groups after the type ({@code TW}, {@code TTg}, {@code BCA-V05})
 * @param system     the numbering system
 * @param issuedOn   the issue date the text gives right after the citation, or null
 * @param title      the quoted or following name, or a named statute's name; null when none
 */
public record Citation(Span span, String id, String number, Integer year, String type, String issuer,
                       CitationSystem system, LocalDate issuedOn, String title) {
}
