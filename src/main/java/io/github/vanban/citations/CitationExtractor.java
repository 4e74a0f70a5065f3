package io.github.vanban.citations;

import io.github.vanban.ParseContext;
import io.github.vanban.Span;
import io.github.vanban.header.Header;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the {@link Citation}s of a document in one pass: a slash next to a digit or a type code triggers
 * the number-and-symbol reader, and the words {@code Luật}, {@code Bộ luật}, {@code Hiến pháp},
 * {@code Pháp lệnh} the statute-name reader. Around each it reads the issue date, the issuing body and the
 * title the text gives, and the short form the text defines ({@code (dưới đây gọi tắt là Kết luận 62)}),
 * whose later uses are citations too. Form numbers ({@code Mẫu số 01/…}) and the document's own number
 * are left out. Stateless and thread-safe.
 */
public final class CitationExtractor {

    private static final int ALIAS_WINDOW = 250;
    private static final int BODY_WORDS = 14;
    private static final int TITLE_CHARS = 400;
    private static final Set<String> BODY_STOP = Set.of("về", "tại", "để", "với", "và", "giữa", "v", "đã", "trên",
            "năm", "ngày", "theo");
    /** Verbs that end a body's name: {@code của UBND tỉnh ban hành …}; their first syllable alone may be part of it ({@code Ủy ban}). */
    private static final Set<String> BODY_STOP_VERBS = Set.of("ban hành", "phê duyệt", "quy định", "hướng dẫn",
            "thực hiện", "triển khai");
    /** The first words of {@link #BODY_STOP_VERBS}: only after one of these is the next word read. */
    private static final Set<String> BODY_STOP_VERB_HEADS = heads(BODY_STOP_VERBS);

    /** The chars the scan stops at: the slash of a number, and the initials of the statute words it reads. */
    private static final boolean[] TRIGGERS = new boolean[128];

    static {
        for (char c : "/LlBHPbp".toCharArray()) {
            TRIGGERS[c] = true;
        }
    }

    private final CitationTables tables = CitationTables.get();
    private final NumberSymbolReader numbers = new NumberSymbolReader(tables);
    private final StatuteReader statutes = new StatuteReader(tables);

    public List<Citation> extract(ParseContext context) {
        try {
            return scan(context);
        } catch (RuntimeException e) {
            context.warn("citations.failed", "citation reading stopped: " + e, -1, -1);
            return List.of();
        }
    }

    /** Words that define a short form after a citation: {@code (sau đây gọi tắt là …)}, {@code (dưới đây gọi là …)}. */
    private static final List<String> ALIAS_TRIGGERS = List.of("gọi tắt là ", "viết tắt là ", "gọi là ");
    /** What every one of {@link #ALIAS_TRIGGERS} ends with: a window without it holds none of them. */
    private static final String ALIAS_TAIL = "là ";

    static {
        for (String trigger : ALIAS_TRIGGERS) {
            if (!trigger.endsWith(ALIAS_TAIL)) {
                throw new IllegalStateException("alias trigger without the common tail: " + trigger);
            }
        }
    }

    private record Alias(String text, int from, Citation citation) {
    }

    private List<Citation> scan(ParseContext context) {
        String t = context.text().text();
        Set<String> own = ownNumbers(context.header());
        List<Citation> out = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        int consumed = 0;
        String pendingTitle = null;
        int pendingAt = -1;
        for (int i = nextTrigger(t, 0); i < t.length(); i = nextTrigger(t, Math.max(i + 1, consumed))) {
            char c = t.charAt(i);
            if (c == '/') {
                NumberSymbolReader.Reading r = numbers.readAtSlash(t, i);
                if (r == null || r.start() < consumed) {
                    continue;
                }
                int floor = consumed;
                consumed = r.end();
                if (isFormNumber(t, r.start()) || !own.isEmpty() && own.contains(ownKey(r.id()))) {
                    continue;
                }
                String statuteTitle = pendingTitle != null && r.start() - pendingAt <= 8 ? pendingTitle : null;
                pendingTitle = null;
                Citation cit = numbered(context, t, r, statuteTitle);
                for (int[] n : listedNumbers(t, r.start(), floor)) {
                    // "Quyết định số 12, 13/QĐ-UBND": each number with the shared symbol
                    String num = t.substring(n[0], n[1]);
                    out.add(new Citation(context.span(n[0], n[1]), num + cit.id().substring(cit.number().length()),
                            num, cit.year(), cit.type(), cit.typeName(), cit.typeGloss(), cit.issuer(),
                            cit.issuerName(), cit.system(), null, null, null));
                }
                out.add(cit);
                Alias a = alias(t, r.end(), cit);
                if (a != null) {
                    aliases.add(a);
                }
            } else if (statutes.mayStartAt(t, i) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
                StatuteReader.Name n = statutes.read(t, i);
                if (n == null) {
                    continue;
                }
                boolean amendingItself = IgnoreCase.regionMatches(t, i, "Luật sửa");
                if (!amendingItself && insideAmendingName(t, i)) {
                    consumed = n.end();
                    continue;
                }
                consumed = n.end();
                if (n.numberFollows()) {
                    pendingTitle = context.span(n.start(), n.end()).text();
                    pendingAt = n.end();
                    continue;
                }
                out.add(named(context, t, n));
            }
        }
        addAliasUses(context, t, aliases, out);
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return List.copyOf(out);
    }

