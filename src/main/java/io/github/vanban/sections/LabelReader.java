package io.github.vanban.sections;

import io.github.vanban.text.MatchKey;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the label, if any, at the start of one line of normalised text: {@code PHẦN I}, {@code Chương I},
 * {@code Mục 2}, {@code Điều 1.}, {@code I.}, {@code A.}, {@code 1.}, {@code 1.1.}, {@code (1)},
 * {@code a)}. It judges the form of one line only (a date, a document number, a phone number or a
 * quantity at the start of a line is no label); whether a label fits the document's sequences is
 * decided by {@link SectionExtractor}. Scans forward from the line start without backtracking.
 * Stateless and thread-safe.
 */
public final class LabelReader {

    static final String UPPER_ALPHABET = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER_ALPHABET = "abcdđefghijklmnopqrstuvwxyz";
    private static final int MAX_ROMAN = 50;
    /** The canonical numerals up to {@value #MAX_ROMAN} and their values. */
    private static final Map<String, Integer> ROMAN_VALUES = romanValues();
    /** First letters and longest length of the label words Phần, Chương, Mục, Điều. */
    private static final String KEYWORD_INITIALS = "PCMĐ";
    private static final int KEYWORD_MAX = 6;

    /** Ordinal words after {@code thứ} ("nhất" → 1), keyed by match key. */
    private static final Map<String, Integer> ORDINALS = loadOrdinals();
    private static final int MAX_ORDINAL_WORDS = 2;

    private static Map<String, Integer> loadOrdinals() {
        Map<String, Integer> m = new HashMap<>();
        for (String[] row : Tables.rows("ordinal-words.tsv")) {
            m.put(MatchKey.of(row[0].trim()), Integer.parseInt(row[1].trim()));
        }
        return Map.copyOf(m);
    }

    /** Reads the label of a whole line given as a string (for tests and callers holding one line). */
    public HeadingLabel read(String line) {
        return read(line, 0, line.length());
    }

    /**
     * Reads the label at the start of the line {@code [lineStart, lineEnd)} of {@code t}, or returns null
     * when the line does not start with one.
     */
    public HeadingLabel read(String t, int lineStart, int lineEnd) {
        int p = skipSpaces(t, lineStart, lineEnd);
        if (p >= lineEnd) {
            return null;
        }
        char c = t.charAt(p);
        if (c == '#') { // markdown heading marks
            while (p < lineEnd && t.charAt(p) == '#') {
                p++;
            }
            if (p >= lineEnd || t.charAt(p) != ' ') {
                return null;
            }
            p = skipSpaces(t, p, lineEnd);
        }
        if (p < lineEnd && isEmphasis(t.charAt(p))) {
            int q = p;
            while (q < lineEnd && isEmphasis(t.charAt(q))) {
                q++;
            }
            if (q >= lineEnd || t.charAt(q) == ' ') {
                return null; // a bullet "* item"
            }
            p = q;
        }
        if (p >= lineEnd) {
            return null;
        }
        c = t.charAt(p);
        if (Character.isDigit(c)) {
            return number(t, p, lineEnd);
        }
        if (c == '(') {
            return bracketed(t, p, lineEnd);
        }
        if (Character.isLetter(c)) {
            int we = p;
            while (we < lineEnd && Character.isLetter(t.charAt(we))) {
                we++;
            }
            if (Character.isUpperCase(c) && we - p > 1) {
                if (we - p <= KEYWORD_MAX && KEYWORD_INITIALS.indexOf(c) >= 0) {
                    LabelStyle kw = keyword(t, p, we);
                    if (kw != null) {
                        return keywordLabel(kw, t, p, we, lineEnd);
                    }
                }
                return "IVXL".indexOf(c) >= 0 ? roman(t, p, we, lineEnd) : null;
            }
            if (we - p == 1) {
                return Character.isUpperCase(c) ? singleCapital(t, p, lineEnd) : lowerLetter(t, p, lineEnd);
            }
        }
        return null;
    }

    // ---- keyword labels: Phần, Chương, Mục, Điều -------------------------------------------------

