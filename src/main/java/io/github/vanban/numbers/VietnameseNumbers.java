package io.github.vanban.numbers;

import io.github.vanban.text.ResourceTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads numbers as Vietnamese text writes them: digits with either separator convention
 * ({@code 1.035}, {@code 1.234.567}, {@code 2,5}; {@code 1,035} in a text that groups thousands with
 * commas), number words ({@code hai mươi lăm}, {@code một trăm linh năm}, {@code ba mươi tư},
 * {@code hai nghìn không trăm hai mươi}, {@code ba vạn}, {@code hai phẩy năm}), and digits followed by
 * scale words ({@code 1,5 nghìn}, {@code 33.000 ngàn} = 33,000,000, {@code 1 tỷ 200 triệu}).
 *
 * <p>The number words are data ({@code number-words.tsv} beside this class): digits {@code không} …
 * {@code chín}, {@code mốt}/{@code tư}/{@code lăm} after the tens, {@code mười}, {@code mươi},
 * {@code trăm}, {@code linh}/{@code lẻ}, {@code chục}, {@code nghìn}/{@code ngàn}, {@code vạn},
 * {@code triệu}, {@code tỷ}/{@code tỉ}, {@code rưỡi}, {@code phẩy}, {@code âm}. Words are matched
 * without regard to case; the text is expected in NFC (as {@code NormalizedText} gives it).
 *
 * <p>All methods are static, allocation-light and thread-safe; nothing here depends on the rest of the
 * library. Example:
 * <pre>{@code
 * VietnameseNumbers.readAt("có 1.035 lượt người", 3)   // NumberMatch[3, 8, 1035, DIGITS]
 * VietnameseNumbers.parse("một trăm linh năm")          // Optional[105]
 * }</pre>
 */
public final class VietnameseNumbers {

    /** Longest run of number words considered. */
    private static final int MAX_WORDS = 32;
    /** Longest run of digits considered in one group. */
    private static final int MAX_DIGITS = 24;

    private static final WordTable WORDS = WordTable.load();

    private VietnameseNumbers() {
    }

    /**
     * Reads the number that starts at {@code offset}, taking the Vietnamese separators (dot for
     * thousands, comma for decimals).
     *
     * @see #readAt(CharSequence, int, NumberConvention)
     */
    public static Optional<NumberMatch> readAt(CharSequence text, int offset) {
        return readAt(text, offset, NumberConvention.VIETNAMESE);
    }

    /**
     * Reads the number that starts at {@code offset}: a run of digits (with the separators of
     * {@code convention}), possibly followed by scale words, or a run of number words. A number word must
     * start at {@code offset} and be a whole word. The longest reading is taken ({@code một trăm năm}
     * reads {@code một trăm}, leaving {@code năm}). Whether the number stands at a word boundary on its
     * left is for the caller to judge.
     *
     * <p>Separator rules: a group separator counts only before exactly three digits
     * ({@code 1.234.567}); a decimal separator only before a digit. In the Vietnamese convention a dot
     * before one or two digits is still read as a decimal point ({@code 13.5%}), and in the English
     * convention a comma before one or two digits likewise ({@code 2,5}).
     *
     * @return the number, or empty when none starts at {@code offset}
     */
    public static Optional<NumberMatch> readAt(CharSequence text, int offset, NumberConvention convention) {
        return readAt(text, offset, () -> convention);
    }

    /**
     * {@link #readAt(CharSequence, int, NumberConvention)} for a caller that would rather not settle the
     * convention before it is needed: {@code convention} is asked only when a dot or a comma and a digit
     * follow the digits, so a text whose convention costs a pass to judge ({@link #detectConvention}) is judged
     * only if one of its numbers needs it.
     */
    public static Optional<NumberMatch> readAt(CharSequence text, int offset,
            Supplier<NumberConvention> convention) {
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        char c = text.charAt(offset);
        if (isAsciiDigit(c)) {
            return Optional.ofNullable(readDigitsAndScales(text, offset, convention));
        }
        if (Character.isLetter(c)) {
            return Optional.ofNullable(readWords(text, offset));
        }
        return Optional.empty();
    }

