package io.github.vanban.header;

import io.github.vanban.ParseContext;
import io.github.vanban.citations.Citation;
import io.github.vanban.citations.CitationSystem;
import io.github.vanban.citations.CitationTables;
import io.github.vanban.citations.IgnoreCase;
import io.github.vanban.citations.NumberSymbolReader;
import io.github.vanban.dates.DateMention;
import io.github.vanban.dates.DateValue;
import io.github.vanban.dates.DayValue;
import io.github.vanban.dates.MonthValue;
import io.github.vanban.dates.YearValue;
import io.github.vanban.text.LatinCharMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the document's own header by scanning its first lines (table cells split at {@code |}): the national
 * or Party title line as anchor, the issuing body in capitals above it, {@code Số:}, the place-and-date line,
 * the type line and subject, and further down the recipients and the signature block. A text without a
 * formal header may be a web news post: then its title line and posting date are read. Stateless and
 * thread-safe.
 */
public final class HeaderExtractor {

    private static final int HEADER_CHARS = 8000;
    private static final int WEB_CHARS = 2500;
    /** How many cells past the title line and the number cell the header is read in (date, type, subject). */
    private static final int CELLS_AFTER = 32;
    /** What a state header's title line holds. */
    private static final String STATE_TITLE = "CỘNG H";
    private static final String[] UNIT_WORDS = {"TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "THỊ TRẤN ",
        "XÃ ", "PHƯỜNG ", "ĐẶC KHU ", "TP. ", "TP "};
    private static final String[] AUTHORITY = {"TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q."};
    /** What a page republishing a document in full says before its number. */
    private static final IgnoreCase.Needle REPUBLISHED = new IgnoreCase.Needle("toàn văn");
    /** The date after a place on a place-and-date line. */
    private static final IgnoreCase.Needle PLACE_DATE = new IgnoreCase.Needle(", ngày");
    /** The first chars of {@link #AUTHORITY}: a line starting otherwise is not compared with them. */
    private static final String AUTHORITY_INITIALS = "TKQ";
    private static final String[] POST_WORDS = {"ngày đăng bài", "ngày đăng", "đăng ngày", "ngày cập nhật",
        "cập nhật", "đăng lúc", "ngày xuất bản", "ngày ban hành", "ngày:"};
    /** The first chars of {@link #POST_WORDS}: a line is compared with them only where its lower case has one. */
    private static final String POST_WORD_FIRSTS = java.util.Arrays.stream(POST_WORDS).map(w -> w.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private static final int POST_WORD_MAX_LENGTH = java.util.Arrays.stream(POST_WORDS).mapToInt(String::length).max().orElse(0);

    private final CitationTables tables = CitationTables.get();
    private final NumberSymbolReader numbers = new NumberSymbolReader(tables);
    private final List<String> typeNames = new ArrayList<>();

    public HeaderExtractor() {
        for (String n : tables.typeNames()) {
            typeNames.add(n.toUpperCase(Locale.ROOT));
        }
        typeNames.add(0, "THÔNG TƯ LIÊN TỊCH");
    }

    public Header extract(ParseContext context) {
        try {
            return read(context);
        } catch (RuntimeException e) {
            context.warn("header.failed", "header reading stopped: " + e, -1, -1);
            return Header.EMPTY;
        }
    }

    /** A stretch of one line between {@code |} separators, trimmed. */
    private record Cell(int start, int end, int line) {
        String text(String t) {
            return t.substring(start, end);
        }
    }

    private Header read(ParseContext context) {
        String t = context.text().text();
        CellScanner scanner = new CellScanner(t, Math.min(t.length(), HEADER_CHARS));
        List<Cell> cells = scanner.cells;
        int anchor = -1;
        CitationSystem family = null;
        int numberCell = -1;
        int stateAt = -2; // the first "CỘNG H" at or after the cell read, -1 for none
        for (int i = 0; scanner.reach(i); i++) {
            Cell c = cells.get(i);
            int a = c.start();
            int b = c.end();
            if (anchor < 0) {
                // the title lines hold "CỘNG H…" or are all capitals: only those are squashed and compared
                if (stateAt != -1 && stateAt < a) {
                    stateAt = t.indexOf(STATE_TITLE, a);
                }
                boolean state = stateAt >= 0 && stateAt <= b - STATE_TITLE.length();
                boolean upper = isUpper(t, a, b);
                if (state || upper) {
                    String f = squash(t, a, b);
                    if (state && f.contains("conghoaxahoi")) {
                        anchor = i;
                        family = CitationSystem.STATE;
                    } else if (upper && f.contains("dangcongsanvietnam")) {
                        anchor = i;
                        family = CitationSystem.PARTY;
                    } else if (upper && i > 0
                            && (f.equals("doantncshochiminh") || f.equals("doanthanhniencongsanhochiminh"))) {
                        anchor = i; // the Youth Union's title line, numbered like the Party
                        family = CitationSystem.PARTY;
                    }
                }
            }
            char first = t.charAt(a);
            if ((first == 'S' || first == 'L') && isNumberCell(c.text(t))
                    && (numberCell < 0 || anchor >= 0 && numberCell < anchor - 8)) {
                numberCell = i;
            }
            if (anchor >= 0 && numberCell >= 0 && numberCell >= anchor - 8) {
                // neither can change any more; what follows reads at most CELLS_AFTER cells past both
                scanner.reach(Math.max(anchor, numberCell) + CELLS_AFTER);
                break;
            }
        }
        if (numberCell < 0) {
            for (int i = 0; i < Math.min(cells.size(), Math.max(anchor, 0) + 10); i++) {
                if (contains(t, cells.get(i).start(), cells.get(i).end(), " Số:")) {
                    numberCell = i;
                    break;
                }
            }
        }
        boolean formal = anchor >= 0 || numberCell >= 0;
        Citation number = null;
        if (numberCell >= 0) {
            number = number(context, t, cells.get(numberCell));
        }
        if (number == null) {
            number = republished(context, t);
        }
        String parent = null;
        String issuer = null;
        String place = null;
        DateMention date = null;
        String type = null;
        String subject = null;
        int dateCell = -1;
        if (formal) {
            int first = anchor < 0 ? numberCell : numberCell < 0 ? anchor : Math.min(anchor, numberCell);
            List<String> bodies = bodies(t, cells, first, anchor, numberCell);
            if (!bodies.isEmpty()) {
                issuer = bodies.get(bodies.size() - 1);
                parent = bodies.size() > 1 ? String.join(" ", bodies.subList(0, bodies.size() - 1)) : null;
            }
            for (int i = Math.max(0, first - 2); i < Math.min(cells.size(), first + 30) && date == null; i++) {
                Cell c = cells.get(i);
                String s = c.text(t);
                int k = IgnoreCase.indexOf(s, 0, s.length(), "ngày");
                if (k < 0) {
                    continue;
                }
                int[] end = new int[1];
                DateValue v = longDate(t, c.start() + k + 4, end);
                if (v == null) {
                    continue;
                }
                String before = s.substring(0, k);
                if (!before.isBlank() && !before.strip().endsWith(",") && !isPlaceLike(before)) {
                    continue;
                }
                String placeName = before.isBlank() ? null : place(before);
                if (hasLetterOrDigit(before) && (placeName == null || !Character.isUpperCase(placeName.charAt(0))
                        && !Character.isDigit(placeName.charAt(0)))) {
                    continue; // the date of a document cited on the line ("Quyết định 12/QĐ-UBND ngày …")
                }
                date = new DateMention(context.span(c.start() + k, end[0]), v);
                place = place(before);
                dateCell = i;
                if (family == CitationSystem.STATE && issuer != null && (issuer.contains("MTTQ")
                        || (parent != null && parent.contains("MTTQ")) || issuer.contains("MẶT TRẬN"))) {
                    family = CitationSystem.FRONT;
                }
            }
            int from = Math.max(numberCell, anchor) + 1;
            for (int i = from; i < Math.min(cells.size(), from + 14) && type == null; i++) {
                if (i == dateCell) {
                    continue;
                }
                String s = cells.get(i).text(t);
                String ty = typeAt(s);
                if (ty != null) {
                    type = ty;
                    subject = subject(t, cells, i, s.substring(ty.length()).strip());
                }
            }
            if (type == null) {
                for (int i = Math.max(0, first); i < Math.min(cells.size(), first + 30); i++) {
                    String s = cells.get(i).text(t);
                    if (s.startsWith("V/v ")) {
                        type = "CÔNG VĂN";
                        subject = s.strip();
                        break;
                    }
                }
            }
        }
        String webTitle = null;
        if (date == null) {
            WebDate w = webDate(context, t);
            if (w != null) {
                date = w.date();
                webTitle = w.title();
            }
        }
        if (date == null && !formal) {
            // a copy that lost its header block may keep the place-and-date line, often above the signature
            PlaceDate own = placeDateLine(context, t);
            if (own != null) {
                date = own.date();
                place = own.place();
            }
        }
        if (!formal && webTitle == null) {
            webTitle = firstLineTitle(t);
        }
        List<String> recipients = formal ? recipients(t) : List.of();
        Header.Signer signer = formal ? signer(t, dateCell >= 0 ? cells.get(dateCell).end() : 0) : null;
        return new Header(formal ? family : null, parent, issuer, number, place, date, type, subject, recipients,
                signer, webTitle);
    }

    /** Splits the first chars of the text into {@link Cell}s as far as they are asked for. */
    private static final class CellScanner {
        final List<Cell> cells = new ArrayList<>();
        private final String t;
        private final int limit;
        private int i;
        private int s;
        private int line;
        /** The next line feed and the next bar at or after {@link #i} (or further on), {@code limit} for none. */
        private int nextLineFeed = -1;
        private int nextBar = -1;

        CellScanner(String t, int limit) {
            this.t = t;
            this.limit = limit;
        }

        /** Splits on until cell {@code index} exists or the chars end; true when it exists. */
        boolean reach(int index) {
            while (cells.size() <= index && i <= limit) {
                if (nextLineFeed < i) {
                    nextLineFeed = lineEnd(t, i, limit);
                }
                if (nextBar < i) {
                    int bar = t.indexOf('|', i);
                    nextBar = bar < 0 || bar > limit ? limit : bar;
                }
                int j = Math.min(nextLineFeed, nextBar);
                char c = j < limit ? t.charAt(j) : '\n';
                int a = s;
                int b = j;
                while (a < b && Character.isWhitespace(t.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    cells.add(new Cell(a, b, line));
                }
                s = j + 1;
                if (c == '\n') {
                    line++;
                }
                i = j + 1;
            }
            return index < cells.size();
        }
    }

    /** True when {@code what} occurs in {@code [a, b)}. */
    private static boolean contains(String t, int a, int b, String what) {
        char first = what.charAt(0);
        for (int k = a; k <= b - what.length(); k++) {
            if (t.charAt(k) == first && t.startsWith(what, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberCell(String s) {
        int i;
        if (s.startsWith("Số hiệu văn bản")) {
            i = 15;
        } else if (s.startsWith("Số hiệu")) {
            i = 7;
        } else if (s.startsWith("Luật số")) {
            i = 7;
        } else if (s.startsWith("Số")) {
            i = 2;
        } else if ((s.startsWith("So ") || s.startsWith("So:")) && s.indexOf('/') > 0) {
            i = 2; // diacritics lost: "So 45/BC-UBND"
        } else {
            return false;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i >= s.length() || s.charAt(i) == ':' || Character.isDigit(s.charAt(i)) || s.charAt(i) == '/';
    }

    private Citation number(ParseContext context, String t, Cell c) {
        int so = t.indexOf("Số", c.start());
        if (so < 0 || so >= c.end()) {
            so = c.start();
        }
        int colon = t.indexOf(':', so);
        if (colon < 0 || colon >= c.end() || colon > so + 16) {
            colon = -1;
        }
        int from = colon >= 0 ? colon + 1 : so + 2;
        NumberSymbolReader.Reading r = numbers.readAfter(t, from, Math.min(t.length(), c.end() + 80));
        return r == null ? null : numbers.citation(context, r);
    }

    /** A page republishing a document in full ({@code toàn văn Nghị quyết số 10-NQ/TU}) has its number. */
    private Citation republished(ParseContext context, String t) {
        int k = REPUBLISHED.indexIn(t, 0, Math.min(t.length(), HEADER_CHARS));
        if (k < 0) {
            return null;
        }
        for (int j = k; j < Math.min(t.length(), k + 60); j++) {
            char c = t.charAt(j);
            if (c == '.' || c == ';' || c == '\n' || c == ',') {
                return null;
            }
            if (c == '/') {
                NumberSymbolReader.Reading r = numbers.readAtSlash(t, j);
                return r == null ? null : numbers.citation(context, r);
            }
        }
        return null;
    }

    /** The issuing bodies in capitals above the anchor (and interleaved beside it), joined across unit lines. */
    private static List<String> bodies(String t, List<Cell> cells, int first, int anchor, int numberCell) {
        List<String> frags = new ArrayList<>();
        if (anchor >= 0) {
            String s = cells.get(anchor).text(t);
            int k = s.toUpperCase(Locale.ROOT).indexOf("CỘNG H");
            int so = s.indexOf("Số");
            if (so >= 0 && so < k) {
                k = so;
            }
            if (k > 0 && isUpper(s.substring(0, k))) {
                frags.add(s.substring(0, k).strip());
            }
        }
        int stop = first;
        for (int i = first - 1; i >= 0 && first - i <= 8; i--) {
            String s = cells.get(i).text(t).strip();
            if (isRule(s)) {
                continue;
            }
            if (!isUpper(s) || s.length() < 2) {
                break;
            }
            stop = i;
        }
        List<String> above = new ArrayList<>();
        for (int i = stop; i < first; i++) {
            String s = cells.get(i).text(t).strip();
            if (!isRule(s)) {
                above.add(s.startsWith("/") ? s.substring(1) : s);
            }
        }
        above.addAll(frags);
        if (anchor >= 0 && anchor + 1 < cells.size()) {
            String s = cells.get(anchor + 1).text(t);
            int k = IgnoreCase.indexOf(s, 0, s.length(), "Độc lập");
            if (k > 0 && isUpper(s.substring(0, k)) && startsWithUnit(s)) {
                above.add(s.substring(0, k).strip());
            }
        }
        List<String> merged = new ArrayList<>();
        for (String s : above) {
            if (!merged.isEmpty() && (startsWithUnit(s) || s.startsWith("."))) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + s);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean startsWithUnit(String s) {
        for (String u : UNIT_WORDS) {
            if (s.startsWith(u)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRule(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '_' && c != '*' && c != '=' && c != ' ' && c != '|') {
                return false;
            }
        }
        return true;
    }

    /** {@link #isUpper(String)} of {@code [a, b)}. */
    private static boolean isUpper(String t, int a, int b) {
        int letters = 0;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0;
    }

    /** True when the text has letters and none of them is lower case. */
    static boolean isUpper(String s) {
        return isUpper(s, 0, s.length());
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceLike(String before) {
        String s = before.strip();
        int k = s.indexOf("Hạnh phúc");
        if (k < 0) {
            k = s.indexOf("Hạnh Phúc");
        }
        if (k >= 0) {
            s = s.substring(k + 9).strip();
        }
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && pieces(s) <= 5;
    }

    private static String place(String before) {
        String s = before.strip();
        for (String motto : new String[] {"Hạnh phúc", "Hạnh Phúc"}) {
            int k = s.indexOf(motto);
            if (k >= 0) {
                s = s.substring(k + motto.length()).strip();
            }
        }
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            int sp = s.indexOf(' ', slash);
            s = sp < 0 ? "" : s.substring(sp).strip();
        }
        while (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            letters |= Character.isLetter(s.charAt(i));
        }
        return letters ? s : null;
    }

    /**
     * A place-and-date line's date after {@code ngày}: {@code 16 tháng 7 năm 2020}, with day and month
     * possibly left blank ({@code ….. tháng 12 năm 2021}, {@code   tháng   năm 2019}); a line break allowed.
     */
    static DateValue longDate(String t, int i, int[] end) {
        int p = skipBlank(t, i);
        int[] day = digits(t, p, 2);
        if (day != null) {
            p = day[1];
        }
        p = skipBlank(t, p);
        if (!t.regionMatches(true, p, "tháng", 0, 5)) {
            return null;
        }
        p = skipBlank(t, p + 5);
        int[] month = digits(t, p, 2);
        if (month != null) {
            p = month[1];
        }
        p = skipBlank(t, p);
        if (!t.regionMatches(true, p, "năm", 0, 3)) {
            return null;
        }
        p = skipBlank(t, p + 3);
        int[] year = digits(t, p, 4);
        if (year == null || year[1] - p != 4) {
            return null;
        }
        end[0] = year[1];
        try {
            if (month == null || month[0] < 1 || month[0] > 12) {
                return YearValue.of(year[0]);
            }
            if (day == null) {
                return new MonthValue(year[0], month[0], false);
            }
            return DayValue.of(LocalDate.of(year[0], month[0], day[0]));
        } catch (DateTimeException | IllegalArgumentException e) {
            return YearValue.of(year[0]);
        }
    }

    private static int skipBlank(String t, int i) {
        int n = 0;
        while (i < t.length() && n < 40) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\n' || c == '.' || c == '…' || c == '/' || c == '_' || c == '\t') {
                i++;
                n++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int[] digits(String t, int i, int max) {
        int v = 0;
        int k = i;
        while (k < t.length() && Character.isDigit(t.charAt(k)) && k - i < max) {
            v = v * 10 + (t.charAt(k) - '0');
            k++;
        }
        if (k == i || k < t.length() && Character.isDigit(t.charAt(k))) {
            return null;
        }
        return new int[] {v, k};
    }

    /** The type name the cell starts with, in capitals ({@code KẾ HOẠCH}); null when none. */
    private String typeAt(String s) {
        if (!isUpper(s)) {
            return null;
        }
        for (String name : typeNames) {
            if (s.startsWith(name) && (s.length() == name.length() || !Character.isLetter(s.charAt(name.length())))) {
                return name;
            }
        }
        return null;
    }

    private static String subject(String t, List<Cell> cells, int typeCell, String rest) {
        StringBuilder b = new StringBuilder(rest);
        Cell prev = cells.get(typeCell);
        boolean upper = rest.isEmpty() || isUpper(rest);
        for (int i = typeCell + 1; i < Math.min(cells.size(), typeCell + 6); i++) {
            Cell c = cells.get(i);
            String s = c.text(t);
            if (isRule(s) || s.startsWith("Căn cứ") || s.startsWith("Kính gửi") || s.startsWith("CHỦ TỊCH")
                    || s.startsWith("HỘI ĐỒNG") || s.startsWith("ỦY BAN") || s.startsWith("BAN THƯỜNG")
                    || s.startsWith("Chương") || s.startsWith("Điều") || s.startsWith("QUYẾT ĐỊNH")) {
                break;
            }
            boolean blankBetween = c.line() - prev.line() > 1;
            if (b.length() == 0) {
                upper = isUpper(s);
                b.append(s);
            } else if (!blankBetween && (upper ? isUpper(s) : Character.isLowerCase(s.charAt(0)))) {
                b.append(' ').append(s);
            } else {
                break;
            }
            prev = c;
            if (!upper && b.length() > 0 && !Character.isLowerCase(s.charAt(0)) && i > typeCell + 1) {
                break;
            }
        }
        String out = b.toString().strip();
        return out.isEmpty() ? null : out;
    }

    private static List<String> recipients(String t) {
        int k = t.indexOf("Nơi nhận");
        List<String> out = new ArrayList<>();
        if (k < 0) {
            return out;
        }
        int nl = t.indexOf('\n', k);
        String[] lines = t.substring(nl < 0 ? t.length() : nl + 1, Math.min(t.length(), k + 3000)).split("\n");
        int blanks = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (++blanks > 3 && !out.isEmpty()) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (!(s.startsWith("-") || s.startsWith("+") || s.startsWith("•"))) {
                break;
            }
            s = s.substring(1).strip();
            while (s.endsWith(";") || s.endsWith(".") || s.endsWith(",")) {
                s = s.substring(0, s.length() - 1).strip();
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Header.Signer signer(String t, int from) {
        int at = -1;
        for (int s = Math.min(from, t.length()); s < t.length() && at < 0; ) {
            int e = t.indexOf('\n', s);
            e = e < 0 ? t.length() : e;
            int a = s;
            while (a < e && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
                a++;
            }
            if (a < e && (t.charAt(a) == '(' || t.charAt(a) == 'Đ' || t.charAt(a) == 'đ')) {
                at = isSignedMark(t.substring(a, e).strip()) ? Math.max(from, t.lastIndexOf('\n', Math.max(0, s - 2))) : -1;
                for (int back = 0; back < 4 && at > from; back++) {
                    at = t.lastIndexOf('\n', at - 1);
                }
                if (at >= 0 && at < from) {
                    at = from;
                }
            } else if (a < e && AUTHORITY_INITIALS.indexOf(t.charAt(a)) >= 0) {
                for (String mark : AUTHORITY) {
                    if (t.startsWith(mark, a)) {
                        at = s;
                        break;
                    }
                }
            }
            s = e + 1;
        }
        if (at < 0) {
            return null;
        }
        String[] lines = t.substring(Math.max(0, at), Math.min(t.length(), at + 4000)).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            String authority = null;
            for (String a : AUTHORITY) {
                if (s.startsWith(a) && s.length() > a.length() + 1 && isUpper(s)) {
                    authority = s;
                }
            }
            boolean signedMark = isSignedMark(s);
            if (authority == null && !signedMark) {
                continue;
            }
            String title = null;
            int j = i + 1;
            if (signedMark) {
                for (int p = i - 1; p >= 0 && i - p < 4; p--) {
                    String q = lines[p].strip();
                    if (!q.isEmpty()) {
                        title = isUpper(q) && q.length() < 60 ? q : null;
                        break;
                    }
                }
                if (title == null) {
                    continue;
                }
            } else {
                j = nextNonEmpty(lines, j, 4);
                if (j < 0) {
                    return new Header.Signer(authority, null, null);
                }
                String q = lines[j].strip();
                if (isUpper(q) && q.length() < 60) {
                    title = q;
                    j++;
                }
            }
            String name = null;
            for (int n = 0; n < 3; n++) {
                j = nextNonEmpty(lines, j, 40);
                if (j < 0) {
                    break;
                }
                String q = lines[j].strip();
                j++;
                if (q.startsWith("(") || q.equalsIgnoreCase("Đã ký") || q.startsWith("[")) {
                    continue;
                }
                name = looksLikeName(q) ? q : null;
                break;
            }
            return new Header.Signer(authority, title, name);
        }
        return null;
    }

    private static boolean isSignedMark(String s) {
        return s.equalsIgnoreCase("(Đã ký)") || s.equalsIgnoreCase("Đã ký") || s.equalsIgnoreCase("(đã ký)");
    }

    private static int nextNonEmpty(String[] lines, int j, int max) {
        for (int k = j; k < lines.length && k - j < max; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** Two to six words, each of letters and starting with a capital: as {@code s.split(" +")} would show them. */
    private static boolean looksLikeName(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || s.charAt(0) == ' ') {
            return false; // no word, or an empty first piece
        }
        int words = 0;
        boolean letters = true;
        int i = 0;
        while (i < end) {
            words++;
            letters &= Character.isUpperCase(s.charAt(i));
            while (i < end && s.charAt(i) != ' ') {
                letters &= Character.isLetter(s.charAt(i));
                i++;
            }
            while (i < end && s.charAt(i) == ' ') {
                i++;
            }
        }
        return words >= 2 && words <= 6 && letters;
    }

    /** {@code s.split(" ").length} without the split: one piece more than its spaces before its trailing ones. */
    private static int pieces(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private record WebDate(DateMention date, String title) {
    }

    /** A web page's posting date in its first lines, and its title when the date follows the title line. */
    private static WebDate webDate(ParseContext context, String t) {
        int limit = Math.min(t.length(), WEB_CHARS);
        int s = 0;
        boolean previousIsHeadline = false;
        while (s < limit) {
            int e = lineEnd(t, s, limit);
            WebDate w = webDateInLine(context, t, s, e);
            if (w == null && previousIsHeadline) {
                w = bareDateUnderHeadline(context, t, s, e);
            }
            if (w != null) {
                return w;
            }
            int a = stripStart(t, s, e);
            int b = stripEnd(t, a, e);
            if (a < b) {
                previousIsHeadline = isHeadline(t, a, b);
            }
            s = e + 1;
        }
        return null;
    }

    /** The index of the first line feed from {@code s}, or {@code limit} when there is none before it. */
    private static int lineEnd(String t, int s, int limit) {
        int e = t.indexOf('\n', s);
        return e < 0 || e > limit ? limit : e;
    }

    /** The first index in {@code [s, e)} that is not whitespace, or e. */
    private static int stripStart(String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return s;
    }

    /** The end of {@code [s, e)} without its trailing whitespace. */
    private static int stripEnd(String t, int s, int e) {
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** After a weekday and its separator ({@code Thứ Sáu, }, {@code Thứ năm - }, {@code Chủ nhật | }), or -1. */
    private static int afterWeekday(String t, int p, int limit) {
        for (int i = p; i < Math.min(limit, p + 16); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '-' || c == '|') {
                int q = i + 1;
                while (q < limit && t.charAt(q) == ' ') {
                    q++;
                }
                return q;
            }
            if (Character.isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    private record PlaceDate(DateMention date, String place) {
    }

    /** The first line that is only {@code <Place>, ngày 15 tháng 4 năm 2024}; null when there is none. */
    private static PlaceDate placeDateLine(ParseContext context, String t) {
        int n = t.length();
        int from = 0; // a line start: the lines before it are done
        while (from < n) {
            int h = PLACE_DATE.indexIn(t, from, n); // the first ", ngày" of its line, lines before having none
            if (h < 0) {
                return null;
            }
            int s = h;
            while (s > from && t.charAt(s - 1) != '\n' && h - s <= 80) {
                s--;
            }
            int e = t.indexOf('\n', h);
            if (e < 0) {
                e = n;
            }
            int k = h - s;
            if (k > 0 && e - s <= 80) {
                String line = t.substring(s, e);
                if (isPlaceLike(line.substring(0, k)) && place(line.substring(0, k + 1)) != null) {
                    int[] end = new int[1];
                    DateValue v = longDate(t, s + k + 6, end);
                    if (v != null && end[0] <= e && t.substring(end[0], e).strip().replace(".", "").isEmpty()) {
                        return new PlaceDate(new DateMention(context.span(s + k + 2, end[0]), v),
                                place(line.substring(0, k)));
                    }
                }
            }
            from = e + 1;
        }
        return null;
    }

    /**
     * Whether the stripped line {@code [a, b)} is a headline: 20 to 300 chars, not ending on a full stop, no
     * {@code |} (a menu), at least four words, and not a timestamp.
     */
    private static boolean isHeadline(String t, int a, int b) {
        int n = b - a;
        if (n < 20 || n > 300 || t.charAt(b - 1) == '.') {
            return false;
        }
        int spaces = 0;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (c == '|') {
                return false;
            }
            if (c == ' ') {
                spaces++;
            }
        }
        // split(" ") of a line that does not end in a space gives one piece more than it has spaces; a line of
        // more than eight pieces is no timestamp
        return spaces + 1 >= 4 && (spaces + 1 > 8 || !isTimestamp(t.substring(a, b)));
    }

    /**
     * A line holding only a date ({@code 12/03/2021}, {@code Thứ Sáu, 12/03/2021}) right under the headline: the
     * posting date. A bare date line above the headline is more often the site's today-banner.
     */
    private static WebDate bareDateUnderHeadline(ParseContext context, String t, int s, int e) {
        int p = skipBlank(t, s);
        int q = e;
        while (q > p && Character.isWhitespace(t.charAt(q - 1))) {
            q--;
        }
        if (p >= q || q - p > 40) {
            return null;
        }
        if (t.startsWith("Thứ", p) || t.startsWith("Chủ nhật", p)) {
            p = afterWeekday(t, p, q);
            if (p < 0) {
                return null;
            }
        }
        if (t.startsWith("Ngày ", p) || t.startsWith("ngày ", p)) {
            p = skipBlank(t, p + 5);
        }
        int[] end = new int[1];
        DayValue d = numericWithTime(t, p, q, end);
        if (d == null) {
            return null;
        }
        int r = end[0];
        while (r < q && (t.charAt(r) == ' ' || t.charAt(r) == '.')) {
            r++;
        }
        return r == q ? new WebDate(new DateMention(context.span(p, end[0]), d), null) : null;
    }

    private static WebDate webDateInLine(ParseContext context, String t, int s, int e) {
        int a = stripStart(t, s, e);
        int b = stripEnd(t, a, e);
        if (a == b) {
            return null; // a blank line holds no date
        }
        int length = b - a;
        if (length >= 15 && t.startsWith("date ", a)) {
            int p = a + 5;
            DayValue d = iso(t, p);
            if (d != null) {
                return new WebDate(new DateMention(context.span(p, p + 10), d), null);
            }
        }
        int[] postWordAt = postWordsAt(t, a, b);
        for (int w = 0; w < POST_WORDS.length; w++) {
            int k = postWordAt[w];
            if (k >= 0 && k < 40) {
                int p = a + k + POST_WORDS[w].length();
                while (p < e && (t.charAt(p) == ' ' || t.charAt(p) == ':')) {
                    p++;
                }
                int[] end = new int[1];
                DayValue d = numericWithTime(t, p, e, end);
                if (d == null) {
                    d = timeThenDate(t, p, e, end); // Cập nhật: 14:20 | 03/07/2023
                }
                if (d != null) {
                    return new WebDate(new DateMention(context.span(p, end[0]), d), null);
                }
            }
        }
        if (length <= 60) {
            int p = a;
            int q = p;
            if (length > 0 && (t.startsWith("Thứ", a) || t.startsWith("Chủ nhật", a))) {
                int after = afterWeekday(t, p, e);
                if (after >= 0) {
                    q = after;
                }
            }
            int[] end = new int[1];
            DayValue d = numericWithTime(t, q, e, end);
            if (d != null && d.time() != null) {
                return new WebDate(new DateMention(context.span(q, end[0]), d), null);
            }
            d = timeThenDate(t, p, e, end);
            if (d != null) {
                return new WebDate(new DateMention(context.span(p, end[0]), d), null);
            }
        }
        if (length > 0 && t.charAt(b - 1) == ')') {
            int close = b - 1;
            int open = close - 11;
            boolean bare = open >= s && t.charAt(open) == '(';
            for (int i = open + 1; bare && i < close; i++) {
                bare = t.charAt(i) != '(';
            }
            if (bare) {
                int[] end = new int[1];
                DayValue d = numericWithTime(t, open + 1, close, end);
                if (d != null && end[0] == close) {
                    int titleEnd = stripEnd(t, a, open);
                    return new WebDate(new DateMention(context.span(open + 1, close), d),
                            titleEnd == a ? null : context.span(a, titleEnd).text());
                }
            }
        }
        return null;
    }

    /**
     * Where each of {@link #POST_WORDS} first starts in the stripped line {@code [a, b)} lower-cased, as an offset
     * from a, when that is before 40; else -1. The chars are lower-cased one by one, which is what lower-casing the
     * line does unless it holds a char whose lower case is longer (the dotted capital I) among its first chars:
     * then the line is copied. An offset of 40 or more may come out as -1.
     */
    private static int[] postWordsAt(String t, int a, int b) {
        int[] at = new int[POST_WORDS.length];
        java.util.Arrays.fill(at, -1);
        // a dotted capital I further on moves no word that starts before 40 (the line is lower-cased char by char)
        int dotted = Math.min(b, a + 40 + POST_WORD_MAX_LENGTH);
        for (int i = a; i < dotted; i++) {
            if (t.charAt(i) == '\u0130') {
                String low = t.substring(a, b).toLowerCase(Locale.ROOT);
                for (int w = 0; w < POST_WORDS.length; w++) {
                    at[w] = low.indexOf(POST_WORDS[w]);
                }
                return at;
            }
        }
        int last = Math.min(b, a + 40);
        for (int i = a; i < last; i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (POST_WORD_FIRSTS.indexOf(c) < 0 || i + 1 >= b) {
                continue; // every post word has two chars at least
            }
            char second = Character.toLowerCase(t.charAt(i + 1));
            for (int w = 0; w < POST_WORDS.length; w++) {
                String word = POST_WORDS[w];
                if (at[w] < 0 && word.charAt(0) == c && word.charAt(1) == second && lowerMatches(t, i, b, word)) {
                    at[w] = i - a;
                }
            }
        }
        return at;
    }

    /** True when the chars of {@code [i, b)} from i, lower-cased one by one, start with {@code word}. */
    private static boolean lowerMatches(String t, int i, int b, String word) {
        if (b - i < word.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (Character.toLowerCase(t.charAt(i + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static DayValue iso(String t, int p) {
        if (p + 10 > t.length() || t.charAt(p + 4) != '-' || t.charAt(p + 7) != '-') {
            return null;
        }
        try {
            return DayValue.of(LocalDate.parse(t.substring(p, p + 10)));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** {@code dd/mm/yyyy} or {@code dd-mm-yyyy}, then optionally {@code | hh:mm}, {@code , hh:mm}, {@code SA}/{@code CH}. */
    private static DayValue numericWithTime(String t, int p, int limit, int[] end) {
        int[] d = digits(t, p, 2);
        if (d == null || d[1] >= limit) {
            return null;
        }
        char sep = t.charAt(d[1]);
        if (sep != '/' && sep != '-' && sep != '.') {
            return null;
        }
        int[] m = digits(t, d[1] + 1, 2);
        if (m == null || m[1] >= limit || t.charAt(m[1]) != sep) {
            return null;
        }
        int[] y = digits(t, m[1] + 1, 4);
        if (y == null || y[1] - m[1] - 1 != 4) {
            return null;
        }
        DayValue day;
        try {
            day = DayValue.of(LocalDate.of(y[0], m[0], d[0]));
        } catch (DateTimeException ex) {
            return null;
        }
        end[0] = y[1];
        int q = y[1];
        while (q < limit && (t.charAt(q) == ' ' || t.charAt(q) == '|' || t.charAt(q) == ',' || t.charAt(q) == '-')) {
            q++;
        }
        int[] hm = new int[3];
        if (time(t, q, limit, hm)) {
            end[0] = hm[2];
            return day.at(LocalTime.of(hm[0], hm[1]));
        }
        return day;
    }

    private static DayValue timeThenDate(String t, int p, int limit, int[] end) {
        int[] hm = new int[3];
        if (!time(t, p, limit, hm)) {
            return null;
        }
        int q = hm[2];
        while (q < limit && (t.charAt(q) == ' ' || t.charAt(q) == '-' || t.charAt(q) == ',' || t.charAt(q) == '|')) {
            q++;
        }
        DayValue d = numericWithTime(t, q, limit, end);
        return d == null ? null : d.at(LocalTime.of(hm[0], hm[1]));
    }

    /** {@code hh:mm} at p, with an optional {@code SA}/{@code CH}/{@code AM}/{@code PM}; fills {hour, minute, end}. */
    private static boolean time(String t, int p, int limit, int[] out) {
        int[] h = digits(t, p, 2);
        if (h == null || h[1] >= limit || t.charAt(h[1]) != ':') {
            return false;
        }
        int[] m = digits(t, h[1] + 1, 2);
        if (m == null || m[1] - h[1] - 1 != 2 || h[0] > 23 || m[0] > 59) {
            return false;
        }
        int hour = h[0];
        int end = m[1];
        if (end + 2 < limit && t.charAt(end) == ':' && Character.isDigit(t.charAt(end + 1))
                && Character.isDigit(t.charAt(end + 2))) {
            end += 3; // seconds: 10:44:12
        }
        int q = end;
        while (q < limit && t.charAt(q) == ' ') {
            q++;
        }
        if (t.regionMatches(true, q, "CH", 0, 2) || t.regionMatches(true, q, "PM", 0, 2)) {
            hour = hour < 12 ? hour + 12 : hour;
            end = q + 2;
        } else if (t.regionMatches(true, q, "SA", 0, 2) || t.regionMatches(true, q, "AM", 0, 2)) {
            hour = hour == 12 ? 0 : hour;
            end = q + 2;
        }
        out[0] = hour;
        out[1] = m[0];
        out[2] = end;
        return true;
    }

    private static String firstLineTitle(String t) {
        int limit = Math.min(t.length(), 1000);
        for (int ls = 0; ls < limit; ) {
            int le = lineEnd(t, ls, limit);
            int a = stripStart(t, ls, le);
            int b = stripEnd(t, a, le);
            ls = le + 1;
            if (a == b) {
                continue;
            }
            String s = t.substring(a, b);
            int[] end = new int[1];
            if (s.startsWith("date ") || s.length() > 300 || s.contains(". ") || s.endsWith(".")
                    || numericWithTime(s, 0, s.length(), end) != null) {
                return null;
            }
            if (s.length() < 20 || pieces(s) < 4 || isTimestamp(s)) {
                continue;
            }
            return s;
        }
        return null;
    }

    /** A short line holding a numeric date: a posting timestamp or a today-banner, not a title. */
    private static boolean isTimestamp(String s) {
        if (pieces(s) > 8) {
            return false;
        }
        int[] end = new int[1];
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && numericWithTime(s, i, s.length(), end) != null) {
                return true;
            }
        }
        return false;
    }

    /** The letters of {@code [a, b)} lower-cased without their marks, {@code đ} as {@code d}: {@code conghoaxahoi}. */
    private static String squash(String t, int a, int b) {
        StringBuilder out = new StringBuilder(b - a);
        for (int i = a; i < b; i++) {
            String f = SquashedLatin.SQUASHED.get(t.charAt(i));
            if (f == null) {
                return squash(t.substring(a, b));
            }
            out.append(f);
        }
        return out.toString();
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        String d = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c == 'đ' ? 'd' : c);
            }
        }
        return b.toString();
    }

    /**
     * {@link #squash(String)} of each Latin char, worked out once: for a string of these chars squashing the
     * whole is squashing char by char (their lower cases do not depend on the chars around, and what they
     * decompose to is a letter and marks, which are not letters).
     */
    private static final class SquashedLatin {
        static final LatinCharMap SQUASHED = LatinCharMap.of(HeaderExtractor::squash);
    }
}
