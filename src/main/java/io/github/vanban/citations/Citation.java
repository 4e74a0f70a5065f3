package io.github.vanban.citations;

import io.github.vanban.Span;
import java.time.LocalDate;

/**
 * A document cited by number and symbol, or a statute cited by name.
 *
 * @param span        the citation in the original text
 * @param id          the canonical number and symbol ({@code 217-QĐ/TW}); null for a statute cited by name only
 * @param number      the number ({@code "217"}, {@code "30c"}), or null for a named statute
 * @param year        the year in the symbol, or null
 * @param type        the type code ({@code QĐ}), or the statute's type word ({@code Luật}); null when the
 *                    symbol has none (a công văn, a law {@code 80/2015/QH13})
 * @param typeName    the type's full Vietnamese name ({@code Quyết định}), or null when unknown
 * @param typeGloss   an English gloss of the type ({@code Decision}), or null when unknown
 * @param issuer      the issuer groups after the type ({@code TW}, {@code TTg}, {@code BCA-V05}), as written
 *                    when the code is unknown
 * @param issuerName  the issuer's full name when its code is known ({@code Thủ tướng Chính phủ}), else null
 * @param system      the numbering system
 * @param issuedOn    the issue date the text gives right after the citation, or null
 * @param issuingBody the issuing body in words right after it ({@code của Thủ tướng Chính phủ}), or null
 * @param title       the quoted or following name ({@code về …}), or a named statute's name; null when none
 */
public record Citation(Span span, String id, String number, Integer year, String type, String typeName,
                       String typeGloss, String issuer, String issuerName, CitationSystem system,
                       LocalDate issuedOn, String issuingBody, String title) {

    /** This citation with another issue date, issuing body and title. */
    public Citation withDetails(LocalDate issuedOn, String issuingBody, String title) {
        return new Citation(span, id, number, year, type, typeName, typeGloss, issuer, issuerName, system,
                issuedOn, issuingBody, title);
    }

    /** This citation at another place in the text (a short form used later). */
    public Citation at(Span where) {
        return new Citation(where, id, number, year, type, typeName, typeGloss, issuer, issuerName, system,
                issuedOn, issuingBody, title);
    }
}