    /**
     * The value of a string that is one number and nothing else (surrounding white space aside), in the
     * Vietnamese convention: {@code parse("1.035")} is 1035, {@code parse("hai mươi lăm")} is 25,
     * {@code parse("1,5 nghìn")} is 1500.
     */
    public static Optional<BigDecimal> parse(String s) {
        return parse(s, NumberConvention.VIETNAMESE);
    }

    /** Like {@link #parse(String)}, with the separators of {@code convention}. */
    public static Optional<BigDecimal> parse(String s, NumberConvention convention) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        Optional<NumberMatch> m = readAt(s, start, convention);
        return m.isPresent() && m.get().end() == end ? Optional.of(m.get().value()) : Optional.empty();
    }

    /**
     * Which separator convention a whole text uses, judged from the numbers whose reading is not in doubt
     * ({@code 1.234.567} or {@code 2,5%} are Vietnamese, {@code 1,234,567} or {@code 2.5%} English).
     * Ties and texts without such evidence give {@link NumberConvention#VIETNAMESE}. One linear pass.
     */
    public static NumberConvention detectConvention(CharSequence text) {
        int vietnamese = 0;
        int english = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiDigit(text.charAt(i)) || (i > 0 && isNumberChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isNumberChar(text.charAt(end))) {
                end++;
            }
            while (end > i && !isAsciiDigit(text.charAt(end - 1))) {
                end--;
            }
            int vote = separatorVote(text, i, end);
            if (vote > 0) {
                vietnamese += vote;
            } else {
                english -= vote;
            }
            i = Math.max(end, i + 1);
        }
        return english > vietnamese ? NumberConvention.ENGLISH : NumberConvention.VIETNAMESE;
    }

    /**
     * Whether some number word of the table may begin with {@code c} (in either case): a test on one char
     * that a scan can make before it looks at the whole word. True for every char it cannot rule out.
     */
    public static boolean mayStartNumberWord(char c) {
        return WORDS.mayStartWith(c);
    }

    /**
     * Whether a number word of the table may begin a run of letters whose first char is {@code first} and
     * whose next char is {@code second} (the char after the run when the run has one letter): a test on two
     * chars that a scan can make before it looks at the whole word. True for every pair it cannot rule out;
     * false only when {@link #numberWordEnd} would find no word there.
     */
    public static boolean mayBeginNumberWord(char first, char second) {
        return WORDS.mayBegin(first, second);
    }

    /** Whether {@code word} (any case) is a Vietnamese number word of the table. */
    public static boolean isNumberWord(CharSequence word) {
        return WORDS.find(word, 0, word.length()) != null;
    }

    /** Whether {@code text[start, end)} (any case) is a Vietnamese number word of the table. */
    public static boolean isNumberWord(CharSequence text, int start, int end) {
        return WORDS.find(text, start, end) != null;
    }

    /**
     * The number word that begins at {@code start}, for a scan that holds its text as an array: the end of
     * the run of letters ({@link Character#isLetter(char)}) from {@code start} when that run, any case, is a
     * number word of the table ({@link #isNumberWord(CharSequence, int, int)}); otherwise {@code -1 - p}, where
     * {@code text[start, p)} are letters seen while ruling the word out ({@code p > start} when
     * {@code text[start]} is a letter), so that the scan may go on from {@code p}.
     */
    public static int numberWordEnd(char[] text, int start) {
        return WORDS.wordEnd(text, start);
    }

    // ---------------------------------------------------------------------------------------------
    // convention evidence

    /** Positive: evidence for the Vietnamese convention; negative: for the English one; 0: none. */
    private static int separatorVote(CharSequence t, int start, int end) {
        int dots = 0;
        int commas = 0;
        int firstSep = -1;
        int lastSep = -1;
        boolean groupsOfThree = true;
        int run = 0;
        int firstRun = -1;
        for (int k = start; k < end; k++) {
            char c = t.charAt(k);
            if (isAsciiDigit(c)) {
                run++;
                continue;
            }
            if (firstRun < 0) {
                firstRun = run;
            } else if (run != 3) {
                groupsOfThree = false;
            }
            if (c == '.') {
                dots++;
            } else {
                commas++;
            }
            if (firstSep < 0) {
                firstSep = k;
            }
            lastSep = k;
            run = 0;
        }
        if (firstSep < 0 || firstRun > 3 || firstRun == 0) {
            return 0;
        }
        int lastRun = run;
        boolean percent = end < t.length() && (t.charAt(end) == '%'
                || (end + 1 < t.length() && t.charAt(end) == ' ' && t.charAt(end + 1) == '%'));
        if (dots >= 2 && commas == 0 && groupsOfThree && lastRun == 3) {
            return 2;
        }
        if (commas >= 2 && dots == 0 && groupsOfThree && lastRun == 3) {
            return -2;
        }
        if (dots >= 1 && commas == 1 && t.charAt(lastSep) == ',' && lastSep > firstSep) {
            return 2;
        }
        if (commas >= 1 && dots == 1 && t.charAt(lastSep) == '.' && lastSep > firstSep) {
            return -2;
        }
        if (commas == 1 && dots == 0 && lastRun <= 2) {
            return percent ? 2 : 1;
        }
        if (dots == 1 && commas == 0 && lastRun <= 2 && percent) {
            return -2;
        }
        return 0;
    }

    private static boolean isNumberChar(char c) {
        return isAsciiDigit(c) || c == '.' || c == ',';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------------------------------------
    // digits

    /** Digits with separators, then any scale words, then any further smaller digit+scale terms. */
    private static NumberMatch readDigitsAndScales(CharSequence t, int offset, Supplier<NumberConvention> conv) {
        int[] endOut = new int[1];
        BigDecimal term = readDigits(t, offset, conv, endOut);
        if (term == null) {
            return null;
        }
        int end = endOut[0];
        long[] scaleOut = new long[1];
        // scale words after the digits: "33.000 ngàn", "1 nghìn tỷ", "2 triệu rưỡi"
        int scaleEnd = scalesAfter(t, end, scaleOut);
        if (term.scale() == 0 && scaleEnd < 0) {
            return new NumberMatch(offset, end, term, NumberKind.DIGITS); // a whole number alone, the usual case
        }
        BigDecimal total = BigDecimal.ZERO;
        NumberKind kind = NumberKind.DIGITS;
        while (true) {
            if (scaleEnd < 0) {
                total = total.add(term);
                break;
            }
            BigDecimal scale = BigDecimal.valueOf(scaleOut[0]);
            BigDecimal value = term.multiply(scale);
            end = scaleEnd;
            kind = NumberKind.MIXED;
            int q = skipSpaces(t, end);
            int we = wordEnd(t, q);
            Word half = we > q ? WORDS.find(t, q, we) : null;
            if (half != null && half.role == Role.HALF) {
                value = value.add(scale.divide(BigDecimal.valueOf(2)));
                end = we;
            }
            total = total.add(value);
            // a further, smaller term: "1 tỷ 200 triệu"
            q = skipSpaces(t, end);
            if (q == end || q >= t.length() || !isAsciiDigit(t.charAt(q))) {
                break;
            }
            BigDecimal next = readDigits(t, q, conv, endOut);
            if (next == null) {
                break;
            }
            int nextScaleEnd = scalesAfter(t, endOut[0], scaleOut);
            if (nextScaleEnd < 0 || BigDecimal.valueOf(scaleOut[0]).compareTo(scale) >= 0) {
                break;
            }
            term = next;
            end = endOut[0];
            scaleEnd = nextScaleEnd;
        }
        BigDecimal v = total.stripTrailingZeros();
        return new NumberMatch(offset, end, v.scale() < 0 ? v.setScale(0) : v, kind);
    }

    /** The end of the scale words after {@code end} (their product in {@code scaleOut[0]}), or -1. */
    private static int scalesAfter(CharSequence t, int end, long[] scaleOut) {
        int p = skipSpaces(t, end);
        if (p == end) {
            return -1;
        }
        long scale = 1;
        int scaleEnd = -1;
        while (p < t.length()) {
            int we = wordEnd(t, p);
            Word w = we > p ? WORDS.find(t, p, we) : null;
            if (w == null || (w.role != Role.SCALE && w.role != Role.HUNDRED)) {
                break;
            }
            try {
                scale = Math.multiplyExact(scale, w.value);
            } catch (ArithmeticException e) {
                break;
            }
            scaleEnd = we;
            int q = skipSpaces(t, we);
            if (q == we) {
                break;
            }
            p = q;
        }
        scaleOut[0] = scale;
        return scaleEnd;
    }

    /** The value of the digits at {@code offset}; {@code endOut[0]} receives their end. */
    private static BigDecimal readDigits(CharSequence t, int offset, Supplier<NumberConvention> convention,
            int[] endOut) {
        int n = t.length();
        int j = offset;
        while (j < n && isAsciiDigit(t.charAt(j)) && j - offset < MAX_DIGITS) {
            j++;
        }
        if (j == offset) {
            return null;
        }
        int firstEnd = j;
        int count = j - offset; // digits of the integer part
        int groups = 0;
        // without a separator and a digit after the digits either convention reads the same: ask only then
        boolean separator = j + 1 < n && (t.charAt(j) == '.' || t.charAt(j) == ',') && isAsciiDigit(t.charAt(j + 1));
        NumberConvention conv = separator ? convention.get() : NumberConvention.VIETNAMESE;
        char group = conv.groupSeparator();
        char decimal = conv.decimalSeparator();
        if (j - offset <= 3) {
            while (j + 3 < n && t.charAt(j) == group && isAsciiDigit(t.charAt(j + 1))
                    && isAsciiDigit(t.charAt(j + 2)) && isAsciiDigit(t.charAt(j + 3))
                    && (j + 4 >= n || !isAsciiDigit(t.charAt(j + 4))) && count < MAX_DIGITS) {
                count += 3;
                groups++;
                j += 4;
            }
        }
        int fractionFrom = -1;
        if (j + 1 < n && t.charAt(j) == decimal && isAsciiDigit(t.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && isAsciiDigit(t.charAt(k)) && k - j <= MAX_DIGITS) {
                k++;
            }
            fractionFrom = j + 1;
            j = k;
        } else if (groups == 0 && j + 1 < n && t.charAt(j) == group && isAsciiDigit(t.charAt(j + 1))) {
            // a group separator before one or two digits can only be a decimal point
            int k = j + 1;
            while (k < n && isAsciiDigit(t.charAt(k))) {
                k++;
            }
            if (k - j - 1 <= 2 && (k >= n || (t.charAt(k) != group && t.charAt(k) != decimal)
                    || k + 1 >= n || !isAsciiDigit(t.charAt(k + 1)))) {
                fractionFrom = j + 1;
                j = k;
            }
        }
        endOut[0] = j;
        if (fractionFrom < 0 && count <= 18) {
            // a whole number that fits a long, the usual case
            long v = 0;
            for (int k = offset; k < firstEnd; k++) {
                v = v * 10 + (t.charAt(k) - '0');
            }
            for (int g = 0, at = firstEnd + 1; g < groups; g++, at += 4) {
                v = v * 1000 + (t.charAt(at) - '0') * 100 + (t.charAt(at + 1) - '0') * 10 + (t.charAt(at + 2) - '0');
            }
            return BigDecimal.valueOf(v);
        }
        StringBuilder digits = new StringBuilder(j - offset + 8);
        digits.append(t, offset, firstEnd);
        for (int g = 0, at = firstEnd + 1; g < groups; g++, at += 4) {
            digits.append(t, at, at + 3);
        }
        if (fractionFrom >= 0) {
            digits.append('.').append(t, fractionFrom, j);
        }
        return new BigDecimal(digits.toString());
    }

    private static int skipSpaces(CharSequence t, int p) {
        int n = t.length();
        int newlines = 0;
        while (p < n) {
            char c = t.charAt(p);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                p++;
            } else if (c == '\n' && newlines == 0) {
                newlines++;
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    /**
     * The end of the run of letters at {@code p} that may be a number word (at most 8 letters), or {@code p}
     * when none can be: a char that begins no number word is decided before the run's end is looked for.
     */
    private static int wordEnd(CharSequence t, int p) {
        int n = t.length();
        if (p >= n || !WORDS.mayStartWith(t.charAt(p))) {
            return p;
        }
        int e = p;
        while (e < n && Character.isLetter(t.charAt(e)) && e - p < 8) {
            e++;
        }
        if (e < n && Character.isLetter(t.charAt(e))) {
            return p; // too long to be a number word
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------
    // words

    private static NumberMatch readWords(CharSequence t, int offset) {
        if (offset > 0 && Character.isLetter(t.charAt(offset - 1))) {
            return null;
        }
        List<Word> words = new ArrayList<>(8);
        int[] ends = new int[MAX_WORDS];
        int p = offset;
        while (words.size() < MAX_WORDS && p < t.length()) {
            int we = wordEnd(t, p);
            if (we == p) {
                break;
            }
            Word w = WORDS.find(t, p, we);
            if (w == null) {
                break;
            }
            ends[words.size()] = we;
            words.add(w);
            int q = skipSpaces(t, we);
            if (q == we) {
                break;
            }
            p = q;
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean negative = words.get(0).role == Role.MINUS;
        int from = negative ? 1 : 0;
        for (int len = words.size(); len > from; len--) {
            BigDecimal v = wordsValue(words, from, len);
            if (v != null) {
                if (negative) {
                    v = v.negate();
                }
                return new NumberMatch(offset, ends[len - 1], v, NumberKind.WORDS);
            }
        }
        return null;
    }

    /** The value of words [from, to), integer part and an optional "phẩy" fraction; null if not a number. */
    private static BigDecimal wordsValue(List<Word> w, int from, int to) {
        int point = -1;
        for (int i = from; i < to; i++) {
            if (w.get(i).role == Role.POINT) {
                point = i;
                break;
            }
        }
        if (point < 0) {
            long v = integerValue(w, from, to);
            return v < 0 ? null : BigDecimal.valueOf(v);
        }
        if (point == from || point == to - 1) {
            return null;
        }
        long whole = integerValue(w, from, point);
        if (whole < 0) {
            return null;
        }
        // fraction: digit words one by one ("không năm" = 05), else one number ("ba mươi tám" = 38)
        StringBuilder frac = new StringBuilder();
        boolean digitsOnly = true;
        for (int i = point + 1; i < to; i++) {
            if (w.get(i).role != Role.DIGIT) {
                digitsOnly = false;
                break;
            }
            frac.append(w.get(i).value);
        }
        if (!digitsOnly) {
            long f = integerValue(w, point + 1, to);
            if (f < 0) {
                return null;
            }
            frac.setLength(0);
            frac.append(f);
        }
        return new BigDecimal(whole + "." + frac);
    }

    /** Integer value of words [from, to) or -1. Splits at the first occurrence of the largest scale. */
    private static long integerValue(List<Word> w, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int scaleAt = -1;
        long scale = 0;
        for (int i = from; i < to; i++) {
            Word x = w.get(i);
            if (x.role == Role.SCALE && x.value > scale) {
                scale = x.value;
                scaleAt = i;
            }
        }
        if (scaleAt < 0) {
            return belowThousand(w, from, to);
        }
        long left = integerValue(w, from, scaleAt);
        if (left < 0) {
            return -1;
        }
        long right;
        int r = scaleAt + 1;
        if (r == to) {
            right = 0;
        } else if (r + 1 == to && w.get(r).role == Role.HALF) {
            if (scale % 2 != 0) {
                return -1;
            }
            right = scale / 2;
        } else if (w.get(r).role == Role.ZERO_TENS) {
            // "một nghìn linh năm" = 1005
            right = r + 2 == to ? unitAfterZeroTens(w.get(r + 1)) : -1;
        } else {
            right = integerValue(w, r, to);
            if (right < 0 || right >= scale) {
                return -1;
            }
        }
        if (right < 0) {
            return -1;
        }
        try {
            return Math.addExact(Math.multiplyExact(left, scale), right);
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** 0-999 from words without scales: [D trăm] [linh D | tens], or tens, or a digit. */
    private static long belowThousand(List<Word> w, int from, int to) {
        int n = to - from;
        Word a = w.get(from);
        if (n >= 2 && a.role == Role.DIGIT && w.get(from + 1).role == Role.HUNDRED) {
            long hundreds = a.value * 100;
            int r = from + 2;
            if (r == to) {
                return hundreds;
            }
            Word b = w.get(r);
            if (b.role == Role.HALF && r + 1 == to) {
                return hundreds + 50;
            }
            if (b.role == Role.ZERO_TENS) {
                return r + 2 == to ? plus(hundreds, unitAfterZeroTens(w.get(r + 1))) : -1;
            }
            long tens = tens(w, r, to);
            return tens < 10 ? -1 : hundreds + tens;
        }
        if (n == 1 && a.role == Role.DIGIT) {
            return a.value;
        }
        long tens = tens(w, from, to);
        return tens >= 10 ? tens : -1;
    }

    private static long plus(long a, long b) {
        return b < 0 ? -1 : a + b;
    }

    /** The digit after linh/lẻ: một … chín, or tư; -1 otherwise. */
    private static long unitAfterZeroTens(Word u) {
        if (u.role == Role.DIGIT && u.value > 0) {
            return u.value;
        }
        if (u.role == Role.LATE_DIGIT && u.value == 4) {
            return 4;
        }
        return -1;
    }

    /** 10-99 from "mười [u]" or "D mươi [u]"; -1 otherwise. */
    private static long tens(List<Word> w, int from, int to) {
        int n = to - from;
        Word a = w.get(from);
        if (a.role == Role.TEN) {
            if (n == 1) {
                return 10;
            }
            if (n == 2) {
                Word u = w.get(from + 1);
                if (u.role == Role.DIGIT && u.value > 0) {
                    return 10 + u.value;
                }
                if (u.role == Role.LATE_DIGIT && u.value != 1) {
                    return 10 + u.value; // mười lăm, mười tư
                }
            }
            return -1;
        }
        if (a.role == Role.DIGIT && a.value >= 2 && n >= 2 && w.get(from + 1).role == Role.TENS) {
            long t = a.value * 10;
            if (n == 2) {
                return t;
            }
            if (n == 3) {
                Word u = w.get(from + 2);
                if ((u.role == Role.DIGIT || u.role == Role.LATE_DIGIT) && u.value > 0) {
                    return t + u.value;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------
    // word table

    enum Role { DIGIT, LATE_DIGIT, TEN, TENS, HUNDRED, ZERO_TENS, SCALE, HALF, POINT, MINUS }

    record Word(String text, Role role, long value) {
    }

    /** The number words in a small open-addressing hash table, for lookups without allocation. */
    private static final class WordTable {
        private static final int SLOTS = 256;
        private final Word[] slots = new Word[SLOTS];
        private final int maxLength;
        /** Chars below {@link #FIRST_LIMIT} that begin a word of the table in either case. */
        private static final int FIRST_LIMIT = 0x2000;
        private final boolean[] firstChars = new boolean[FIRST_LIMIT];
        /** Chars below {@link #FIRST_LIMIT} that are the second char of a word of the table in either case. */
        private final boolean[] secondChars = new boolean[FIRST_LIMIT];
        /**
         * For a word starting with an ASCII letter ({@code a} to {@code z}, lower case): the chars below
         * {@link #FIRST_LIMIT} that may follow it in a word of the table, as bits; null when a word of the
         * table starts with a capital, which this test does not cover.
         */
        private final long[][] pairs;

        private WordTable(List<Word> words) {
            int max = 0;
            for (Word w : words) {
                max = Math.max(max, w.text.length());
                int h = hash(w.text, 0, w.text.length());
                while (slots[h] != null) {
                    h = (h + 1) & (SLOTS - 1);
                }
                slots[h] = w;
            }
            maxLength = max;
            boolean lowerFirsts = true;
            for (Word w : words) {
                lowerFirsts &= lower(w.text.charAt(0)) == w.text.charAt(0);
            }
            pairs = lowerFirsts ? new long[26][FIRST_LIMIT / 64] : null;
            boolean allLower = true;
            for (Word w : words) {
                for (int i = 0; i < w.text.length(); i++) {
                    allLower &= lower(w.text.charAt(i)) == w.text.charAt(i);
                }
            }
            for (char c = 0; c < FIRST_LIMIT; c++) {
                for (Word w : words) {
                    char w0 = w.text.charAt(0);
                    if (pairs != null && w.text.length() > 1 && w0 >= 'a' && w0 <= 'z'
                            && (c == w.text.charAt(1) || Character.toLowerCase(c) == w.text.charAt(1))) {
                        pairs[w0 - 'a'][c >>> 6] |= 1L << c;
                    }
                    char f = w.text.charAt(0);
                    if (c == f || Character.toLowerCase(c) == f) {
                        firstChars[c] = true;
                    }
                    char g = w.text.length() > 1 ? w.text.charAt(1) : 0;
                    if (w.text.length() > 1 && (c == g || Character.toLowerCase(c) == g)) {
                        secondChars[c] = true;
                    }
                }
            }
            buildCodes(words, allLower);
        }

        /** Whether a word of the table may start with {@code c} (any char above the table may): tested before hashing. */
        private boolean mayStartWith(char c) {
            return c >= FIRST_LIMIT || firstChars[c];
        }

        /** Whether a word of the table may have {@code c} as its second char (any char above the table may). */
        private boolean mayHaveSecond(char c) {
            return c >= FIRST_LIMIT || secondChars[c];
        }

        /** Whether a word of the table may start with {@code first} then {@code second}; tested for ASCII letters. */
        private boolean mayBePair(char first, char second) {
            if (pairs == null || first >= 128 || second >= FIRST_LIMIT) {
                return true;
            }
            char l = lower(first);
            if (l < 'a' || l > 'z') {
                return true;
            }
            return (pairs[l - 'a'][second >>> 6] & (1L << second)) != 0;
        }

        private static int hash(CharSequence t, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + lower(t.charAt(i));
            }
            return (h ^ (h >>> 7)) & (SLOTS - 1);
        }

        Word find(CharSequence t, int start, int end) {
            int len = end - start;
            if (len <= 0 || len > maxLength || !mayStartWith(t.charAt(start))
                    || len > 1 && !mayHaveSecond(t.charAt(start + 1))
                    || len > 1 && !mayBePair(t.charAt(start), t.charAt(start + 1))) {
                return null;
            }
            for (int h = hash(t, start, end); slots[h] != null; h = (h + 1) & (SLOTS - 1)) {
                Word w = slots[h];
                if (w.text.length() == len && sameIgnoringCase(t, start, w.text)) {
                    return w;
                }
            }
            return null;
        }

        /** Whether {@code t[start, end)} is a word of the table: {@link #find} on an array. */
        boolean contains(char[] t, int start, int end) {
            int len = end - start;
            if (len <= 0 || len > maxLength) {
                return false;
            }
            if (prefixes == null) {
                return find(java.nio.CharBuffer.wrap(t), start, end) != null;
            }
            int state = 0;
            for (int i = start; i < end; i++) {
                char c = t[i];
                if (c >= FIRST_LIMIT) {
                    return find(java.nio.CharBuffer.wrap(t), start, end) != null;
                }
                int k = letterCodes[c];
                if (k == 0) {
                    return false; // no word of the table has this letter
                }
                state = prefixes[state << CODE_BITS | k];
                if (state == 0) {
                    return false; // no word of the table begins so
                }
            }
            return wordEnds[state];
        }

        /** {@link VietnameseNumbers#numberWordEnd}: follows the tree of prefixes along the run of letters. */
        int wordEnd(char[] t, int start) {
            if (prefixes == null) {
                return wordEndByLookup(t, start);
            }
            int state = 0;
            int n = t.length;
            for (int i = start; i < n; i++) {
                char c = t[i];
                if (c >= FIRST_LIMIT) {
                    return wordEndByLookup(t, start);
                }
                int k = letterCodes[c];
                if (k == 0) {
                    // a letter of no word, or the end of the run
                    if (Character.isLetter(c)) {
                        return -1 - (i + 1);
                    }
                    return i > start && wordEnds[state] ? i : -1 - i;
                }
                state = prefixes[state << CODE_BITS | k]; // a char with a code is a letter
                if (state == 0) {
                    return -1 - (i + 1); // no word of the table begins so
                }
            }
            return n > start && wordEnds[state] ? n : -1 - n;
        }

        /** {@link VietnameseNumbers#mayBeginNumberWord}: the first two steps of {@link #wordEnd}. */
        boolean mayBegin(char first, char second) {
            if (prefixes == null || first >= FIRST_LIMIT || second >= FIRST_LIMIT) {
                return true;
            }
            int k = letterCodes[first];
            if (k == 0) {
                return false;
            }
            int state = prefixes[k];
            if (state == 0) {
                return false;
            }
            int k2 = letterCodes[second];
            if (k2 == 0) {
                return !Character.isLetter(second) && wordEnds[state];
            }
            return prefixes[state << CODE_BITS | k2] != 0;
        }

        private int wordEndByLookup(char[] t, int start) {
            int end = start;
            while (end < t.length && end - start <= maxLength && Character.isLetter(t[end])) {
                end++;
            }
            return end > start && end - start <= maxLength && contains(t, start, end) ? end : -1 - end;
        }

        /**
         * The words as a tree of their lower-case prefixes, for {@link #contains}: the state after the prefix
         * {@code p} then the letter of code {@code k} is {@code prefixes[p << CODE_BITS | k]} (0 when no word
         * begins so; the empty prefix is state 0), and {@code wordEnds[p]} says whether {@code p} is a word.
         */
        private int[] prefixes;
        private boolean[] wordEnds;

        private void buildPrefixes(List<Word> words) {
            int states = 1;
            for (Word w : words) {
                states += w.text.length();
            }
            int[] next = new int[states << CODE_BITS];
            boolean[] ends = new boolean[states];
            int used = 1;
            for (Word w : words) {
                int state = 0;
                for (char c : w.text.toCharArray()) {
                    int slot = state << CODE_BITS | letterCodes[c];
                    if (next[slot] == 0) {
                        next[slot] = used++;
                    }
                    state = next[slot];
                }
                ends[state] = true;
            }
            prefixes = next;
            wordEnds = ends;
        }

        /**
         * Each letter of the words, lower case, has a code of {@link #CODE_BITS} bits ({@link #letterCodes},
         * 0 for a char in no word), by which {@link #prefixes} is indexed.
         */
        private static final int CODE_BITS = 6;
        private final byte[] letterCodes = new byte[FIRST_LIMIT];

        /**
         * Gives the letters their codes and builds the tree of prefixes; false (and no tree: words are then
         * looked up by hash) when a word has a capital or a char above {@link #FIRST_LIMIT}, or the words are
         * too long or have too many letters for codes of {@link #CODE_BITS} bits.
         */
        private boolean buildCodes(List<Word> words, boolean allLowerCase) {
            if (!allLowerCase || maxLength * CODE_BITS > 31) {
                return false;
            }
            StringBuilder alphabet = new StringBuilder();
            for (Word w : words) {
                for (char c : w.text.toCharArray()) {
                    if (c >= FIRST_LIMIT) {
                        return false;
                    }
                    if (alphabet.indexOf(String.valueOf(c)) < 0) {
                        alphabet.append(c);
                    }
                }
            }
            if (alphabet.length() >= 1 << CODE_BITS) {
                return false;
            }
            for (int c = 0; c < FIRST_LIMIT; c++) {
                letterCodes[c] = (byte) (alphabet.indexOf(String.valueOf(lower((char) c))) + 1);
            }
            buildPrefixes(words);
            return true;
        }

        /** {@link Character#toLowerCase(char)} of every char below {@link #FIRST_LIMIT}. */
        private static final char[] LOWER = new char[FIRST_LIMIT];

        static {
            for (int c = 0; c < FIRST_LIMIT; c++) {
                LOWER[c] = Character.toLowerCase((char) c);
            }
        }

        /** {@link Character#toLowerCase(char)}, from a table for the Latin and Vietnamese letters. */
        private static char lower(char c) {
            return c < FIRST_LIMIT ? LOWER[c] : Character.toLowerCase(c);
        }

        private static boolean sameIgnoringCase(CharSequence t, int start, String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = t.charAt(start + i);
                if (c != s.charAt(i) && lower(c) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        static WordTable load() {
            List<Word> words = new ArrayList<>();
            for (String[] f : ResourceTable.rows(VietnameseNumbers.class, "number-words.tsv")) {
                words.add(new Word(f[0].strip(), Role.valueOf(f[1].strip()), Long.parseLong(f[2].strip())));
            }
            return new WordTable(words);
        }
    }
}
