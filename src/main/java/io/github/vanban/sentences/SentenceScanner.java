package io.github.vanban.sentences;

import java.util.Arrays;

/**
 * One pass over a normalised text that finds where sentences may end and settles the clear cases by
 * rule. Two kinds of place are looked at:
 * <ul>
 *   <li>a line break between two non-empty lines: a boundary when the first line ends with
 *       {@code . ? ! ; :} or the next starts a numbered heading or a dash item; no boundary when the line
 *       ends on a lone dash ({@code Độc lập -}), on a word a sentence does not end on ({@code của}) or
 *       inside a bracket opened shortly before; otherwise the line may be hard-wrapped inside a
 *       sentence, and the {@link Decider} is asked;</li>
 *   <li>a run of {@code . ? ! …} inside a line followed by more text: never a boundary when a lower-case
 *       word follows, inside a number ({@code 1.035}) or a heading label ({@code 1.2.}), or after an
 *       abbreviation that never ends a sentence ({@code TP. Hội An}, {@code ThS. Nguyễn}, {@code Q. 1});
 *       a boundary after {@code ?} or {@code !}; after any other full stop or an ellipsis before a
 *       capital or a digit the {@link Decider} is asked ({@code v.v. Các}, an initial).</li>
 * </ul>
 * Stateless; linear in the length of the text.
 */
final class SentenceScanner {

    /** Decides the places the rules leave open. */
    interface Decider {
        /**
         * Whether a sentence ends at {@code position}.
         *
         * @param text      the normalised text
         * @param position  the line feed, or the last char of the punctuation run, that may end a sentence
         * @param nextStart where the text after it resumes
         * @param rule      what the rule-only decision says
         * @param wrapping  how much the text's lines look hard-wrapped, see {@link #wrapping}
         */
        boolean isBoundary(CharSequence text, int position, int nextStart, boolean rule, String wrapping);
    }

    /** Takes the rule-only decision everywhere. */
    static final Decider RULES = (text, position, nextStart, rule, wrapping) -> rule;

    private SentenceScanner() {
    }