    private static LabelStyle keyword(String t, int s, int e) {
        String key = MatchKey.of(t.subSequence(s, e));
        return switch (key) {
            case "phần" -> LabelStyle.PART;
            case "chương" -> LabelStyle.CHAPTER;
            case "mục" -> LabelStyle.CHAPTER_SECTION;
            case "điều" -> LabelStyle.ARTICLE;
            default -> null;
        };
    }

    private HeadingLabel keywordLabel(LabelStyle style, String t, int s, int wordEnd, int lineEnd) {
        if (wordEnd >= lineEnd || t.charAt(wordEnd) != ' ') {
            return null;
        }
        int p = skipSpaces(t, wordEnd, lineEnd);
        if (p >= lineEnd) {
            return null;
        }
        int te = p;
        while (te < lineEnd && Character.isLetterOrDigit(t.charAt(te))) {
            te++;
        }
        String token = t.substring(p, te);
        String number;
        int value;
        if (style == LabelStyle.PART && MatchKey.of(token).equals("thứ")) {
            int[] ord = ordinal(t, te, lineEnd);
            if (ord == null) {
                return null;
            }
            value = ord[0];
            te = ord[1];
            number = Integer.toString(value);
        } else if (isDigits(token) && token.length() <= 3) {
            number = token;
            value = Integer.parseInt(token);
        } else if (style == LabelStyle.ARTICLE && token.length() >= 2 && token.length() <= 4
                && isDigits(token.substring(0, token.length() - 1))
                && Character.isLowerCase(token.charAt(token.length() - 1))) {
            number = token; // Điều 5a, inserted by an amending text
            value = Integer.parseInt(token.substring(0, token.length() - 1));
        } else if (style != LabelStyle.ARTICLE && romanValue(token) > 0) {
            number = token;
            value = romanValue(token);
        } else if (style == LabelStyle.PART && token.length() == 1 && UPPER_ALPHABET.indexOf(token.charAt(0)) >= 0) {
            number = token;
            value = UPPER_ALPHABET.indexOf(token.charAt(0)) + 1;
        } else {
            return null;
        }
        if (value <= 0) {
            return null;
        }
        String label = switch (style) {
            case PART -> number;
            case CHAPTER -> "Chương " + number;
            case CHAPTER_SECTION -> "Mục " + number;
            default -> "Điều " + number;
        };
        return finish(style, 0, label, value, s, t, te, lineEnd, ".:-)", false, true);
    }

