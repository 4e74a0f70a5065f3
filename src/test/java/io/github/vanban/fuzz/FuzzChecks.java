package io.github.vanban.fuzz;

import io.github.vanban.Document;
import io.github.vanban.ParseWarning;
import io.github.vanban.Span;
import io.github.vanban.citations.Citation;
import io.github.vanban.counts.ParticipantCount;
import io.github.vanban.dates.DateMention;
import io.github.vanban.sections.Section;

/** What must hold of any parse, whatever the input. */
final class FuzzChecks {

    private FuzzChecks() {
    }

    static void checkDocument(String input, Document d) {
        for (Section s : d.allSections()) {
            checkSpan(input, s.heading());
            if (s.bodyStart() < 0 || s.bodyEnd() < s.bodyStart() || s.bodyEnd() > input.length()) {
                throw new AssertionError("body [" + s.bodyStart() + ", " + s.bodyEnd() + ") of " + input.length());
            }
            if (s.level() < 1) {
                throw new AssertionError("level " + s.level());
            }
        }
        for (DateMention m : d.dates()) {
            checkSpan(input, m.span());
            if (m.value().timex() == null) {
                throw new AssertionError("date without value: " + m);
            }
        }
        for (Citation c : d.citations()) {
            checkSpan(input, c.span());
        }
        for (ParticipantCount c : d.counts()) {
            checkSpan(input, c.span());
        }
        for (ParseWarning w : d.warnings()) {
            if (w.span() != null) {
                checkSpan(input, w.span());
            }
        }
    }

    static void checkSpan(String input, Span span) {
        if (span.start() < 0 || span.end() > input.length() || span.start() > span.end()) {
            throw new AssertionError("span outside the input: " + span + " of " + input.length());
        }
        if (!input.substring(span.start(), span.end()).equals(span.text())) {
            throw new AssertionError("span text differs from the input: " + span);
        }
    }
}
