package io.github.vanban.header;

import io.github.vanban.citations.Citation;
import io.github.vanban.dates.DateMention;

/**
 * The document's own header: who issued it, its number, place and date, and type.
 *
 * @param number the document's own number and symbol ({@code Số: 05/BC-UBND}), parsed like a citation; or null
 * @param date   the document's own date (its place-and-date line, or a web page's posting date); or null
 */
public record Header(Citation number, DateMention date) {

    /** The header of a text that has none. */
    public static final Header EMPTY = new Header(null, null);
}
