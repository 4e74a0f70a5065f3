package io.github.vanban.header;

import io.github.vanban.citations.Citation;
import io.github.vanban.citations.CitationSystem;
import io.github.vanban.dates.DateMention;
import java.util.List;

/**
 * The document's own header: the parts Decree 30/2020/NĐ-CP fixes for State documents and their Party and
 * Front counterparts, or, for a web news post, its title line and posting date. The text fields come from
 * the normalised text (NFC, odd spaces and dashes folded); a body split over two lines is joined with one space.
 *
 * @param family      which header family it has ({@code CỘNG HÒA …} State, {@code ĐẢNG CỘNG SẢN VIỆT NAM}
 *                    Party, a State header over a Front body), or null when it has no formal header
 * @param parentBody  the body printed above the issuing body ({@code ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH}), or null
 * @param issuingBody the issuing body ({@code ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG}, {@code BAN THƯỜNG TRỰC}), or null
 * @param number      the document's own number and symbol ({@code Số: 05/BC-UBND}), parsed like a citation;
 *                    null when it has none or its number is left blank
 * @param place       the place of the place-and-date line ({@code Hội An}), or null
 * @param date        the document's own date (its date line, or a web page's posting date); or null
 * @param type        the document type as printed ({@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}; {@code CÔNG VĂN} for
 *                    an official letter with a {@code V/v} subject), or null
 * @param subject     the subject ({@code V/v …} or the line(s) under the type), or null
 * @param recipients  the lines of the {@code Nơi nhận:} list, dashes removed; empty when none
 * @param signer      the signature block, or null
 * @param webTitle    a web news post's title line, or null
 */
public record Header(CitationSystem family, String parentBody, String issuingBody, Citation number, String place,
                     DateMention date, String type, String subject, List<String> recipients, Signer signer,
                     String webTitle) {

    /** The header of a text that has none. */
    public static final Header EMPTY = new Header(null, null, null, null, null, null, null, null, List.of(), null,
            null);

    public Header {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * Who signs: the authority mark with what follows it ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}),
     * the signer's title ({@code PHÓ CHỦ TỊCH}) and name; any may be null.
     */
    public record Signer(String authority, String title, String name) {
    }
}
