package io.github.vanban.sections;

import io.github.vanban.Span;
import java.util.List;

/**
 * A numbered heading and the text it heads, with the sections nested under it.
 *
 * @param label    the label as the guide writes it: {@code I}, {@code 1}, {@code 1.1}, {@code a}, {@code (1)},
 *                 {@code Điều 1}, {@code Chương I}
 * @param level    nesting depth in this document, 1 for the outermost numbered heading that occurs
 * @param title    the heading's own words after the label, verbatim from the original text
 * @param kind     what the section is for, read from its title (and from the next line where a hard wrap
 *                 visibly cut the title)
 * @param heading  the heading line (label and title) in the original text
 * @param bodyStart where the body starts in the original text: the end of the heading
 * @param bodyEnd  where the body ends in the original text (exclusive): the start of the next heading of the
 *                 same or a higher level, or the end of the text; the body holds the nested sections
 * @param sections the sections nested directly under this one, in document order
 */
public record Section(String label, int level, String title, SectionKind kind, Span heading, int bodyStart,
                      int bodyEnd, List<Section> sections) {

    public Section {
        if (bodyStart < 0 || bodyEnd < bodyStart) {
            throw new IllegalArgumentException("bad body [" + bodyStart + ", " + bodyEnd + ")");
        }
        sections = List.copyOf(sections);
    }

    /** The body's text: {@code original.substring(bodyStart, bodyEnd)} of the text this section was read from. */
    public String body(String original) {
        return original.substring(bodyStart, bodyEnd);
    }
}
