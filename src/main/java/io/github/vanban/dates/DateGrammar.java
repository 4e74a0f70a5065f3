package io.github.vanban.dates;

import io.github.vanban.text.MatchKey;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The hand-written date grammar: reads one date expression starting at a token, forward, and returns
 * the longest reading. Works on {@link Tokens}; holds no state between calls but the end of the last
 * successful reader ({@link #e}), so one instance serves one token list on one thread.
 */
final class DateGrammar {

    /** One reading: tokens {@code [start, end)}, and its value, or what it still needs, or why it is no date. */
    record Parse(int start, int end, DateValue value, Pending pending, String invalid) {

        static Parse of(int start, int end, DateValue value) {
            return new Parse(start, end, value, null, null);
        }

        static Parse pending(int start, int end, Pending pending) {
            return new Parse(start, end, null, pending, null);
        }

        static Parse invalid(int start, int end, String why) {
            return new Parse(start, end, null, null, why);
        }

        Parse from(int newStart) {
            return new Parse(newStart, end, value, pending, invalid);
        }

        boolean ok() {
            return invalid == null;
        }
    }

    private static final String NGAY = k("ngày");
    private static final String THANG = k("tháng");
    private static final String QUY = k("quý");
    private static final String TU = k("từ");
    private static final String DEN = k("đến");
    private static final String HET = k("hết");
    private static final String NAY = k("nay");
    private static final String HIEN = k("hiện");
    private static final String VA = k("và");
    private static final String DAU = k("đầu");
    private static final String CUOI = k("cuối");
    private static final String GIUA = k("giữa");
    private static final String NHIEM = k("nhiệm");
    private static final String KY = k("kỳ");
    private static final String GIAI = k("giai");
    private static final String DOAN = k("đoạn");
    private static final String HOC = k("học");
    private static final String NIEN = k("niên");
    private static final String KHOA = k("khóa");
    private static final String THAP = k("thập");
    private static final String THE = k("thế");
    private static final String KY2 = k("kỷ");
    private static final String GIO = k("giờ");
    private static final String PHUT = k("phút");
    private static final String CUNG = k("cùng");
    private static final String HOM = k("hôm");
    private static final String MAI = k("mai");
    private static final String QUA = k("qua");
    private static final String MONG = k("mồng");
    private static final String MUNG = k("mùng");
    private static final String TUAN = k("tuần");
    private static final String RAM = k("rằm");
    private static final String TET = k("tết");
    private static final String AM = k("âm");
    private static final String LICH = k("lịch");
    private static final String DO = k("đó");
    private static final String NHUNG = k("những");
    private static final String LE = k("lễ");
    private static final String NIEM = k("niệm");
    private static final String LAN = k("lần");
    /** Words of the grammar itself that may begin a date expression. */
    static final Set<String> TRIGGERS = Set.of(NGAY, THANG, QUY, TU, DAU, CUOI, GIUA, NHIEM, GIAI, THAP,
            THE, MONG, MUNG, HOM, TUAN, RAM, TET, NIEN, NHUNG);
    /** Words that, after a bare four-digit number, make it a quantity rather than a year. */
    static final Set<String> QUANTITY_NOUNS = Set.of(k("người"), k("đồng"), k("hộ"), k("ha"), k("m"),
            k("km"), k("kg"), k("tấn"), k("lượt"), k("cán"), k("đảng"), k("đại"), k("em"), k("cháu"), k("hội"),
            k("đoàn"), k("suất"), k("phần"), k("bản"), k("buổi"), k("xã"), k("học"), k("công"), k("lao"),
            k("triệu"), k("tỷ"), k("nghìn"), k("ngàn"), k("trăm"), k("con"), k("cây"), k("cuốn"), k("ngày"),
            k("giờ"), k("phút"), k("tháng"), k("tuổi"), k("m2"), k("trường"), k("thành"), k("hồ"), k("lớp"), k("ý"),
            k("cử"), k("thí"), k("vận"), k("sinh"), k("khách"), k("gia"), k("bộ"), k("chiếc"));
    /** Words right before a bare number that make it a serial number or an ordinal. */
    static final Set<String> NUMBER_NOUNS = Set.of(k("số"), k("lần"), k("thứ"), k("khoản"), k("điều"),
            k("mục"), k("trang"), k("phòng"), k("tổ"), k("khu"), k("lô"), k("quận"), k("phường"), k("mã"),
            k("hiệu"), k("code"), k("ấp"), k("thôn"), k("xóm"), k("tập"), k("kỳ"), k("khóa"));

    /** Every word the grammar's code compares (the tables add theirs). */
    static final List<String> GRAMMAR_WORDS;

    static {
        List<String> w = new java.util.ArrayList<>(List.of(NGAY, THANG, QUY, TU, DEN, HET, NAY, HIEN, VA, DAU, CUOI,
                GIUA, NHIEM, KY, GIAI, DOAN, HOC, NIEN, KHOA, THAP, THE, KY2, GIO, PHUT, CUNG, HOM, MAI, QUA, MONG,
                MUNG, TUAN, RAM, TET, AM, LICH, DO, NHUNG, LAN, LE, NIEM, "h", "g", "t", "z", "i", "ii", "iii", "iv"));
        w.addAll(QUANTITY_NOUNS);
        w.addAll(NUMBER_NOUNS);
        GRAMMAR_WORDS = List.copyOf(w);
    }

    private final Tokens t;
    private final DateTables tab;
    /** End (exclusive token index) of the last successful small reader. */
    private int e;
    /** Whether a word outside the vocabulary (key "") may start an expression: never with sane tables. */
    private final boolean emptyTriggers;

    DateGrammar(Tokens tokens, DateTables tables) {
        this.t = tokens;
        this.tab = tables;
        this.emptyTriggers = tables.emptyTriggers;
    }

    static String k(String s) {
        return MatchKey.of(s);
    }

    /** True when any word outside the vocabulary may start an expression (never with sane tables). */
    boolean everyWordMayTrigger() {
        return emptyTriggers;
    }

    /** True when a date expression may start at token {@code i}: a cheap test before {@link #parse}. */
    boolean trigger(int i) {
        byte kind = t.kind(i);
        if (kind == Tokens.NUM) {
            return true;
        }
        if (kind == Tokens.PUNCT) {
            return t.ch(i) == '(';
        }
        // a word of the vocabulary knows whether it is a trigger; any other word has the key ""
        return t.trigger(i) || emptyTriggers && t.lower(i).isEmpty();
    }

    /** The longest date expression starting at token {@code i}, or null. */
    Parse parse(int i) {
        if (!t.within(i) || !trigger(i)) {
            return null;
        }
        String w = t.isWord(i) ? t.lower(i) : null;
        Parse best = null;
        if (TU.equals(w)) {
            best = longer(best, range(i, i + 1));
        }
        if (GIAI.equals(w) && t.isWord(i + 1, DOAN)) {
            int j = i + 2;
            Parse p = t.isWord(j, TU) ? range(i, j + 1) : termYears(j, true);
            if (p == null) {
                p = withRangeTail(simple(j));
            }
            best = longer(best, p == null ? null : p.from(i));
        }
        best = longer(best, withRangeTail(simple(i)));
        return best;
    }

    private static Parse longer(Parse a, Parse b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.end > a.end) {
            return b;
        }
        return a;
    }

    // ------------------------------------------------------------------ ranges

    /** {@code từ X đến Y}, {@code từ X - Y}; {@code start} is where the span starts, {@code j} the token after {@code từ}. */
    private Parse range(int start, int j) {
        Parse a = simple(j, true);
        int bareDay = -1;
        if (a == null || !a.ok()) {
            int q = t.isWord(j, NGAY) ? j + 1 : j;
            if (t.isNum(q) && t.digits(q) <= 2 && t.num(q) >= 1 && t.num(q) <= 31) {
                bareDay = t.num(q);
                a = null;
                j = q;
                e = q + 1;
            } else {
                return a;
            }
        }
        int k = a != null ? a.end : e;
        Parse b = null;
        if (t.isWord(k, DEN)) {
            int q = k + 1;
            if (t.isWord(q, HET)) {
                q++;
            }
            if (isNow(q)) {
                if (a == null || a.value == null) {
                    return a;
                }
                return Parse.of(start, e, new IntervalValue(a.value, new PresentValue()));
            }
            b = simple(q, true);
        } else if (t.isPunct(k, '-') && !t.paragraphBefore(k)) {
            b = simple(k + 1, true);
        }
        if (b == null || !b.ok() || b.value == null || b.value instanceof IntervalValue) {
            return a == null ? null : a;
        }
        if (a == null) {
            if (!(b.value instanceof DayValue bd)) {
                return null;
            }
            try {
                DayValue from = new DayValue(bd.year(), bd.month(), bareDay, null, null, false);
                if (bd.year() != null && from.date().isAfter(bd.date())) {
                    return null;
                }
                return Parse.of(start, b.end, new IntervalValue(from, bd));
            } catch (RuntimeException ex) {
                return null;
            }
        }
        if (a.value == null) {
            return a;
        }
        DateValue from = Years.borrowYear(a.value, b.value);
        return Parse.of(start, b.end, new IntervalValue(from, b.value));
    }

    private boolean isNow(int q) {
        if (t.isWord(q, NAY)) {
            e = q + 1;
            return true;
        }
        if (t.isWord(q, HIEN) && t.isWord(q + 1, NAY)) {
            e = q + 2;
            return true;
        }
        return false;
    }

    /** A simple date followed by {@code đến Y}, {@code đến nay} or {@code - Y} (two full days or months). */
    private Parse withRangeTail(Parse a) {
        if (a == null || !a.ok() || a.value == null || a.value instanceof IntervalValue) {
            return a;
        }
        int k = a.end;
        if (t.isWord(k, DEN)) {
            int q = k + 1;
            if (t.isWord(q, HET)) {
                q++;
            }
            if (isNow(q)) {
                if (a.value instanceof YearValue || a.value instanceof DayValue || a.value instanceof MonthValue) {
                    return Parse.of(a.start, e, new IntervalValue(a.value, new PresentValue()));
                }
                return a;
            }
            Parse b = simple(q, true);
            if (b != null && b.ok() && b.value != null && !(b.value instanceof IntervalValue)
                    && sameScale(a.value, b.value) && !t.paragraphBefore(q)) {
                return Parse.of(a.start, b.end, new IntervalValue(Years.borrowYear(a.value, b.value), b.value));
            }
        } else if (t.isPunct(k, '-') && !t.lineBefore(k)) {
            Parse b = simple(k + 1, true);
            if (b != null && b.ok() && b.value != null && full(a.value) && full(b.value)
                    && a.value.getClass() == b.value.getClass() && !(a.value instanceof YearValue)
                    && !a.value.firstDay().isAfter(b.value.firstDay())) {
                return Parse.of(a.start, b.end, new IntervalValue(a.value, b.value));
            }
            if (b != null && b.ok() && a.value instanceof DayValue da && b.value instanceof DayValue db
                    && da.year() == null && db.year() == null && da.time() == null && db.time() == null
                    && (da.month() < db.month() || da.month() == db.month() && da.day() < db.day())) {
                return Parse.of(a.start, b.end, new IntervalValue(da, db));
            }
        }
        return a;
    }

    private static boolean full(DateValue v) {
        return v.firstDay() != null;
    }

    private static boolean sameScale(DateValue a, DateValue b) {
        boolean dayA = a instanceof DayValue;
        boolean dayB = b instanceof DayValue;
        if (dayA || dayB) {
            return dayA == dayB || (a instanceof MonthValue) || (b instanceof MonthValue);
        }
        return true;
    }

    // ------------------------------------------------------------------ simple expressions

    /** One date that is not a range: a day (with time or part of day), month, quarter, period, year, term… */
    Parse simple(int i) {
        return simple(i, false);
    }

    /** {@link #simple(int)}; {@code anchored} when a bare day-month may stand alone (the end of a range). */
    Parse simple(int i, boolean anchored) {
        if (!t.within(i)) {
            return null;
        }
        Parse best = null;
        if (t.isNum(i)) {
            if (countBefore(i)) {
                return null;
            }
            best = longer(best, timeFirst(i));
            best = longer(best, iso(i));
            best = longer(best, periodMonths(i));
            if (!badHead(i) || (anchored && t.isPunct(i - 1, '-'))) {
                best = longer(best, dayNumeric(i, i, anchored ? ANCHORED : ANCHOR_UNKNOWN));
                best = longer(best, termYears(i, false));
                best = longer(best, bareYear(i));
            }
            return best;
        }
        if (t.isPunct(i, '(')) {
            return paren(i);
        }
        if (!t.isWord(i)) {
            return null;
        }
        String w = t.lower(i);
        if (w.equals(NGAY) || w.equals(MONG) || w.equals(MUNG)) {
            best = longer(best, afterNgay(i));
        }
        if (w.equals(HOM)) {
            best = longer(best, dayNumeric(i, i + 1, true));
        }
        if (w.equals(THANG)) {
            best = longer(best, month(i));
        }
        if (w.equals(QUY)) {
            best = longer(best, quarter(i));
        }
        if (t.hasRole(i, Vocabulary.ROLE_YEAR_WORD)) {
            best = longer(best, year(i));
        }
        if (w.equals(NHIEM) && t.isWord(i + 1, KY)) {
            best = longer(best, fromOrNull(termYears(i + 2, true), i));
        }
        if (w.equals(NIEN) && t.isWord(i + 1, KHOA)) {
            best = longer(best, fromOrNull(termYears(i + 2, true), i));
        }
        if (w.equals(DAU) || w.equals(CUOI) || w.equals(GIUA)) {
            best = longer(best, edgeOf(i));
        }
        PartOfDay pod = t.hasRole(i, Vocabulary.ROLE_PART_OF_DAY) ? tab.partsOfDay.get(w) : null;
        if (pod != null) {
            best = longer(best, partOfDayFirst(i, pod));
        }
        if (w.equals(THAP) && (t.isWord(i + 1, NIEN) || t.isWord(i + 1, KY2))) {
            best = longer(best, decade(i));
        }
        if (w.equals(NHUNG) && t.hasRole(i + 1, Vocabulary.ROLE_YEAR_WORD)) {
            best = longer(best, decade(i));
        }
        if (w.equals(THE) && t.isWord(i + 1, KY2)) {
            best = longer(best, century(i));
        }
        best = longer(best, periodMonths(i));
        best = longer(best, relative(i));
        best = longer(best, festival(i));
        return best;
    }

    /**
     * True when the number at {@code i} cannot start a date: no bare year, and followed, apart, by a word
     * that no day, time or month of numbers goes on with ({@code 12 người}). Every reader of a number
     * would refuse it; this says so before they run.
     */
    private boolean countBefore(int i) {
        int j = i + 1;
        if (!t.isWord(j) || t.glued(j) || t.isWord(j, THANG) || t.isWord(j, VA) || t.isWord(j, GIO)) {
            return false;
        }
        return !(t.digits(i) == 4 && t.num(i) >= 1900 && t.num(i) <= 2100);
    }

    private static Parse fromOrNull(Parse p, int start) {
        return p == null ? null : p.from(start);
    }

    /** True when a number at {@code i} is glued to something that makes it part of a code or number. */
    private boolean badHead(int i) {
        if (!t.glued(i)) {
            return false;
        }
        int p = i - 1;
        if (t.isPunct(p)) {
            char c = t.ch(p);
            return !(c == '(' || c == '"' || c == '\'' || c == '[' || c == '|' || c == ':' || c == ',' || c == ';');
        }
        return true;
    }

    /** True when a date is followed by something that makes it part of a code ({@code 12/10/2012/NQ}). */
    private boolean badTail(int end) {
        if (!t.within(end) || !t.glued(end)) {
            return false;
        }
        if (t.isNum(end) || t.isWord(end)) {
            return true;
        }
        if ((t.isPunct(end, '/') || t.isPunct(end, '-') || t.isPunct(end, '.')) && t.within(end + 1)
                && t.glued(end + 1) && (t.isNum(end + 1) || t.isWord(end + 1))) {
            return true;
        }
        return false;
    }

    private static final int NOT_ANCHORED = 0;
    private static final int ANCHORED = 1;
    /** Anchored when {@link #bareAnchored} says so. */
    private static final int ANCHOR_UNKNOWN = 2;

    private boolean anchored(int anchor, int i) {
        return anchor == ANCHORED || anchor == ANCHOR_UNKNOWN && bareAnchored(i);
    }

    /**
     * A bare day-month is a date only in brackets {@code (27-7)} or after the name of a day: a holiday of
     * the table ({@code Quốc khánh 2-9}) or a capitalised name after {@code ngày}/{@code lễ}/{@code kỷ niệm}
     * on the same line ({@code Ngày Quốc tế Thiếu nhi 1/6}).
     */
    private boolean bareAnchored(int i) {
        if (t.isPunct(i - 1, '(')) {
            return true;
        }
        if (t.isWord(i - 1) && !t.lineBefore(i)) {
            boolean named = false;
            for (int q = i - 1; q >= 0 && q >= i - 9; q--) {
                if (!(t.isWord(q) || t.isPunct(q, '-')) || (q < i - 1 && t.lineBefore(q + 1))) {
                    break;
                }
                if (named && (t.isWord(q, NGAY) || t.isWord(q, LE) || t.isWord(q, NIEM) && t.isWord(q - 1, KY2))) {
                    return true;
                }
                named |= t.capitalised(q);
            }
        }
        if (!t.isWord(i - 1)) {
            return false;
        }
        for (DateTables.Phrase<Boolean> h : tab.holidaysByLast.getOrDefault(t.lower(i - 1), List.of())) {
            String[] ws = h.words();
            int s = i - ws.length;
            if (s >= 0 && matches(s, ws)) {
                return true;
            }
        }
        return false;
    }

    private <T> List<DateTables.Phrase<T>> phrasesAt(int i, java.util.Map<String, List<DateTables.Phrase<T>>> index) {
        if (!t.isWord(i)) {
            return List.of();
        }
        return index.getOrDefault(t.lower(i), List.of());
    }

    private boolean matches(int s, String[] words) {
        return matches(s, words, 0);
    }

    /** {@link #matches(int, String[])} for a phrase found by the first word of token {@code s}: its first word is known to match. */
    private boolean matchesRest(int s, String[] words) {
        return matches(s, words, 1);
    }

    private boolean matches(int s, String[] words, int from) {
        for (int x = from; x < words.length; x++) {
            int q = s + x;
            if (!t.within(q)) {
                return false;
            }
            String part = words[x];
            if (t.isWord(q)) {
                if (!t.isWord(q, part)) {
                    return false;
                }
            } else if (t.isPunct(q)) {
                if (part.length() != 1 || t.ch(q) != part.charAt(0)) {
                    return false;
                }
            } else {
                return false;
            }
            if (x > 0 && t.paragraphBefore(q)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ days

    /** After {@code ngày}/{@code mồng}: a day, a blank-day header date ({@code ngày … tháng 12 năm 2021}), a lunar day. */
    private Parse afterNgay(int i) {
        int j = i + 1;
        Parse p = dayNumeric(i, j, true);
        if (p != null) {
            return p;
        }
        // blank day: "ngày ….. tháng 12 năm 2021", "ngày   tháng   năm 2026"
        int q = j;
        while (t.within(q) && t.isPunct(q) && (t.ch(q) == '.' || t.ch(q) == '…' || t.ch(q) == '_')) {
            q++;
        }
        if (t.isWord(q, THANG)) {
            if (t.isNum(q + 1) && t.num(q + 1) >= 1 && t.num(q + 1) <= 12 && t.digits(q + 1) <= 2) {
                int m = t.num(q + 1);
                int y = yearAt(q + 2);
                if (y > 0) {
                    return Parse.of(i, e, new MonthValue(y, m, false));
                }
            } else {
                int r = q + 1;
                while (t.within(r) && t.isPunct(r) && (t.ch(r) == '.' || t.ch(r) == '…' || t.ch(r) == '_')) {
                    r++;
                }
                int y = yearAt(r);
                if (y > 0) {
                    return Parse.of(i, e, YearValue.of(y));
                }
            }
        }
        return null;
    }

    /** {@code năm 2020} at {@code q} (a year word and a year): the year, {@link #e} after it; else -1. */
    private int yearAt(int q) {
        if (t.within(q) && t.hasRole(q, Vocabulary.ROLE_YEAR_WORD) && year4(q + 1) > 0) {
            e = q + 2;
            return t.num(q + 1);
        }
        return -1;
    }

    /** A four-digit year at {@code q}, or -1. */
    private int year4(int q) {
        if (t.isNum(q) && t.digits(q) == 4 && t.num(q) >= 1000 && t.num(q) <= 2999) {
            return t.num(q);
        }
        return -1;
    }

    /**
     * A day written with numbers from token {@code i} ({@code start} is where the span starts):
     * {@code 2/7/2020}, {@code 2-7}, {@code 2.7.2020}, {@code 2 tháng 7 năm 2020}, {@code 2-3/12/2014},
     * {@code 20 và 21/5/2019}, with a posting time after a full date. A year-less day needs an anchor.
     */
    private Parse dayNumeric(int start, int i, boolean anchored) {
        return dayNumeric(start, i, anchored ? ANCHORED : NOT_ANCHORED);
    }

    /** {@link #dayNumeric(int, int, boolean)}, with {@link #ANCHOR_UNKNOWN} asking {@link #bareAnchored} only when it matters. */
    private Parse dayNumeric(int start, int i, int anchor) {
        if (!t.isNum(i) || t.digits(i) > 2) {
            return null;
        }
        int d = t.num(i);
        int j = i + 1;
        int d2 = -1;
        if (t.isPunct(j, '-') && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1) && t.digits(j + 1) <= 2
                && (t.isPunct(j + 2, '/') || t.isPunct(j + 2, '.')) && t.glued(j + 2)
                && t.isNum(j + 3) && t.glued(j + 3) && t.digits(j + 3) <= 2) {
            d2 = t.num(j + 1);
            j += 2;
        } else if ((t.isWord(j, VA) || t.isPunct(j, ',')) && t.isNum(j + 1) && t.digits(j + 1) <= 2
                && ((t.isPunct(j + 2) && t.glued(j + 2)) || t.isWord(j + 2, THANG))) {
            d2 = t.num(j + 1);
            j += 2;
        }
        int m;
        Integer y = null;
        boolean lunar = false;
        if (t.isPunct(j) && t.glued(j) && (t.ch(j) == '/' || t.ch(j) == '-' || t.ch(j) == '.')) {
            char sep = t.ch(j);
            if (!t.isNum(j + 1) || !t.glued(j + 1) || t.digits(j + 1) > 2) {
                return null;
            }
            m = t.num(j + 1);
            j += 2;
            if (t.isPunct(j, sep) && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1)) {
                int yy = year4(j + 1);
                if (yy < 0) {
                    return null;
                }
                y = yy;
                j += 2;
            } else if (t.isPunct(j, sep) && t.glued(j) && !(t.isNum(j + 1) && t.glued(j + 1))
                    && (!t.within(j + 1) || !t.glued(j + 1))) {
                j += 1; // "ngày 25/11/" cut off after the slash
            }
            if (y == null && (sep == '.' || !anchored(anchor, i))) {
                return null;
            }
            if (badTail(j) && !(y != null && t.isPunct(j, '-') && t.isNum(j + 1) && t.digits(j + 1) <= 2
                    && t.isPunct(j + 2, sep) && t.glued(j + 2))) {
                return null;
            }
        } else if (t.isWord(j, THANG)) {
            int mm = monthAfterThang(j + 1);
            if (mm < 0) {
                return null;
            }
            m = mm;
            j = e;
            if (t.isWord(j, AM) && t.isWord(j + 1, LICH)) {
                lunar = true;
                j += 2;
            }
            int yy = yearAt(j);
            int cycle = t.hasRole(j, Vocabulary.ROLE_YEAR_WORD) ? canChiAt(j + 1) : -1;
            if (cycle >= 0 && d <= 30 && d2 < 0) {
                // "ngày 12 tháng 11 năm Tân Sửu": a lunar day of the named year
                return Parse.pending(start, e, new Pending.Lunar(m, false, d, null, cycle));
            }
            if (yy > 0) {
                y = yy;
                j = e;
            } else if (t.isPunct(j, '/') && t.glued(j) && year4(j + 1) > 0 && t.glued(j + 1)) {
                y = t.num(j + 1);
                j += 2;
            }
            if (y == null && d2 < 0 && !lunar && !anchored(anchor, i)) {
                return null;
            }
        } else {
            return null;
        }
        if (t.isWord(j, AM) && t.isWord(j + 1, LICH)) {
            lunar = true;
            j += 2;
        } else if (t.isPunct(j, '(') && t.isWord(j + 1, AM) && t.isWord(j + 2, LICH) && t.isPunct(j + 3, ')')) {
            lunar = true;
            j += 4;
        }
        if (d < 1 || d > 31 || m < 1 || m > 12 || (d2 >= 0 && (d2 < 1 || d2 > 31 || d2 <= d))) {
            return null;
        }
        if (lunar) {
            if (d > 30 || d2 >= 0) {
                return null;
            }
            return Parse.pending(start, j, new Pending.Lunar(m, false, d, y, -1));
        }
        DayValue day;
        DayValue last = null;
        try {
            day = new DayValue(y, m, d, null, null, false);
            if (d2 >= 0) {
                last = new DayValue(y, m, d2, null, null, false);
            }
        } catch (RuntimeException ex) {
            return Parse.invalid(start, j, "no such day: " + d + "/" + m + (y == null ? "" : "/" + y));
        }
        if (last != null) {
            return Parse.of(start, j, new IntervalValue(day, last));
        }
        if (y != null) {
            int q = j;
            if (t.within(q) && !t.lineBefore(q) && t.isPunct(q)
                    && (t.ch(q) == ',' || t.ch(q) == '|' || t.ch(q) == '-')) {
                q++;
            }
            if (t.within(q) && !t.lineBefore(q)) {
                LocalTime time = clock(q, true);
                if (time != null) {
                    return Parse.of(start, e, day.at(time));
                }
            }
        }
        return Parse.of(start, j, day);
    }

    /** A sexagenary year name ({@code Canh Tý}) at {@code q}: its cycle index, {@link #e} after it; else -1. */
    private int canChiAt(int q) {
        if (!(t.isWord(q) && t.isWord(q + 1) && t.capitalised(q) && !t.lineBefore(q + 1))) {
            return -1;
        }
        java.util.OptionalInt idx = io.github.vanban.calendar.SexagenaryYear.cycleIndex(
                t.text.substring(t.start(q), t.end(q + 1)));
        if (idx.isEmpty()) {
            return -1;
        }
        e = q + 2;
        return idx.getAsInt();
    }

    /** The month after {@code tháng}: a number 1–12 or a month word; {@link #e} after it; else -1. */
    private int monthAfterThang(int j) {
        if (t.isNum(j) && t.digits(j) <= 2) {
            int m = t.num(j);
            if (m < 1 || m > 12) {
                return -1;
            }
            e = j + 1;
            return m;
        }
        if (!t.isWord(j)) {
            return -1;
        }
        for (DateTables.Phrase<DateTables.MonthWord> p : tab.monthWordsByFirst.getOrDefault(t.lower(j), List.of())) {
            if (matchesRest(j, p.words())) {
                DateTables.MonthWord mw = p.meaning();
                if (!mw.anyCase() && !t.capitalised(j)) {
                    continue;
                }
                int after = j + p.words().length;
                if (mw.month() == 5 && year4(after) > 0) {
                    continue; // "tháng năm 2020": the word is "year"
                }
                e = after;
                return mw.month();
            }
        }
        return -1;
    }

    /** A clock time: {@code 13:29}, {@code 8h30}, {@code 14g00}, {@code 8 giờ 30 phút}, then SA/CH/AM/PM. */
    private LocalTime clock(int i, boolean colonOnly) {
        if (!t.isNum(i) || t.digits(i) > 2) {
            return null;
        }
        int h = t.num(i);
        int m = 0;
        int j = i + 1;
        if (t.isPunct(j, ':') && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1) && t.digits(j + 1) == 2) {
            m = t.num(j + 1);
            j += 2;
            if (t.isPunct(j, ':') && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1)) {
                j += 2;
                if (t.isPunct(j, '.') && t.glued(j) && t.isNum(j + 1) && t.glued(j + 1)) {
                    j += 2;
                }
            }
        } else if (colonOnly) {
            return null;
        } else if (t.isWord(j) && t.glued(j) && (t.lower(j).equals("h") || t.lower(j).equals("g"))) {
            j++;
            if (t.isNum(j) && t.glued(j) && t.digits(j) == 2) {
                m = t.num(j);
                j++;
                if (t.isWord(j, PHUT)) {
                    j++;
                }
            }
        } else if (t.isWord(j, GIO)) {
            j++;
            if (t.isNum(j) && t.digits(j) <= 2) {
                m = t.num(j);
                j++;
                if (t.isWord(j, PHUT)) {
                    j++;
                }
            }
        } else {
            return null;
        }
        if (h > 23 || m > 59) {
            return null;
        }
        if (t.isWord(j) && !t.lineBefore(j)) {
            Boolean pm = tab.timeSuffixPm.get(t.lower(j));
            if (pm != null) {
                if (pm && h < 12) {
                    h += 12;
                } else if (!pm && h == 12) {
                    h = 0;
                }
                j++;
            }
        }
        e = j;
        return LocalTime.of(h, m);
    }

    /** A time before its day: {@code 8 giờ 30 phút ngày 2/7/2020}, {@code 13:41 - 21/12/2018}, {@code 16h15 chiều cùng ngày}. */
    private Parse timeFirst(int i) {
        if (badHead(i)) {
            return null;
        }
        LocalTime time = clock(i, false);
        if (time == null) {
            return null;
        }
        int j = e;
        if (t.hasRole(j, Vocabulary.ROLE_PART_OF_DAY)) {
            PartOfDay pod = tab.partsOfDay.get(t.lower(j));
            if ((pod == PartOfDay.AFTERNOON || pod == PartOfDay.EVENING) && time.getHour() < 12) {
                time = time.plusHours(12);
            } else if (pod == PartOfDay.NIGHT && time.getHour() >= 6 && time.getHour() < 12) {
                time = time.plusHours(12);
            }
            j++;
        }
        if (t.isPunct(j) && !t.lineBefore(j) && (t.ch(j) == ',' || t.ch(j) == '-' || t.ch(j) == '|')) {
            j++;
        }
        if (t.isWord(j, CUNG) && t.isWord(j + 1, NGAY)) {
            return Parse.pending(i, j + 2, new Pending.SameDay(time, null));
        }
        j = afterWeekday(j);
        Parse d;
        if (t.isWord(j, NGAY) || t.isWord(j, MONG) || t.isWord(j, MUNG)) {
            d = dayNumeric(j, j + 1, true);
        } else {
            d = dayNumeric(j, j, true);
        }
        if (d == null || !d.ok() || !(d.value instanceof DayValue day)) {
            return null;
        }
        return Parse.of(i, d.end, day.time() == null ? day.at(time) : day);
    }

    /** After an optional weekday at token {@code j} and its comma ({@code thứ Hai, }), or {@code j}. */
    private int afterWeekday(int j) {
        if (!t.hasRole(j, Vocabulary.ROLE_WEEKDAY_START)) {
            return j;
        }
        for (DateTables.Phrase<Integer> wd : phrasesAt(j, tab.weekdaysByFirst)) {
            if (matchesRest(j, wd.words())) {
                int k = j + wd.words().length;
                return t.isPunct(k, ',') ? k + 1 : k;
            }
        }
        return j;
    }

    /** {@code sáng ngày 2/7/2020}, {@code Tối 14-9}, {@code chiều cùng ngày}, {@code sáng nay}. */
    private Parse partOfDayFirst(int i, PartOfDay pod) {
        int j = i + 1;
        if (t.isWord(j, CUNG) && t.isWord(j + 1, NGAY)) {
            return Parse.pending(i, j + 2, new Pending.SameDay(null, pod));
        }
        if (t.isWord(j, NAY) || t.isWord(j, MAI) || t.isWord(j, QUA)) {
            int off = t.isWord(j, NAY) ? 0 : t.isWord(j, MAI) ? 1 : -1;
            return Parse.pending(i, j + 1, new Pending.Relative("DAY", off, 0, pod));
        }
        j = afterWeekday(j); // "Sáng thứ Hai, ngày 2/7/2020"
        if (t.isWord(j, NGAY) || t.isWord(j, HOM) || t.isWord(j, MONG) || t.isWord(j, MUNG)) {
            j++;
        }
        if (t.isPunct(j, '(') && j > i + 1) {
            // "sáng thứ Sáu (10/12)"
            Parse inner = dayNumeric(i, j + 1, true);
            if (inner != null && inner.ok() && inner.value instanceof DayValue day && t.isPunct(inner.end, ')')
                    && day.time() == null) {
                return Parse.of(i, inner.end + 1, day.in(pod));
            }
            return null;
        }
        Parse d = dayNumeric(i, j, true);
        if (d == null || !d.ok() || !(d.value instanceof DayValue day)) {
            return d != null && !d.ok() ? d : null;
        }
        return Parse.of(i, d.end, day.time() == null ? day.in(pod) : day);
    }

    /** A bare ISO date {@code 2025-12-19}, {@code 2020-02-02T23:55:00.000Z}. */
    private Parse iso(int i) {
        if (year4(i) < 0 || !t.isPunct(i + 1, '-') || !t.glued(i + 1) || !t.isNum(i + 2) || !t.glued(i + 2)
                || t.digits(i + 2) != 2 || !t.isPunct(i + 3, '-') || !t.glued(i + 3) || !t.isNum(i + 4)
                || !t.glued(i + 4) || t.digits(i + 4) != 2) {
            return null;
        }
        if (badHead(i)) {
            return null;
        }
        int y = t.num(i);
        int m = t.num(i + 2);
        int d = t.num(i + 4);
        int j = i + 5;
        DayValue day;
        try {
            day = DayValue.of(LocalDate.of(y, m, d));
        } catch (RuntimeException ex) {
            return Parse.invalid(i, j, "no such day: " + y + "-" + m + "-" + d);
        }
        if (t.isWord(j) && t.glued(j) && t.lower(j).startsWith("t")) {
            // "T23" is one word-number pair: the letter T then the hour glued
            if (t.lower(j).equals("t") && t.isNum(j + 1) && t.glued(j + 1)) {
                LocalTime time = clock(j + 1, true);
                if (time != null) {
                    int q = e;
                    if (t.isWord(q, "z") && t.glued(q)) {
                        q++;
                    }
                    return Parse.of(i, q, day.at(time));
                }
            }
            return null;
        }
        if (badTail(j)) {
            return null;
        }
        return Parse.of(i, j, day);
    }

    // ------------------------------------------------------------------ months, quarters, periods, years

    /** {@code tháng 7/2020}, {@code tháng 7 năm 2020}, {@code tháng Giêng}, {@code tháng 1, 2 - năm 2026}, {@code tháng 5}. */
    private Parse month(int i) {
        int m = monthAfterThang(i + 1);
        if (m < 0) {
            return null;
        }
        int j = e;
        boolean numeric = t.isNum(i + 1);
        if (numeric && t.isPunct(j) && t.glued(j) && (t.ch(j) == '/' || t.ch(j) == '-' || t.ch(j) == '.')) {
            if (year4(j + 1) > 0 && t.glued(j + 1)) {
                int y = t.num(j + 1);
                if (badTail(j + 2)) {
                    return null;
                }
                return Parse.of(i, j + 2, new MonthValue(y, m, false));
            }
            if (t.isNum(j + 1) && t.glued(j + 1)) {
                return null; // "tháng 7/20…": not a month
            }
        }
        int y = yearAt(j);
        if (y > 0) {
            return Parse.of(i, e, new MonthValue(y, m, false));
        }
        // a list of two months sharing a year: "tháng 1, 2 - năm 2026"
        if (numeric && (t.isPunct(j, ',') || t.isWord(j, VA)) && t.isNum(j + 1) && t.digits(j + 1) <= 2) {
            int m2 = t.num(j + 1);
            int q = j + 2;
            if (t.isPunct(q, '-') || t.isPunct(q, ',')) {
                q++;
            }
            int y2 = yearAt(q);
            if (y2 > 0 && m2 > m && m2 <= 12) {
                return Parse.of(i, e, new IntervalValue(new MonthValue(y2, m, false), new MonthValue(y2, m2, false)));
            }
        }
        if (t.isNum(j) && !t.lineBefore(j)) {
            return null; // "tháng 3 2 lần"
        }
        if (t.isNum(i - 1) || t.isWord(j, NGAY)) {
            return null; // a duration: "4 năm 9 tháng 6 ngày"
        }
        if (t.isWord(j, LAN) || t.hasRole(i - 1, Vocabulary.ROLE_RELATIVE_BLOCKER_BEFORE)) {
            return null; // recurring: "mỗi tháng 2 lần", "hằng tháng"
        }
        if (!numeric) {
            return null; // "Cách mạng Tháng Tám", a lunar "tháng Giêng": no solar month without a year
        }
        return Parse.of(i, j, new MonthValue(null, m, false));
    }

    /** {@code quý I/2020}, {@code quý 1 năm 2020}, {@code quý III}. */
    private Parse quarter(int i) {
        int j = i + 1;
        int q = -1;
        if (t.isNum(j) && t.digits(j) == 1 && t.num(j) >= 1 && t.num(j) <= 4) {
            q = t.num(j);
        } else if (t.isWord(j)) {
            q = switch (t.lower(j)) {
                case "i" -> 1;
                case "ii" -> 2;
                case "iii" -> 3;
                case "iv" -> 4;
                default -> -1;
            };
        }
        if (q < 0) {
            return null;
        }
        j++;
        if (t.isPunct(j) && t.glued(j) && (t.ch(j) == '/' || t.ch(j) == '-') && year4(j + 1) > 0 && t.glued(j + 1)) {
            if (badTail(j + 2)) {
                return null;
            }
            return Parse.of(i, j + 2, new QuarterValue(t.num(j + 1), q, false));
        }
        int y = yearAt(j);
        if (y > 0) {
            return Parse.of(i, e, new QuarterValue(y, q, false));
        }
        return Parse.of(i, j, new QuarterValue(null, q, false));
    }

    /** {@code 6 tháng đầu năm 2020}, {@code sáu tháng cuối năm}, {@code 9 tháng năm 2020}. */
    private Parse periodMonths(int i) {
        int n;
        int j;
        if (t.isNum(i) && t.digits(i) <= 2) {
            n = t.num(i);
            j = i + 1;
        } else {
            n = -1;
            j = i;
            if (!t.hasRole(i, Vocabulary.ROLE_NUMBER_START)) {
                return null; // no number word starts here
            }
            for (DateTables.Phrase<Integer> p : phrasesAt(i, tab.numberWordsByFirst)) {
                if (matchesRest(i, p.words())) {
                    n = p.meaning();
                    j = i + p.words().length;
                    break;
                }
            }
        }
        if (n < 1 || n > 12 || !t.isWord(j, THANG)) {
            return null;
        }
        j++;
        int edge = 0;
        if (t.isWord(j, DAU)) {
            edge = 1;
            j++;
        } else if (t.isWord(j, CUOI)) {
            edge = 2;
            j++;
        }
        if (!t.hasRole(j, Vocabulary.ROLE_YEAR_WORD)) {
            return null;
        }
        Integer y = null;
        int end = j + 1;
        if (year4(j + 1) > 0 && !t.paragraphBefore(j + 1)) {
            y = t.num(j + 1);
            end = j + 2;
        } else if (edge == 0) {
            return null;
        }
        if (n == 12) {
            return y == null ? null : Parse.of(i, end, YearValue.of(y));
        }
        DateValue v;
        if (n == 6) {
            v = new HalfYearValue(y, edge == 2 ? 2 : 1, false);
        } else if (n == 3) {
            v = new QuarterValue(y, edge == 2 ? 4 : 1, false);
        } else if (edge == 2) {
            v = new IntervalValue(new MonthValue(y, 13 - n, false), new MonthValue(y, 12, false));
        } else {
            v = new IntervalValue(new MonthValue(y, 1, false), new MonthValue(y, n, false));
        }
        return Parse.of(i, end, v);
    }

    /** {@code năm 2020}, {@code năm 2019-2020}, {@code năm học 2026 - 2027}. */
    private Parse year(int i) {
        if (t.isWord(i + 1, HOC)) {
            return fromOrNull(termYears(i + 2, true), i);
        }
        int y = year4(i + 1);
        if (y < 0 || t.paragraphBefore(i + 1)) {
            return null;
        }
        if (badTail(i + 2) && !(t.isPunct(i + 2, '-'))) {
            return null;
        }
        Parse range = termYears(i + 1, false);
        if (range != null) {
            return range.from(i);
        }
        if (badTail(i + 2)) {
            return null;
        }
        return Parse.of(i, i + 2, YearValue.of(y));
    }

    /** {@code đầu năm 2021}, {@code cuối năm 2008}, {@code giữa nhiệm kỳ 2015 - 2020}, {@code cuối tháng 7/2020}. */
    private Parse edgeOf(int i) {
        int j = i + 1;
        Parse inner = null;
        if (t.isWord(j, NHIEM) && t.isWord(j + 1, KY)) {
            inner = termYears(j + 2, true);
        } else if (t.hasRole(j, Vocabulary.ROLE_YEAR_WORD)) {
            inner = year(j);
            if (inner == null) {
                inner = relative(j);
            }
        } else if (t.isWord(j, THANG)) {
            inner = month(j);
        } else if (t.isWord(j, QUY)) {
            inner = quarter(j);
        }
        if (inner == null || !inner.ok()) {
            return null;
        }
        if (inner.value instanceof MonthValue mv && mv.year() == null) {
            return null;
        }
        if (inner.value instanceof QuarterValue qv && qv.year() == null) {
            return null;
        }
        return inner.from(i);
    }

    /**
     * Two years of a term or period: {@code 2019-2024}, {@code (2016 - 2021)}, and after a term word also
     * {@code 20112020} with the dash lost.
     */
    private Parse termYears(int i, boolean afterKeyword) {
        int j = i;
        boolean paren = false;
        if (t.isPunct(j, '(')) {
            paren = true;
            j++;
        }
        int y1;
        int y2;
        int end;
        if (afterKeyword && t.isNum(j) && t.digits(j) == 8) {
            String s = t.text.substring(t.start(j), t.end(j));
            y1 = Integer.parseInt(s.substring(0, 4));
            y2 = Integer.parseInt(s.substring(4));
            end = j + 1;
        } else {
            y1 = year4(j);
            if (y1 < 0 || !t.isPunct(j + 1, '-') || t.paragraphBefore(j + 1)) {
                return null;
            }
            y2 = year4(j + 2);
            if (y2 < 0 || t.paragraphBefore(j + 2)) {
                return null;
            }
            end = j + 3;
        }
        if (paren) {
            if (!t.isPunct(end, ')')) {
                return null;
            }
            end++;
        }
        if (y2 <= y1 || y2 - y1 > 100 || y1 < 1000) {
            return null;
        }
        if (!paren && t.isWord(end) && !t.lineBefore(end) && t.hasRole(end, Vocabulary.ROLE_QUANTITY_NOUN)) {
            return null; // "1000-2000 người"
        }
        if (!paren && badTail(end)) {
            return null;
        }
        if (!afterKeyword && (y1 < 1800 || y2 > 2100)) {
            return null;
        }
        return Parse.of(i, end, new IntervalValue(YearValue.of(y1), YearValue.of(y2)));
    }

    /** A bare year {@code 2007} (a statute's year, a caption) where it stands alone. */
    private Parse bareYear(int i) {
        int y = year4(i);
        if (y < 1900 || y > 2100) {
            return null;
        }
        if (t.hasRole(i - 1, Vocabulary.ROLE_NUMBER_NOUN)) {
            return null;
        }
        if (t.isPunct(i - 1) && "/.-+#№:©".indexOf(t.ch(i - 1)) >= 0 && !t.lineBefore(i)) {
            return null;
        }
        if (badTail(i + 1)) {
            return null;
        }
        if (t.within(i + 1) && t.glued(i + 1) && t.isPunct(i + 1) && "%/-.,:".indexOf(t.ch(i + 1)) >= 0
                && t.within(i + 2) && t.glued(i + 2) && t.isNum(i + 2)) {
            return null;
        }
        if (t.isWord(i + 1) && !t.lineBefore(i + 1) && t.hasRole(i + 1,
                Vocabulary.ROLE_QUANTITY_NOUN | Vocabulary.ROLE_YEAR_WORD)) {
            return null; // "2000 người", "1981 năm khởi nghĩa"
        }
        if (t.isPunct(i + 1, '%')) {
            return null;
        }
        if ((t.isNum(i - 1) && !t.lineBefore(i)) || (t.isNum(i + 1) && !t.lineBefore(i + 1))) {
            return null; // a run of numbers: a phone number, a table row
        }
        return Parse.of(i, i + 1, YearValue.of(y));
    }

    /** {@code (2016 - 2021)}, {@code (1986) đến nay}, {@code (27-7)}. */
    private Parse paren(int i) {
        Parse p = termYears(i, false);
        if (p != null) {
            return p;
        }
        if (t.isNum(i + 1)) {
            Parse d = dayNumeric(i + 1, i + 1, true);
            if (d != null && t.isPunct(d.end, ')') && d.ok() && d.value instanceof DayValue dv && dv.year() == null) {
                return d;
            }
            int y = year4(i + 1);
            if (y >= 1000 && t.isPunct(i + 2, ')') && t.isWord(i + 3, DEN) && isNow(i + 4)) {
                return Parse.of(i, e, new IntervalValue(YearValue.of(y), new PresentValue()));
            }
        }
        return null;
    }

    /** {@code thập niên 90}: TIMEX3 {@code 199}. */
    private Parse decade(int i) {
        int j = i + 2;
        if (!t.isNum(j)) {
            return null;
        }
        int n = t.num(j);
        int dec;
        if (t.digits(j) == 2 && n % 10 == 0) {
            dec = (n >= 30 ? 1900 + n : 2000 + n) / 10;
        } else if (t.digits(j) == 4 && n % 10 == 0 && n >= 1000) {
            dec = n / 10;
        } else {
            return null;
        }
        if (t.isPunct(j + 1, '-') && t.isNum(j + 2)) {
            return null;
        }
        return Parse.of(i, j + 1, new DecadeValue(dec));
    }

    /** {@code thế kỷ XX}, {@code thế kỷ 21}. */
    private Parse century(int i) {
        int j = i + 2;
        int c = -1;
        if (t.isNum(j) && t.digits(j) <= 2) {
            c = t.num(j);
        } else if (t.isWord(j) && t.text.substring(t.start(j), t.end(j)).chars().allMatch(ch -> "IVXLC".indexOf(ch) >= 0)) {
            c = roman(t.text.substring(t.start(j), t.end(j)));
        }
        if (c < 1 || c > 30) {
            return null;
        }
        return Parse.of(i, j + 1, new CenturyValue(c - 1));
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int x = s.length() - 1; x >= 0; x--) {
            int v = switch (s.charAt(x)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            if (v == 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    // ------------------------------------------------------------------ relative and lunar

    /** {@code hôm nay}, {@code năm ngoái}, {@code tuần tới}, {@code thứ Hai tuần tới}. */
    private Parse relative(int i) {
        if (!t.hasRole(i, Vocabulary.ROLE_WEEKDAY_START | Vocabulary.ROLE_RELATIVE_START)) {
            return null; // no weekday or relative phrase starts here
        }
        int weekday = 0;
        int j = i;
        if (t.hasRole(i, Vocabulary.ROLE_WEEKDAY_START)) {
            for (DateTables.Phrase<Integer> wd : phrasesAt(i, tab.weekdaysByFirst)) {
                if (matchesRest(i, wd.words())) {
                    weekday = wd.meaning();
                    j = i + wd.words().length;
                    break;
                }
            }
        }
        if (!t.hasRole(j, Vocabulary.ROLE_RELATIVE_START)) {
            return null; // no relative phrase follows
        }
        for (DateTables.Phrase<DateTables.Relative> p : phrasesAt(j, tab.relativesByFirst)) {
            if (matchesRest(j, p.words())) {
                // the words before are read only for a phrase that matched
                if ((t.hasRole(i - 1, Vocabulary.ROLE_RELATIVE_BLOCKER_BEFORE) || t.isNum(i - 1)) && !t.lineBefore(i)) {
                    return null;
                }
                DateTables.Relative r = p.meaning();
                if (weekday > 0 && !r.unit().equals("WEEK")) {
                    return null;
                }
                int end = j + p.words().length;
                if (t.hasRole(end, Vocabulary.ROLE_RELATIVE_BLOCKER_AFTER) && !t.lineBefore(end)) {
                    return null;
                }
                return Parse.pending(i, end, new Pending.Relative(r.unit(), r.offset(), weekday, null));
            }
        }
        return null;
    }

    /**
     * A lunar festival or day: {@code Tết Nguyên đán Canh Tý - 2020}, {@code Tết Trung thu}, {@code rằm
     * tháng Giêng năm Canh Tý}, {@code mồng 1 Tết}.
     */
    private Parse festival(int i) {
        int month = -1;
        int day = -1;
        int j = i;
        for (DateTables.Phrase<DateTables.LunarDay> p : t.hasRole(i, Vocabulary.ROLE_FESTIVAL_START)
                ? phrasesAt(i, tab.festivalsByFirst) : List.<DateTables.Phrase<DateTables.LunarDay>>of()) {
            if (matchesRest(i, p.words())) {
                month = p.meaning().month();
                day = p.meaning().day();
                j = i + p.words().length;
                break;
            }
        }
        if (month < 0 && t.isWord(i, RAM) && t.isWord(i + 1, THANG)) {
            int m = monthAfterThang(i + 2);
            if (m > 0) {
                month = m;
                day = 15;
                j = e;
            }
        }
        if (month < 0 && (t.isWord(i, MONG) || t.isWord(i, MUNG)) && t.isNum(i + 1) && t.num(i + 1) >= 1
                && t.num(i + 1) <= 10 && t.isWord(i + 2, TET)) {
            month = 1;
            day = t.num(i + 1);
            j = i + 3;
        }
        if (month < 0) {
            return null;
        }
        if (t.isWord(j, AM) && t.isWord(j + 1, LICH)) {
            j += 2;
        }
        // the lunar year: "Canh Tý", "năm Canh Tý", "- 2020", "2020", "năm 2020"
        int q = j;
        if (t.hasRole(q, Vocabulary.ROLE_YEAR_WORD)) {
            q++;
        }
        int cycle = t.lineBefore(q) ? -1 : canChiAt(q);
        if (cycle >= 0) {
            j = e;
            q = j;
        }
        Integer year = null;
        int r = q;
        if (t.isPunct(r, '-') || t.isPunct(r, ',')) {
            r++;
        }
        if (t.hasRole(r, Vocabulary.ROLE_YEAR_WORD)) {
            r++;
        }
        if (year4(r) > 0 && !t.lineBefore(r) && !badTail(r + 1)) {
            year = t.num(r);
            j = r + 1;
        }
        return Parse.pending(i, j, new Pending.Lunar(month, false, day, year, cycle));
    }
}
