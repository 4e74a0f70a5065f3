package io.github.vanban.dates;

import io.github.vanban.ParseContext;
import io.github.vanban.calendar.SexagenaryYear;
import io.github.vanban.text.MatchKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@link DateMention}s of a document. Stateless and thread-safe.
 *
 * <p>Expressions are read by {@link DateParser}; then each that lacks its year takes one as the annotation
 * guide says: the document's own date (the header's, or failing that a date line or posting line found
 * here), else the nearest date before it that gives a year, else the nearest after it, else the reference
 * date of the options; ranges and terms lend no years. With none, the year stays unknown ({@code XXXX}).
 * Relative expressions count from the reference date, else the document's date. Impossible dates
 * ({@code 31/2/2020}) are left out with a warning.
 */
public final class DateExtractor {

    private final DateParser parser = DateParser.standard();

    public List<DateMention> extract(ParseContext context) {
        String text = context.text().text();
        List<DateParser.Found> found;
        try {
            found = parser.scan(text, 0, text.length());
        } catch (RuntimeException e) {
            context.warn("dates.failed", "date scan failed: " + e, -1, -1);
            return List.of();
        }
        int n = found.size();
        DocumentDate doc = documentDate(context, text, found);
        LocalDate reference = context.options().referenceDate() != null ? context.options().referenceDate() : doc.day;
        // years lent by expressions that give one (not ranges or terms), before and after each position
        Integer[] before = new Integer[n];
        Integer[] after = new Integer[n];
        Integer last = null;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            DateGrammar.Parse p = found.get(i).parse();
            if (p.ok() && p.value() != null) {
                Integer y = Years.givenYear(p.value());
                if (y != null) {
                    last = y;
                }
            }
        }
        last = null;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            DateGrammar.Parse p = found.get(i).parse();
            if (p.ok() && p.value() != null) {
                Integer y = Years.givenYear(p.value());
                if (y != null) {
                    last = y;
                }
            }
        }
        List<DateMention> out = new ArrayList<>(n);
        DayValue lastDay = null;
        for (int i = 0; i < n; i++) {
            DateParser.Found f = found.get(i);
            DateGrammar.Parse p = f.parse();
            if (!p.ok()) {
                context.warn("dates.impossible", p.invalid(), f.start(), f.end());
                continue;
            }
            Integer lend = doc.year != null ? doc.year : before[i] != null ? before[i] : after[i] != null ? after[i]
                    : reference != null ? Integer.valueOf(reference.getYear()) : null;
            DateValue v = p.value();
            try {
                if (v == null) {
                    v = DateParser.resolvePending(p.pending(), reference, lend, lastDay);
                    if (v == null) {
                        continue;
                    }
                } else if (Years.lacksYear(v) && lend != null) {
                    v = Years.withYear(v, lend, true);
                }
            } catch (RuntimeException e) {
                context.warn("dates.impossible", "no such day in " + lend + ": " + context.span(f.start(), f.end()).text(),
                        f.start(), f.end());
                continue;
            }
            if (p.pending() instanceof Pending.Lunar l && l.year() != null && l.cycleIndex() >= 0
                    && SexagenaryYear.nearestYear(l.cycleIndex(), l.year()) != l.year()) {
                context.warn("dates.lunarYear", "the year name does not match " + l.year() + "; the number is kept",
                        f.start(), f.end());
            }
            if (v instanceof DayValue d && d.year() != null) {
                lastDay = d;
            }
            out.add(new DateMention(context.span(f.start(), f.end()), v));
        }
        return List.copyOf(out);
    }

    /** The document's own date: its day when known and its year. */
    private record DocumentDate(LocalDate day, Integer year) {
        static final DocumentDate NONE = new DocumentDate(null, null);
    }

    private static DocumentDate documentDate(ParseContext context, String text, List<DateParser.Found> found) {
        DateMention h = context.header().date();
        if (h != null) {
            return of(h.value());
        }
        // a date line ("Hà Nội, ngày 05 tháng 3 năm 2020") or a posting line near the top
        int limit = Math.min(text.length(), 4000);
        for (DateParser.Found f : found) {
            if (f.start() > limit) {
                break;
            }
            DateGrammar.Parse p = f.parse();
            if (!p.ok() || p.value() == null || Years.givenYear(p.value()) == null
                    || p.value() instanceof YearValue) {
                continue;
            }
            if (p.value() instanceof DayValue d && (d.time() != null && d.partOfDay() == null && startsLine(text, f)
                    || postingWords(text, f.start()) || dateLine(text, f.start()))) {
                return of(d);
            }
            if (p.value() instanceof MonthValue && dateLine(text, f.start())) {
                return of(p.value());
            }
        }
        return DocumentDate.NONE;
    }

    private static DocumentDate of(DateValue v) {
        if (v instanceof DayValue d && d.year() != null) {
            return new DocumentDate(d.date(), d.year());
        }
        if (v instanceof IntervalValue i) {
            return of(i.from());
        }
        LocalDate first = v.firstDay();
        return first == null ? DocumentDate.NONE : new DocumentDate(null, first.getYear());
    }

    /** A posting timestamp stands near the start of its line ({@code Thứ Tư, 08/04/2015, 08:11}). */
    private static boolean startsLine(String text, DateParser.Found f) {
        int ls = text.lastIndexOf('\n', f.start() - 1) + 1;
        return f.start() - ls <= 40;
    }

    private static final String[] POSTING = {"ngày đăng", "đăng ngày", "cập nhật", "ngày ban hành", "đăng lúc",
        "date", "ngày đăng bài", "xuất bản"};
    /** The keys of {@link #POSTING}, each also with a colon after it. */
    private static final String[] POSTING_KEYS = new String[POSTING.length * 2];

    static {
        for (int i = 0; i < POSTING.length; i++) {
            POSTING_KEYS[2 * i] = MatchKey.of(POSTING[i]);
            POSTING_KEYS[2 * i + 1] = POSTING_KEYS[2 * i] + ":";
        }
    }

    /** True when the words just before {@code start} on its line say the date is the page's own. */
    private static boolean postingWords(String text, int start) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        String before = MatchKey.of(text.substring(Math.max(ls, start - 30), start)).strip();
        for (String key : POSTING_KEYS) {
            if (before.endsWith(key)) {
                return true;
            }
        }
        return false;
    }

    private static final String THANG = MatchKey.of("tháng");
    private static final String MOTTO_END = MatchKey.of("hạnh phúc");

    /**
     * True when the line from {@code start} on holds {@code key} (a key without {@code i} or {@code y}) in
     * any case: as {@code MatchKey.of(line).contains(key)}, without copying the line.
     */
    private static boolean lineHas(String text, int start, String key) {
        char k0 = key.charAt(0);
        int n = key.length();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Character.toLowerCase(c) == k0 && i + n <= text.length() && matchesAt(text, i, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String key) {
        for (int j = 1; j < key.length(); j++) {
            char c = text.charAt(at + j);
            if (c == '\n' || Character.toLowerCase(c) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a place-and-date line: {@code ngày … tháng … năm …} written out, after a place name that
     * begins the line ({@code Hội An, ngày 16 tháng 7 năm 2020}) or ends the national motto of an
     * interleaved header ({@code … Hạnh phúc Nam Định, ngày 09 tháng 12 năm 2020}).
     */
    private static boolean dateLine(String text, int start) {
        if (!text.regionMatches(true, start, "ngày", 0, 4)) {
            return false;
        }
        if (!lineHas(text, start, THANG)) {
            return false;
        }
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(ls, start).strip();
        int motto = MatchKey.of(before).lastIndexOf(MOTTO_END);
        if (motto >= 0) {
            before = before.substring(motto + "hạnh phúc".length()).strip();
        }
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1).strip();
        }
        if (before.isEmpty()) {
            return false;
        }
        // at most five words (split at runs of spaces), each capitalised
        int words = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) != ' ' && (i == 0 || before.charAt(i - 1) == ' ')) {
                if (++words > 5 || !Character.isUpperCase(before.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