    /**
     * The sentences of {@code text} as {@code [start0, end0, start1, end1, …]} offsets into it, in order,
     * trimmed of white space.
     */
    static int[] split(CharSequence text, WordLists words, Decider decider) {
        int n = text.length();
        String wrapping = null;
        int[] out = new int[16];
        int count = 0;
        int sentenceStart = -1;
        int prevEnd = -1;       // end of the last non-empty line's content
        int prevBreak = -1;     // the line feed after it
        int prevStart = -1;     // start of that line's content
        int lineStart = 0;
        int depth = 0;          // brackets open in the current sentence
        int openParen = -1;     // where the outermost open one is, or -1
        while (lineStart <= n) {
            int lineEnd = lineEnd(text, lineStart);
            int a = contentStart(text, lineStart, lineEnd);
            int b = contentEnd(text, a, lineEnd);
            if (a < b) {
                if (sentenceStart < 0) {
                    sentenceStart = a;
                } else {
                    boolean rule;
                    boolean clear;
                    if (endsClause(text, prevStart, prevEnd) || startsItem(text, a, b)) {
                        rule = true;
                        clear = true;
                    } else if (endsWithJoiner(text, prevStart, prevEnd) || words.endsWithOpenWord(text, prevStart, prevEnd)
                            || openParen >= 0 && prevBreak - openParen < OPEN_PAREN_REACH) {
                        // "Độc lập -⏎Tự do", "năm 2016 cho⏎768 cán bộ", "(Ban hành⏎kèm theo …)": the line
                        // cannot end there
                        rule = false;
                        clear = true;
                    } else {
                        rule = !Character.isLowerCase(text.charAt(a));
                        clear = false;
                    }
                    if (!clear && wrapping == null) {
                        wrapping = wrapping(text);
                    }
                    boolean boundary = clear ? rule : decider.isBoundary(text, prevBreak, a, rule, wrapping);
                    if (boundary) {
                        out = add(out, count, sentenceStart, prevEnd);
                        count += 2;
                        sentenceStart = a;
                        openParen = -1;
                        depth = 0;
                    }
                }
                int i = a + labelLength(text, a, b);
                while (i < b) {
                    char c = text.charAt(i);
                    if (!isStop(c)) {
                        if (c == '(') {
                            if (depth++ == 0) {
                                openParen = i;
                            }
                        } else if (c == ')' && depth > 0 && --depth == 0) {
                            openParen = -1;
                        }
                        i++;
                        continue;
                    }
                    int runStart = i;
                    int j = i;
                    boolean onlyQuestion = true;
                    while (j < b && isStop(text.charAt(j))) {
                        onlyQuestion &= text.charAt(j) == '?' || text.charAt(j) == '!';
                        j++;
                    }
                    int k = j;
                    while (k < b && isCloser(text.charAt(k))) {
                        k++;
                    }
                    i = k;
                    if (k >= b) {
                        break;
                    }
                    char after = text.charAt(k);
                    int next;
                    boolean rule;
                    boolean ask;
                    if (isSpace(after)) {
                        next = k + 1;
                        while (next < b && isSpace(text.charAt(next))) {
                            next++;
                        }
                        char first = text.charAt(next);
                        if (Character.isLowerCase(first)) {
                            continue;
                        }
                        if (!onlyQuestion && innerAbbreviation(text, a, runStart, j, words)) {
                            continue; // "ThS. Nguyễn", "TP. Hội An", "Q. 1"
                        }
                        rule = onlyQuestion || ruleAfterStop(text, a, runStart, j, words);
                        ask = !onlyQuestion;
                    } else if (Character.isUpperCase(after) && k == j && j - runStart == 1
                            && runStart > a && Character.isLowerCase(text.charAt(runStart - 1))) {
                        // "nhân dân.Trong" (a lost space) or "TP.Hội An"
                        if (innerAbbreviation(text, a, runStart, j, words)) {
                            continue; // "TP.Hội An"
                        }
                        next = k;
                        rule = ruleAfterStop(text, a, runStart, j, words);
                        ask = true;
                    } else {
                        continue;
                    }
                    if (ask && wrapping == null) {
                        wrapping = wrapping(text);
                    }
                    boolean boundary = ask ? decider.isBoundary(text, j - 1, next, rule, wrapping) : rule;
                    if (boundary) {
                        out = add(out, count, sentenceStart, k);
                        count += 2;
                        sentenceStart = next;
                        openParen = -1;
                        depth = 0;
                    }
                }
                prevStart = a;
                prevEnd = b;
                prevBreak = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (sentenceStart >= 0) {
            out = add(out, count, sentenceStart, prevEnd);
            count += 2;
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * How much the text looks hard-wrapped: of the line breaks that no punctuation or item mark settles,
     * the share followed by a lower-case word. {@code none} when there are none or no such line,
     * {@code low} under a quarter, {@code high} otherwise. A wrapped document breaks lines inside
     * sentences, also before capitals ({@code Ủy ban / Mặt trận Tổ / quốc}).
     */
    static String wrapping(CharSequence text) {
        int open = 0;
        int lower = 0;
        int n = text.length();
        int prevStart = -1;
        int prevEnd = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineEnd(text, lineStart);
            int a = contentStart(text, lineStart, lineEnd);
            int b = contentEnd(text, a, lineEnd);
            if (a < b) {
                if (prevStart >= 0 && !endsClause(text, prevStart, prevEnd) && !startsItem(text, a, b)) {
                    open++;
                    if (Character.isLowerCase(text.charAt(a))) {
                        lower++;
                    }
                }
                prevStart = a;
                prevEnd = b;
            }
            lineStart = lineEnd + 1;
        }
        if (lower == 0) {
            return "none";
        }
        return lower * 4 < open ? "low" : "high";
    }

    /** True when the single full stop at {@code runStart} closes an abbreviation that never ends a sentence. */
    static boolean innerAbbreviation(CharSequence text, int lineContentStart, int runStart, int runEnd,
                                     WordLists words) {
        if (runEnd - runStart != 1 || text.charAt(runStart) != '.') {
            return false;
        }
        int w = runStart;
        while (w > lineContentStart && !isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        return w < runStart && words.isInnerAbbreviation(text, w, runStart);
    }

    /** The rule-only reading of a full stop or ellipsis followed by a space and a capital or digit. */
    static boolean ruleAfterStop(CharSequence text, int lineContentStart, int runStart, int runEnd,
                                 WordLists words) {
        if (runEnd - runStart != 1 || text.charAt(runStart) != '.') {
            return true; // an ellipsis before a capital ends the sentence
        }
        int w = runStart;
        while (w > lineContentStart && !isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        if (w == runStart) {
            return true;
        }
        if (words.isAbbreviation(text, w, runStart)) {
            return false;
        }
        // a single letter is an initial (Nguyễn V. An) or a unit mark
        return !(runStart - w == 1 && Character.isLetter(text.charAt(w)));
    }

    /** How far back an open bracket still holds a line break inside the sentence. */
    private static final int OPEN_PAREN_REACH = 200;

    /** True when the line ends with a lone dash that joins it to the next ({@code Độc lập -}). */
    static boolean endsWithJoiner(CharSequence text, int start, int end) {
        return end - start >= 3 && text.charAt(end - 1) == '-' && text.charAt(end - 2) == ' '
                && Character.isLetterOrDigit(text.charAt(end - 3));
    }

    /** True when the line ends with punctuation that closes a sentence or a clause. */
    static boolean endsClause(CharSequence text, int start, int end) {
        int e = end;
        while (e > start && isCloser(text.charAt(e - 1))) {
            e--;
        }
        if (e == start) {
            return false;
        }
        char c = text.charAt(e - 1);
        return c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '…';
    }

    /** True when the line starts a dash or bullet item or a numbered heading. */
    static boolean startsItem(CharSequence text, int a, int b) {
        char c = text.charAt(a);
        if (c == '-' || c == '+' || c == '*' || c == '•' || c == '–') {
            return true;
        }
        return labelLength(text, a, b) > 0;
    }

    /**
     * Length of a heading label at {@code a} with its punctuation and the space after it ({@code I. },
     * {@code 1.2. }, {@code a) }, {@code (3) }, {@code Điều 4. }), or 0 when the line does not start with one.
     */
    static int labelLength(CharSequence text, int a, int b) {
        int i = a;
        char c = text.charAt(i);
        if (c == '(') {
            int j = i + 1;
            while (j < b && j - i <= 4 && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            return j > i + 1 && j < b && text.charAt(j) == ')' ? j + 1 - a : 0;
        }
        if (startsWordCI(text, a, b, "điều ") || startsWordCI(text, a, b, "chương ")
                || startsWordCI(text, a, b, "phần ") || startsWordCI(text, a, b, "mục ")) {
            i = a;
            while (i < b && !isSpace(text.charAt(i))) {
                i++;
            }
            i++;
            int j = i;
            while (j < b && Character.isLetterOrDigit(text.charAt(j)) && j - i < 8) {
                j++;
            }
            if (j == i) {
                return 0;
            }
            return j < b && isLabelEnd(text.charAt(j)) ? j + 1 - a : j - a;
        }
        if (Character.isDigit(c)) {
            int j = i;
            while (j < b && (Character.isDigit(text.charAt(j))
                    || text.charAt(j) == '.' && j + 1 < b && Character.isDigit(text.charAt(j + 1)))) {
                j++;
            }
            if (j - i > 8) {
                return 0;
            }
            return j < b && isLabelEnd(text.charAt(j)) && (j + 1 == b || isSpace(text.charAt(j + 1)))
                    ? j + 1 - a : 0;
        }
        if (isRoman(c)) {
            int j = i;
            while (j < b && isRoman(text.charAt(j)) && j - i < 6) {
                j++;
            }
            if (j < b && isLabelEnd(text.charAt(j)) && (j + 1 == b || isSpace(text.charAt(j + 1)))) {
                return j + 1 - a;
            }
        }
        if (Character.isLetter(c) && i + 1 < b && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.')
                && (i + 2 == b || isSpace(text.charAt(i + 2)))) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWordCI(CharSequence text, int a, int b, String word) {
        if (b - a < word.length() + 1) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(a + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelEnd(char c) {
        return c == '.' || c == ')' || c == '/' || c == '-' || c == ':';
    }

    private static boolean isRoman(char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
    }

    static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == ')' || c == ']' || c == '\'' || c == '”' || c == '’' || c == '*';
    }

    /** The end of the line that starts at {@code from}: the next line feed, or the end of the text. */
    private static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** The first char of {@code [a, b)} that is not a space, or {@code b}. */
    private static int contentStart(CharSequence text, int a, int b) {
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        return a;
    }

    /** The end of {@code [a, b)} without its trailing spaces. */
    private static int contentEnd(CharSequence text, int a, int b) {
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\f';
    }

    private static int[] add(int[] out, int count, int start, int end) {
        if (count + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[count] = start;
        out[count + 1] = end;
        return out;
    }
}
