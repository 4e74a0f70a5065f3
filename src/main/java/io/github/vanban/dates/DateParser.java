package io.github.vanban.dates;

import io.github.vanban.ParseContext;
import io.github.vanban.calendar.SexagenaryYear;
import io.github.vanban.calendar.VietnameseLunarCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads date expressions of the normalised text: the grammar behind {@link DateExtractor}, open to other
 * readers (the header reader reads the document's date line with {@link #parseAt}). Immutable and
 * thread-safe; {@link #standard()} shares one instance.
 *
 * <pre>{@code
 * Optional<DateMention> d = DateParser.standard().parseAt(context, lineStart, lineEnd);
 * }</pre>
 */
public final class DateParser {

    private static final DateParser STANDARD = new DateParser(DateTables.get());

    /** Tokens the grammar may look back over from where it starts reading (it looks at most about ten back). */
    private static final int LOOK_BEHIND = 64;

    private final DateTables tables;

    private DateParser(DateTables tables) {
        this.tables = tables;
    }

    /** The parser with the library's word lists. */
    public static DateParser standard() {
        return STANDARD;
    }

    /** One expression found by {@link #scan}: normalised offsets and the grammar's reading. */
    record Found(int start, int end, DateGrammar.Parse parse) {
    }

    /**
     * The first date expression in {@code [start, end)} of the normalised text, read as far as it goes
     * (longest reading) without passing {@code end}: for a header's date line
     * {@code Hà Nội, ngày 05 tháng 3 năm 2020} it is {@code ngày 05 tháng 3 năm 2020} = {@code 2020-03-05};
     * for a posting line {@code Ngày đăng 05/07/2022 | 13:29} it is {@code 05/07/2022 | 13:29} =
     * {@code 2022-07-05T13:29}; for {@code ngày   tháng   năm 2026} it is the year {@code 2026}.
     *
     * <p>Nothing outside the range is consulted: a year-less day keeps an unknown year ({@code XXXX}),
     * relative expressions count from the options' reference date (and are skipped without one), lunar
     * festivals need their year in the expression, and an impossible date ({@code 31/2/2020}) ends the
     * search with an empty result. Never throws on odd input.
     *
     * @param context the parse context whose normalised text ({@code context.text().text()}) is read
     * @param start   normalised offset to start looking at
     * @param end     normalised offset the expression must end by
     * @return the date with its span in the original text, or empty when the range holds none
     */
    public Optional<DateMention> parseAt(ParseContext context, int start, int end) {
        String text = context.text().text();
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        if (s >= e) {
            return Optional.empty();
        }
        Tokens tokens = Tokens.of(text, s, e, tables.vocabulary);
        DateGrammar grammar = new DateGrammar(tokens, tables);
        for (int i = 0; tokens.within(i); i++) {
            tokens.release(i - LOOK_BEHIND);
            DateGrammar.Parse p;
            try {
                p = grammar.parse(i);
            } catch (RuntimeException ex) {
                p = null;
            }
            if (p != null) {
                if (!p.ok()) {
                    return Optional.empty();
                }
                DateValue v = p.value();
                if (v == null) {
                    v = resolvePending(p.pending(), context.options().referenceDate(), null, null);
                }
                if (v == null) {
                    return Optional.empty();
                }
                return Optional.of(new DateMention(context.span(tokens.start(p.start()), tokens.end(p.end() - 1)), v));
            }
        }
        return Optional.empty();
    }

    /**
     * Every date expression in {@code [start, end)} of the normalised text, in order, each read as
     * {@link #parseAt} reads one (no year inference across them; impossible dates left out).
     */
    public List<DateMention> parseAll(ParseContext context, int start, int end) {
        String text = context.text().text();
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        List<DateMention> out = new ArrayList<>();
        if (s >= e) {
            return out;
        }
        for (Found f : scan(text, s, e)) {
            DateGrammar.Parse p = f.parse();
            if (!p.ok()) {
                continue;
            }
            DateValue v = p.value() != null ? p.value()
                    : resolvePending(p.pending(), context.options().referenceDate(), null, null);
            if (v != null) {
                out.add(new DateMention(context.span(f.start(), f.end()), v));
            }
        }
        return List.copyOf(out);
    }

    /** Every date expression in {@code [from, to)} of {@code text}, in order, not overlapping; values unresolved. */
    List<Found> scan(String text, int from, int to) {
        Tokens tokens = Tokens.of(text, from, to, tables.vocabulary);
        DateGrammar grammar = new DateGrammar(tokens, tables);
        List<Found> out = new ArrayList<>();
        boolean skip = !grammar.everyWordMayTrigger();
        int i = 0;
        while (true) {
            if (skip) {
                i = tokens.skipToTrigger(i);
            }
            if (!tokens.within(i)) {
                break;
            }
            tokens.release(i - LOOK_BEHIND);
            DateGrammar.Parse p = null;
            if (grammar.trigger(i)) {
                try {
                    p = grammar.parse(i);
                } catch (RuntimeException ex) {
                    p = null;
                }
            }
            if (p == null) {
                i++;
                continue;
            }
            out.add(new Found(tokens.start(p.start()), tokens.end(p.end() - 1), p));
            i = Math.max(i + 1, p.end());
        }
        return out;
    }

    /**
     * The value of an expression that needed more than itself.
     *
     * @param reference the day relative expressions count from, or null
     * @param year      the year a lunar day without one takes, or null
     * @param sameDay   the day {@code cùng ngày} refers to, or null
     */
    static DateValue resolvePending(Pending pending, LocalDate reference, Integer year, DayValue sameDay) {
        if (pending instanceof Pending.Relative r) {
            if (reference == null) {
                return null;
            }
            switch (r.unit()) {
                case "DAY": {
                    DayValue d = DayValue.of(reference.plusDays(r.offset()));
                    d = new DayValue(d.year(), d.month(), d.day(), null, null, true);
                    return r.part() == null ? d : d.in(r.part());
                }
                case "WEEK": {
                    LocalDate day = reference.plusWeeks(r.offset());
                    if (r.weekday() > 0) {
                        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        LocalDate w = monday.plusDays(r.weekday() - 1L);
                        return new DayValue(w.getYear(), w.getMonthValue(), w.getDayOfMonth(), null, null, true);
                    }
                    return WeekValue.of(day, true);
                }
                case "MONTH": {
                    LocalDate m = reference.plusMonths(r.offset());
                    return new MonthValue(m.getYear(), m.getMonthValue(), true);
                }
                case "YEAR":
                    return new YearValue(reference.getYear() + r.offset(), true);
                default:
                    return null;
            }
        }
        if (pending instanceof Pending.Lunar l) {
            Integer lunarYear = l.year();
            boolean inferred = false;
            if (lunarYear == null && l.cycleIndex() >= 0) {
                int around = year != null ? year : reference != null ? reference.getYear() : -1;
                if (around < 0) {
                    return null;
                }
                lunarYear = SexagenaryYear.nearestYear(l.cycleIndex(), around);
                inferred = year == null && reference == null;
            }
            if (lunarYear == null) {
                if (year == null) {
                    return null;
                }
                lunarYear = year;
                inferred = true;
            }
            try {
                LocalDate solar = VietnameseLunarCalendar.instance().toSolar(lunarYear, l.month(), l.leap(), l.day());
                return new DayValue(solar.getYear(), solar.getMonthValue(), solar.getDayOfMonth(), null, null, inferred);
            } catch (RuntimeException ex) {
                return null;
            }
        }
        if (pending instanceof Pending.SameDay s) {
            if (sameDay == null || sameDay.year() == null) {
                return null;
            }
            DayValue base = new DayValue(sameDay.year(), sameDay.month(), sameDay.day(), null, null,
                    sameDay.yearInferred());
            if (s.time() != null) {
                return base.at(s.time());
            }
            return s.part() != null ? base.in(s.part()) : base;
        }
        return null;
    }
}