    /** Reads ordinal words after {@code thứ}: {value, end offset}, or null. */
    private static int[] ordinal(String t, int p, int lineEnd) {
        int[] best = null;
        int q = p;
        StringBuilder words = new StringBuilder();
        for (int n = 0; n < MAX_ORDINAL_WORDS; n++) {
            if (q >= lineEnd || t.charAt(q) != ' ') {
                break;
            }
            int ws = skipSpaces(t, q, lineEnd);
            int we = ws;
            while (we < lineEnd && Character.isLetter(t.charAt(we))) {
                we++;
            }
            if (we == ws) {
                break;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(MatchKey.of(t.subSequence(ws, we)));
            Integer v = ORDINALS.get(words.toString());
            if (v != null) {
                best = new int[] {v, we};
            }
            q = we;
        }
        return best;
    }

    // ---- Roman numerals and capitals ------------------------------------------------------------

    private HeadingLabel roman(String t, int s, int e, int lineEnd) {
        int v = romanValue(t.substring(s, e));
        if (v <= 0) {
            return null;
        }
        return finish(LabelStyle.ROMAN, 0, t.substring(s, e), v, s, t, e, lineEnd, ".-/:)", true, false);
    }

    private HeadingLabel singleCapital(String t, int p, int lineEnd) {
        char c = t.charAt(p);
        int roman = romanValue(String.valueOf(c));
        if (roman > 0) {
            HeadingLabel l = finish(LabelStyle.ROMAN, 0, String.valueOf(c), roman, p, t, p + 1, lineEnd,
                    ".-/:)", true, false);
            if (l == null) {
                return null;
            }
            // V. X. L. may be letters or a name's initial (V. Hùng); I. is taken as Roman unless a run
            // of letters ... H, I continues
            return new HeadingLabel(l.style(), 0, l.label(), l.value(), l.start(), l.titleStart(), l.lineEnd(),
                    true, l.separator());
        }
        int v = UPPER_ALPHABET.indexOf(c) + 1;
        if (v <= 0) {
            return null;
        }
        return finish(LabelStyle.UPPER_LETTER, 0, String.valueOf(c), v, p, t, p + 1, lineEnd, ".-/:)", true, false);
    }

    private HeadingLabel lowerLetter(String t, int p, int lineEnd) {
        char c = t.charAt(p);
        int v = LOWER_ALPHABET.indexOf(c) + 1;
        if (v <= 0) {
            return null;
        }
        return finish(LabelStyle.LOWER_LETTER, 0, String.valueOf(c), v, p, t, p + 1, lineEnd, ").-/", true, false);
    }

    // ---- Arabic and dotted numbers --------------------------------------------------------------

    private HeadingLabel number(String t, int s, int lineEnd) {
        int p = s;
        int groups = 0;
        int groupStart = s;
        int lastValue = 0;
        StringBuilder label = new StringBuilder();
        while (true) {
            int g = p;
            while (p < lineEnd && Character.isDigit(t.charAt(p))) {
                p++;
            }
            int len = p - g;
            if (len == 0 || len > (groups == 0 ? 3 : 2)) {
                return null; // 1.035, 2020, 024.3883
            }
            groups++;
            groupStart = g;
            lastValue = Integer.parseInt(t.substring(g, p));
            if (p + 1 < lineEnd && t.charAt(p) == '.' && Character.isDigit(t.charAt(p + 1))) {
                label.append(t, g, p).append('.');
                p++;
                continue;
            }
            label.append(t, g, p);
            break;
        }
        if (groups == 1) {
            if (p - s > 2 && t.charAt(s) == '0' || lastValue == 0) {
                return null;
            }
            HeadingLabel l = finish(LabelStyle.ARABIC, 0, label.toString(), lastValue, s, t, p, lineEnd, ".)/-",
                    true, false);
            if (l != null && (l.separator() == '-' || l.separator() == '/') && !l.bare()
                    && !opensWords(t.charAt(l.titleStart()))) {
                return null; // 2020 - 2025;  3/ 4
            }
            return l;
        }
        if (groups > 4 || lastValue == 0 || groupStart == s) {
            return null;
        }
        HeadingLabel l = finish(LabelStyle.DOTTED, groups - 1, label.toString(), lastValue, s, t, p, lineEnd, ".-):",
                false, true);
        if (l != null && l.separator() == 0 && !l.bare() && !Character.isUpperCase(t.charAt(l.titleStart()))) {
            return null; // 2.5 ha: a decimal quantity, not a label
        }
        return l;
    }

    private HeadingLabel bracketed(String t, int s, int lineEnd) {
        int p = s + 1;
        int q = p;
        while (q < lineEnd && q - p <= 2 && Character.isLetterOrDigit(t.charAt(q))) {
            q++;
        }
        if (q >= lineEnd || t.charAt(q) != ')' || q == p) {
            return null;
        }
        String inner = t.substring(p, q);
        LabelStyle style;
        int value;
        if (isDigits(inner) && inner.length() <= 2) {
            style = LabelStyle.BRACKETED_NUMBER;
            value = Integer.parseInt(inner);
        } else if (inner.length() == 1 && LOWER_ALPHABET.indexOf(inner.charAt(0)) >= 0) {
            style = LabelStyle.BRACKETED_LETTER;
            value = LOWER_ALPHABET.indexOf(inner.charAt(0)) + 1;
        } else {
            return null;
        }
        if (value <= 0) {
            return null;
        }
        int after = q + 1;
        if (after < lineEnd && (t.charAt(after) == '.' || t.charAt(after) == ':')) {
            after++;
        }
        return finish(style, 0, "(" + inner + ")", value, s, t, after, lineEnd, "", false, true);
    }

    // ---- separator and title start --------------------------------------------------------------

    /**
     * Reads what follows a label token ending at {@code e}: one of {@code separators} (spaces may come
     * before {@code -} and {@code :}), then white space and closing emphasis, then the title or the end
     * of the line.
     *
     * @param glued       whether a title may follow {@code .} or {@code )} without a space when it starts
     *                    with a capital ({@code II.Triển khai})
     * @param noSeparator whether the label may stand without punctuation (keyword labels, dotted numbers)
     */
    private static HeadingLabel finish(LabelStyle style, int depth, String label, int value, int start, String t,
                                       int e, int lineEnd, String separators, boolean glued, boolean noSeparator) {
        int q = e;
        int sp = skipSpaces(t, q, lineEnd);
        char sep = 0;
        int p;
        if (sp < lineEnd && separators.indexOf(t.charAt(sp)) >= 0
                && (sp == q || t.charAt(sp) == '-' || t.charAt(sp) == ':')) {
            sep = t.charAt(sp);
            p = sp + 1;
            if (p < lineEnd && t.charAt(p) == sep && sep != ')') {
                return null; // "1.." or "I--"
            }
        } else {
            p = q;
        }
        int closeEnd = p;
        while (closeEnd < lineEnd && isEmphasis(t.charAt(closeEnd))) {
            closeEnd++;
        }
        int titleStart = skipSpaces(t, closeEnd, lineEnd);
        int open = titleStart;
        while (open < lineEnd && isEmphasis(t.charAt(open))) {
            open++;
        }
        if (open > titleStart && open < lineEnd && !Character.isWhitespace(t.charAt(open))) {
            titleStart = open; // "**II.** **TỔ CHỨC THỰC HIỆN**"
        }
        int end = trimEnd(t, lineEnd, titleStart);
        boolean spaced = titleStart > closeEnd || closeEnd > p;
        if (titleStart >= end) {
            if (sep == 0 && !noSeparator) {
                return null; // "II" alone: a table cell
            }
            return new HeadingLabel(style, depth, label, value, start, end, end, false, sep);
        }
        if (sep == 0) {
            if (!noSeparator || titleStart == e) {
                return null; // "1 Nguyễn", "Chương IVa"
            }
            char f = t.charAt(titleStart);
            if (Character.isLetter(f) && !Character.isUpperCase(f)) {
                return null; // "Mục 2 của Kế hoạch": a reference wrapped onto a new line
            }
        } else if (!spaced) {
            char f = t.charAt(titleStart);
            boolean ok = glued && (sep == '.' || sep == ')') && Character.isUpperCase(f)
                    && titleStart + 1 < end && Character.isLetter(t.charAt(titleStart + 1));
            if (!ok) {
                return null; // 2/7/2020, 749/QĐ-TTg, V/v, T.H., 1.035
            }
        }
        char f = t.charAt(titleStart);
        boolean numeral = style == LabelStyle.ROMAN && (label.length() > 1 || label.equals("I"));
        if ((style == LabelStyle.ROMAN || style == LabelStyle.UPPER_LETTER) && !opensWords(f)
                && !(numeral && Character.isDigit(f))) {
            return null; // P. 146
        }
        return new HeadingLabel(style, depth, label, value, start, titleStart, end, false, sep);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Whether a title may start with {@code c}: a letter, an opening quote or bracket. */
    private static boolean opensWords(char c) {
        return Character.isLetter(c) || c == '"' || c == '\'' || c == '(' || c == '[';
    }

    static boolean isEmphasis(char c) {
        return c == '*' || c == '_';
    }

    private static int skipSpaces(String t, int p, int end) {
        while (p < end && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** The end of the line without trailing white space, never before {@code floor}. */
    static int trimEnd(String t, int end, int floor) {
        while (end > floor && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of a canonical upper-case Roman numeral up to {@value #MAX_ROMAN}, else 0. */
    static int romanValue(String s) {
        Integer v = s.length() > 7 ? null : ROMAN_VALUES.get(s);
        return v == null ? 0 : v;
    }

    private static Map<String, Integer> romanValues() {
        Map<String, Integer> values = new HashMap<>();
        for (int n = 1; n <= MAX_ROMAN; n++) {
            values.put(toRoman(n), n);
        }
        return Map.copyOf(values);
    }

    static String toRoman(int n) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(digits[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