    /** The first index from {@code i} of a slash or of a letter that may start a statute word; the length if none. */
    private static int nextTrigger(String t, int i) {
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c < TRIGGERS.length && TRIGGERS[c]) {
                return i;
            }
            i++;
        }
        return n;
    }

    private Citation numbered(ParseContext context, String t, NumberSymbolReader.Reading r, String statuteTitle) {
        String typeName = null;
        String typeGloss = null;
        if (r.typeEntry() != null) {
            typeName = r.typeEntry().name();
            typeGloss = r.typeEntry().gloss();
        } else {
            String before = typeNameBefore(t, r.start());
            if (before != null) {
                CitationTables.Entry e = tables.typesNamed(before).get(0);
                typeName = e.name();
                typeGloss = e.gloss();
            }
        }
        int pos = r.end();
        DayReader.Day day = DayReader.afterCitation(t, pos);
        LocalDate issuedOn = null;
        if (day != null) {
            issuedOn = day.date();
            pos = day.end();
        }
        int[] body = issuingBody(t, pos);
        String issuingBody = null;
        if (body != null) {
            issuingBody = context.span(body[0], body[1]).text();
            pos = body[1];
        }
        String title = statuteTitle != null ? statuteTitle : title(context, t, pos);
        return new Citation(context.span(r.start(), r.end()), r.id(), r.number(), r.year(), r.type(), typeName,
                typeGloss, r.issuer(), numbers.issuerName(r), r.system(), issuedOn, issuingBody, title);
    }

    private Citation named(ParseContext context, String t, StatuteReader.Name n) {
        Span span = context.span(n.start(), n.end());
        int pos = n.end();
        Integer year = null;
        int y = DayReader.skipSpaces(t, pos);
        if (IgnoreCase.regionMatches(t, y, "năm ")) {
            y = DayReader.skipSpaces(t, y + 4);
        }
        int[] digits = y < t.length() ? DayReader.digits(t, y, 4) : null;
        if (digits != null && digits[1] - y == 4 && digits[0] >= 1945 && digits[0] <= 2100) {
            year = digits[0];
        }
        DayReader.Day day = DayReader.afterCitation(t, pos);
        return new Citation(span, null, null, year, n.typeWord(), n.typeWord(), n.gloss(), null, null,
                CitationSystem.STATE, day == null ? null : day.date(), null, span.text());
    }

    /** The type name written just before a number ({@code Công văn số}, {@code Luật số}), or null. */
    private String typeNameBefore(String t, int start) {
        int i = start - 1;
        while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == ':' || t.charAt(i) == '\n')) {
            i--;
        }
        if (i >= 2 && (IgnoreCase.regionMatches(t, i - 1, "số") || IgnoreCase.regionMatches(t, i - 1, "sô"))) {
            i -= 2;
            while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\n')) {
                i--;
            }
        }
        for (String name : tables.typeNames()) {
            int s = i - name.length() + 1;
            if (s >= 0 && IgnoreCase.regionMatches(t, s, name)
                    && (s == 0 || !Character.isLetter(t.charAt(s - 1)))) {
                return name;
            }
        }
        return null;
    }

    /** The issuing body in words after {@code của} ({@code Thủ tướng Chính phủ}), as {start, end}; or null. */
    private static int[] issuingBody(String t, int from) {
        int i = DayReader.skipSpaces(t, from);
        if (i < t.length() && t.charAt(i) == ',') {
            i = DayReader.skipSpaces(t, i + 1);
        }
        if (!IgnoreCase.regionMatches(t, i, "của ")) {
            return null;
        }
        int start = i + 4;
        int end = start;
        int k = start;
        int words = 0;
        while (k < t.length() && words < BODY_WORDS) {
            char c = t.charAt(k);
            if (c == ' ' || c == '-' && k + 1 < t.length() && t.charAt(k + 1) == ' ') {
                k++;
                continue;
            }
            if (c == '\n' && k + 1 < t.length() && Character.isLowerCase(t.charAt(k + 1))) {
                k++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            String w = StatuteReader.wordAt(t, k);
            String low = words > 0 ? w.toLowerCase(Locale.ROOT) : null;
            if (words > 0 && (BODY_STOP.contains(low)
                    || BODY_STOP_VERB_HEADS.contains(low) && startsVerb(t, k, w))) {
                break;
            }
            k += w.length();
            end = k;
            words++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static Set<String> heads(Set<String> phrases) {
        Set<String> heads = new HashSet<>();
        for (String p : phrases) {
            heads.add(p.substring(0, p.indexOf(' ')));
        }
        return Set.copyOf(heads);
    }

    private static boolean startsVerb(String t, int k, String w) {
        int next = k + w.length();
        if (next >= t.length() || t.charAt(next) != ' ') {
            return false;
        }
        String pair = (w + " " + StatuteReader.wordAt(t, next + 1)).toLowerCase(Locale.ROOT);
        return BODY_STOP_VERBS.contains(pair);
    }

    /** The quoted title, or the {@code về …} phrase, at {@code from}; null when none. */
    private static String title(ParseContext context, String t, int from) {
        int i = DayReader.skipSpaces(t, from);
        boolean about = false;
        if (IgnoreCase.regionMatches(t, i, "về việc ")) {
            i += 8;
            about = true;
        } else if (IgnoreCase.regionMatches(t, i, "về ") || t.regionMatches(false, i, "V/v ", 0, 4)) {
            i += t.charAt(i) == 'V' ? 4 : 3;
            about = true;
        }
        i = DayReader.skipSpaces(t, i);
        if (i < t.length() && t.charAt(i) == '"') {
            int close = indexOf(t, "\"", i + 1, Math.min(t.length(), i + TITLE_CHARS));
            if (close > i + 1 && close - i < TITLE_CHARS) {
                return context.span(i + 1, close).text().strip();
            }
            return null;
        }
        if (!about) {
            return null;
        }
        int e = i;
        while (e < t.length() && e - i < TITLE_CHARS) {
            char c = t.charAt(e);
            if (c == ';' || c == '(' || c == '\n' || c == '.' && (e + 1 >= t.length() || t.charAt(e + 1) == ' '
                    || t.charAt(e + 1) == '\n')) {
                break;
            }
            if (c == ',' && e + 2 < t.length() && t.charAt(e + 1) == ' ' && Character.isUpperCase(t.charAt(e + 2))) {
                break; // the phrase ends where a new clause with its own subject begins
            }
            e++;
        }
        String s = context.span(i, e).text().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * The bare numbers listed before a number that carries the symbol they share ({@code số 12, 13/QĐ-UBND},
     * {@code số 12 và 13/QĐ-UBND}), introduced by {@code số}; empty when there are none.
     */
    private static List<int[]> listedNumbers(String t, int start, int floor) {
        List<int[]> found = new ArrayList<>();
        int i = start;
        while (found.size() < 10) {
            int j = i - 1;
            while (j >= floor && t.charAt(j) == ' ') {
                j--;
            }
            if (j >= floor && t.charAt(j) == ',') {
                j--;
            } else if (j - 2 >= floor && t.charAt(j) == 'à' && t.charAt(j - 1) == 'v' && t.charAt(j - 2) == ' ') {
                j -= 2;
            } else {
                break;
            }
            while (j >= floor && t.charAt(j) == ' ') {
                j--;
            }
            int e = j + 1;
            while (j >= floor && NumberSymbolReader.isDigit(t.charAt(j))) {
                j--;
            }
            int s = j + 1;
            if (s == e || e - s > 5 || s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1))
                    || t.charAt(s - 1) == '/' || t.charAt(s - 1) == '.' || t.charAt(s - 1) == '-')) {
                break;
            }
            found.add(0, new int[] {s, e});
            i = s;
        }
        if (found.isEmpty()) {
            return found;
        }
        int j = found.get(0)[0] - 1;
        while (j >= floor && (t.charAt(j) == ' ' || t.charAt(j) == ':')) {
            j--;
        }
        boolean so = j >= 1 && j - 1 >= floor && IgnoreCase.regionMatches(t, j - 1, "số")
                && (j - 2 < 0 || !Character.isLetter(t.charAt(j - 2)));
        return so ? found : List.of();
    }

    /** A short form defined after a citation: {@code (dưới đây gọi tắt là Kết luận 62)}. */
    private static Alias alias(String t, int from, Citation cit) {
        int limit = Math.min(t.length(), from + ALIAS_WINDOW);
        int nl = indexOf(t, "\n", from, limit);
        if (nl >= 0) {
            limit = nl;
        }
        if (indexOf(t, ALIAS_TAIL, from, limit) < 0) {
            return null; // no trigger can be there
        }
        int k = -1;
        for (String trigger : ALIAS_TRIGGERS) {
            int at = indexOf(t, trigger, from, limit);
            if (at >= 0) {
                k = at + trigger.length();
                break;
            }
        }
        if (k < 0) {
            return null;
        }
        int e = k;
        while (e < t.length() && e - k < 60 && t.charAt(e) != ')' && t.charAt(e) != ',' && t.charAt(e) != ';'
                && t.charAt(e) != '\n') {
            e++;
        }
        String text = t.substring(k, e).strip();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 2) {
            text = text.substring(1, text.length() - 1);
        }
        if (cit.number() == null || !containsToken(text, cit.number())) {
            return null;
        }
        // the definition itself cites the document too (annotation guide §3), then every later use
        return new Alias(text, k, cit);
    }

    private static void addAliasUses(ParseContext context, String t, List<Alias> aliases, List<Citation> out) {
        for (Alias a : aliases) {
            int from = a.from();
            while (true) {
                int k = t.indexOf(a.text(), from);
                if (k < 0) {
                    break;
                }
                int end = k + a.text().length();
                from = end;
                boolean bounded = (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)))
                        && (end >= t.length() || !Character.isLetterOrDigit(t.charAt(end))
                        && t.charAt(end) != '/' && t.charAt(end) != '-');
                if (!bounded) {
                    continue;
                }
                boolean overlaps = false;
                for (Citation c : out) {
                    if (context.text().toOriginal(k) < c.span().end()
                            && c.span().start() < context.text().toOriginal(end)) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    out.add(a.citation().at(context.span(k, end)));
                }
            }
        }
    }

    /** True for a form number: {@code Mẫu số 01/…}, {@code mẫu 04/…}, {@code Mẫu số 01 và 02/…}. */
    private static boolean isFormNumber(String t, int start) {
        int i = start - 1;
        for (int tokens = 0; tokens < 6 && i >= 0; tokens++) {
            while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == ':' || t.charAt(i) == ',')) {
                i--;
            }
            int e = i + 1;
            while (i >= 0 && Character.isLetterOrDigit(t.charAt(i))) {
                i--;
            }
            String w = t.substring(i + 1, e).toLowerCase(Locale.ROOT);
            if (w.equals("mẫu")) {
                return true;
            }
            if (!(w.equals("số") || w.equals("và") || !w.isEmpty() && NumberSymbolReader.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** True when {@code i} is inside the name of an amending statute given before it in the same clause. */
    private static boolean insideAmendingName(String t, int i) {
        int lo = Math.max(0, i - 400);
        int clause = i - 1;
        while (clause >= lo && t.charAt(clause) != ';' && t.charAt(clause) != '\n'
                && !(t.charAt(clause) == '.' && clause + 1 < t.length() && t.charAt(clause + 1) == ' ')) {
            clause--;
        }
        int amend = IgnoreCase.lastIndexOf(t, "sửa đổi", clause + 1, i);
        return amend >= 0 && IgnoreCase.lastIndexOf(t, "của", amend, i) >= 0;
    }

    private static Set<String> ownNumbers(Header header) {
        Set<String> own = new HashSet<>();
        if (header != null && header.number() != null && header.number().id() != null) {
            own.add(ownKey(header.number().id()));
        }
        return own;
    }

    /** The id in upper case without its year, so the title's {@code 1961/2019/QĐ-UBND} is the own number too. */
    private static String ownKey(String id) {
        String s = id.toUpperCase(Locale.ROOT);
        int a = s.indexOf('/');
        int b = a < 0 ? -1 : s.indexOf('/', a + 1);
        if (b == a + 5) {
            s = s.substring(0, a) + s.substring(b);
        }
        return s;
    }

    private static boolean containsToken(String text, String token) {
        int k = text.indexOf(token);
        while (k >= 0) {
            int e = k + token.length();
            if ((k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))
                    && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return true;
            }
            k = text.indexOf(token, k + 1);
        }
        return false;
    }

    /** The first {@code what} in {@code [from, limit)}, or -1; never looks past {@code limit}. */
    private static int indexOf(String t, String what, int from, int limit) {
        for (int k = from; k + what.length() <= limit; k++) {
            if (t.charAt(k) == what.charAt(0) && t.startsWith(what, k)) {
                return k;
            }
        }
        return -1;
    }
}
