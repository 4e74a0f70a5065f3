package io.github.vanban;

import io.github.vanban.citations.Citation;
import io.github.vanban.counts.ParticipantCount;
import io.github.vanban.dates.DateMention;
import io.github.vanban.header.Header;
import io.github.vanban.sections.Section;
import io.github.vanban.sentences.Sentence;
import java.util.List;

/**
 * What vanban read from one document. Immutable; every {@link Span} in it points into the string that
 * was parsed.
 *
 * @param header    the document's own header ({@link Header#EMPTY} when it has none or it was not asked for)
 * @param sections  the top-level sections, each holding its nested ones
 * @param dates     every date expression, in document order
 * @param citations every cited document, in document order
 * @param counts    every participant count, in document order
 * @param warnings  what the parser noticed and could not resolve
 * @param sentences the sentences of the text in order, when {@link Feature#SENTENCES} was asked for;
 *                  empty otherwise
 */
public record Document(Header header, List<Section> sections, List<DateMention> dates,
                       List<Citation> citations, List<ParticipantCount> counts, List<ParseWarning> warnings,
                       List<Sentence> sentences) {

    public Document {
        header = header == null ? Header.EMPTY : header;
        sections = List.copyOf(sections);
        dates = List.copyOf(dates);
        citations = List.copyOf(citations);
        counts = List.copyOf(counts);
        warnings = List.copyOf(warnings);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** A document without sentences. */
    public Document(Header header, List<Section> sections, List<DateMention> dates,
                    List<Citation> citations, List<ParticipantCount> counts, List<ParseWarning> warnings) {
        this(header, sections, dates, citations, counts, warnings, List.of());
    }

    /**
     * The document's own date at the precision the text gives it ({@code 2020-07-16}, or {@code 2019} for
     * {@code ngày / tháng / năm 2019}), without a time; null when the document gives none.
     */
    public String documentDate() {
        if (header.date() == null) {
            return null;
        }
        String timex = header.date().value().timex();
        int t = timex.indexOf('T');
        return t > 0 ? timex.substring(0, t) : timex;
    }

    /** The document's own number and symbol in canonical form ({@code 05/BC-UBND}); null when it has none. */
    public String documentNumber() {
        return header.number() == null ? null : header.number().id();
    }

    /** All sections, nested ones included, in document order. */
    public List<Section> allSections() {
        List<Section> all = new java.util.ArrayList<>();
        addAll(sections, all);
        return List.copyOf(all);
    }

    private static void addAll(List<Section> level, List<Section> into) {
        for (Section s : level) {
            into.add(s);
            addAll(s.sections(), into);
        }
    }
}
