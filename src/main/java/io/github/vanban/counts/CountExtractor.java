package io.github.vanban.counts;

import io.github.vanban.ParseContext;
import io.github.vanban.counts.CountLexicon.CueType;
import io.github.vanban.counts.CountLexicon.PhraseTable;
import io.github.vanban.counts.CountLexicon.Unit;
import io.github.vanban.counts.CountLexicon.UnitKind;
import io.github.vanban.numbers.NumberConvention;
import io.github.vanban.numbers.NumberKind;
import io.github.vanban.numbers.NumberMatch;
import io.github.vanban.numbers.VietnameseNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the {@link ParticipantCount}s of a document (annotation guide §4). Stateless and thread-safe.
 *
 * <p>One pass over the text: at each run of digits or number word the number is read
 * ({@link VietnameseNumbers}), then the person or household noun after it ({@code units.tsv}); only
 * then is the sentence around it looked at, within a bounded window of words, for the cues of
 * {@code cues.tsv}: taking part or attending ({@code tham dự}, {@code thu hút}), an event
 * ({@code hội nghị}, {@code lớp tập huấn}), {@code cho} after an activity, and the signs of numbers that are
 * not participant counts (awards, admissions, votes, breakdowns after {@code trong đó}, rules and
 * thresholds, vague amounts).
 */
public final class CountExtractor {

    /** Words looked at before the number, and after its unit, inside the sentence. */
    private static final int WINDOW_BEFORE = 24;
    private static final int WINDOW_AFTER = 16;
    /** Chars searched for the ends of a sentence. */
    private static final int SENTENCE_REACH = 600;

    private final CountLexicon lexicon = CountLexicon.INSTANCE;

    public List<ParticipantCount> extract(ParseContext context) {
        EntityView view = EntityView.of(context.text().text());
        List<ParticipantCount> out = new ArrayList<>();
        try {
            scan(view, context, out);
        } catch (RuntimeException e) {
            context.warn("counts.internal", "participant counts were not all read: " + e, -1, -1);
        }
        return out;
    }

    private void scan(EntityView view, ParseContext context, List<ParticipantCount> out) {
        String t = view.text;
        int n = t.length();
        // made at the first number: a text without one costs no more than the pass over its chars
        Tokens near = null;
        Tokens far = null;
        DocumentConvention convention = null;
        // the text and one more char that is no letter or digit, for the look at the char after each one
        char[] a = new char[n + 1];
        t.getChars(0, n, a, 0);
        a[n] = ' ';
        int before = NumberStarts.of(' ');
        int i = 0;
        while (i < n) {
            int at = NumberStarts.of(a[i]);
            if (!NumberStarts.mayBegin(before, at, a[i + 1]) || !startsNumber(a, i)) {
                // no number starts here; the tables let by a run whose first letters may begin a number word
                before = at;
                i++;
                continue;
            }
            if (convention == null) {
                convention = new DocumentConvention(t);
                near = new Tokens();
                far = new Tokens();
            }
            Candidate cand = candidate(t, i, convention, near);
            if (cand == null) {
                before = at;
                i++;
                continue;
            }
            if (accept(t, cand, near, far)) {
                out.add(new ParticipantCount(
                        context.span(view.sourceStart(cand.start), view.sourceEnd(cand.end)),
                        cand.value, cand.upper, cand.unit, cand.approx));
            }
            i = cand.end;
            before = NumberStarts.of(a[i - 1]);
        }
    }

    /**
     * Whether a number starts at {@code a[i]}, the first char of a run of letters and digits that
     * {@link NumberStarts#mayBegin} let through (an ASCII digit, or a letter that may begin a number word):
     * digits not after a separator or a slash ({@code 1.035}'s {@code 035} is no number), or a number word
     * of at most five letters.
     */
    private static boolean startsNumber(char[] a, int i) {
        char c = a[i];
        if (c >= '0' && c <= '9') {
            char prev = i > 0 ? a[i - 1] : ' ';
            return prev != '.' && prev != ',' && prev != '/' && prev != '-';
        }
        int we = VietnameseNumbers.numberWordEnd(a, i);
        return we > 0 && we - i <= 5;
    }

    /**
     * The separator convention of a text, judged from the whole text ({@link VietnameseNumbers#detectConvention})
     * only when a number reads otherwise under the other convention: most numbers read the same under both.
     */
    private static final class DocumentConvention {
        private static final Supplier<NumberConvention> VIETNAMESE = () -> NumberConvention.VIETNAMESE;
        private static final Supplier<NumberConvention> ENGLISH = () -> NumberConvention.ENGLISH;

        private final String text;
        private NumberConvention judged;
        /** Whether a reading with {@link #askingVietnamese} or {@link #askingEnglish} asked for the convention. */
        private boolean asked;
        /** The conventions as suppliers that note being asked. */
        private final Supplier<NumberConvention> askingVietnamese = () -> {
            asked = true;
            return NumberConvention.VIETNAMESE;
        };
        private final Supplier<NumberConvention> askingEnglish = () -> {
            asked = true;
            return NumberConvention.ENGLISH;
        };

        DocumentConvention(String text) {
            this.text = text;
        }

        /** The convention of the text, judged the first time it is asked. */
        NumberConvention judged() {
            if (judged == null) {
                judged = VietnameseNumbers.detectConvention(text);
            }
            return judged;
        }

        static Supplier<NumberConvention> of(NumberConvention convention) {
            return convention == NumberConvention.VIETNAMESE ? VIETNAMESE : ENGLISH;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the number and its unit

    /** A number followed by a person or household noun. */
    private static final class Candidate {
        int start;        // approximator or number start
        int numberStart;
        int unitStart;
        int end;          // unit end
        long value;
        Long upper;
        String unit;
        Approximation approx = Approximation.EXACT;
    }

    /** The candidate at {@code at}, or null; {@code toks} is a buffer for the tokens it looks at. */
    private Candidate candidate(String t, int at, DocumentConvention convention, Tokens toks) {
        NumberMatch m = read(t, at, convention);
        if (m == null) {
            return null;
        }
        int n = t.length();
        int end = m.end();
        if (end < n && (CharClass.isLetter(t.charAt(end)) || t.charAt(end) == '%')) {
            return null; // 400ha, 12%
        }
        if (m.kind() == NumberKind.WORDS && m.value().compareTo(java.math.BigDecimal.ONE) <= 0) {
            return null; // "một" is mostly "a"
        }
        long value = m.longValueExact();
        if (value <= 0) {
            return null;
        }
        Candidate cand = new Candidate();
        cand.numberStart = at;
        cand.value = value;
        // a share: 50/53 đại biểu counts its first number
        if (end + 1 < n && t.charAt(end) == '/' && CharClass.isDigit(t.charAt(end + 1))) {
            int d = end + 1;
            while (d < n && CharClass.isDigit(t.charAt(d))) {
                d++;
            }
            if (d < n && (t.charAt(d) == '/' || t.charAt(d) == '-' || t.charAt(d) == '.')) {
                return null; // a date
            }
            end = d;
        } else {
            // a range: 200-300 người, 200 đến 300 người
            int p = skipBlank(t, end);
            int q = -1;
            if (p < n && t.charAt(p) == '-') {
                q = skipBlank(t, p + 1);
            } else if (p < n && mayStartRangeWord(t.charAt(p))
                    && (startsWord(t, p, "đến") || startsWord(t, p, "tới"))) {
                q = skipBlank(t, p + 3);
            }
            if (q > 0 && q < n && (CharClass.isDigit(t.charAt(q)) == CharClass.isDigit(t.charAt(at)))) {
                NumberMatch up = read(t, q, convention);
                if (up != null && up.longValueExact() > value) {
                    cand.upper = up.longValueExact();
                    end = up.end();
                }
            }
        }
        end = afterSpelledForm(t, end);
        if (!matchUnit(t, end, cand, toks)) {
            return null;
        }
        matchApproximator(t, at, cand, toks);
        return cand;
    }

    /** After the number's spelled form in brackets ({@code 02 (hai) đồng chí}), or {@code end} when none follows. */
    private static int afterSpelledForm(String t, int end) {
        int p = skipBlank(t, end);
        if (p >= t.length() || t.charAt(p) != '(') {
            return end;
        }
        int w = p + 1;
        int we = w;
        while (we < t.length() && CharClass.isLetter(t.charAt(we))) {
            we++;
        }
        if (we == w || !VietnameseNumbers.isNumberWord(t, w, we)) {
            return end;
        }
        for (int i = we; i < Math.min(t.length(), p + 48); i++) {
            char c = t.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (!CharClass.isLetter(c) && c != ' ') {
                return end;
            }
        }
        return end;
    }

    /**
     * The integer at {@code at}, read with the document's convention or, for a fraction, the other. The
     * text's convention is judged only when the reading depends on it: a reading that never asks for it, or
     * that comes out the same under both, needs no judgement.
     */
    private static NumberMatch read(String t, int at, DocumentConvention convention) {
        if (convention.judged != null) {
            return read(t, at, DocumentConvention.of(convention.judged),
                    DocumentConvention.of(convention.judged.other()));
        }
        convention.asked = false;
        NumberMatch vietnamese = read(t, at, convention.askingVietnamese, convention.askingEnglish);
        if (!convention.asked) {
            return vietnamese; // the same whatever the convention
        }
        NumberMatch english = read(t, at, DocumentConvention.ENGLISH, DocumentConvention.VIETNAMESE);
        if (Objects.equals(vietnamese, english)) {
            return vietnamese;
        }
        return convention.judged() == NumberConvention.VIETNAMESE ? vietnamese : english;
    }

    /** {@link #read(String, int, DocumentConvention)} with the convention {@code convention}, whose other is {@code other}. */
    private static NumberMatch read(String t, int at, Supplier<NumberConvention> convention,
            Supplier<NumberConvention> other) {
        Optional<NumberMatch> m = VietnameseNumbers.readAt(t, at, convention);
        if (m.isEmpty()) {
            return null;
        }
        if (m.get().isInteger()) {
            return spaceGrouped(t, m.get());
        }
        if (m.get().kind() == NumberKind.DIGITS) {
            // a count of people is whole: 1,035 người in a Vietnamese-style text means 1035
            Optional<NumberMatch> o = VietnameseNumbers.readAt(t, at, other);
            if (o.isPresent() && o.get().isInteger() && o.get().end() >= m.get().end()) {
                return o.get();
            }
        }
        return null;
    }

    /**
     * A whole number of one to three digits followed by groups of exactly three digits after single spaces
     * ({@code 2 100 người}, {@code 12 500 lượt người}): thousands set apart by spaces, as some writers do.
     * A group followed by another digit, or by a separator and a digit, is not one.
     */
    static NumberMatch spaceGrouped(String t, NumberMatch m) {
        int s = m.start();
        int e = m.end();
        if (m.kind() != NumberKind.DIGITS || e - s > 3) {
            return m;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return m;
            }
            v = v * 10 + (c - '0');
        }
        int end = e;
        while (end + 4 <= t.length() && t.charAt(end) == ' ' && threeDigits(t, end + 1) && !digitFollows(t, end + 4)) {
            v = v * 1000 + (t.charAt(end + 1) - '0') * 100 + (t.charAt(end + 2) - '0') * 10 + (t.charAt(end + 3) - '0');
            end += 4;
        }
        return end == e ? m : new NumberMatch(s, end, BigDecimal.valueOf(v), NumberKind.DIGITS);
    }

    private static boolean threeDigits(String t, int p) {
        for (int i = p; i < p + 3; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a digit, or a dot or comma and then a digit, stands at {@code p}. */
    private static boolean digitFollows(String t, int p) {
        if (p >= t.length()) {
            return false;
        }
        char c = t.charAt(p);
        if (c >= '0' && c <= '9') {
            return true;
        }
        return (c == '.' || c == ',') && p + 1 < t.length() && t.charAt(p + 1) >= '0' && t.charAt(p + 1) <= '9';
    }

    private boolean matchUnit(String t, int from, Candidate cand, Tokens after) {
        int ws = skipBlank(t, from);
        int we = ws;
        while (we < t.length() && CharClass.isLetter(t.charAt(we))) {
            we++;
        }
        if (!lexicon.unitFirstWords.contains(t, ws, we)) {
            return false;
        }
        after.read(t, from, Math.min(t.length(), from + 120), 8);
        if (after.isEmpty() || after.start(0) > ws || after.punct(0)) {
            return false;
        }
        int asciiEnd = after.size() > 2 ? after.end(2) : after.end(after.size() - 1);
        boolean ascii = isAscii(t, from, asciiEnd);
        int k = 0;
        boolean turns = after.keyIs(0, "lượt") || (ascii && after.keyIs(0, "luot"));
        if (turns) {
            k = 1;
        }
        int[] endOut = new int[1];
        Unit unit = longestUnit(after, k, ascii, endOut);
        if (unit != null && unit.kind() == UnitKind.KIN) {
            int next = endOut[0];
            boolean personAfter = next < after.size() && !after.punct(next)
                    && (longestUnit(after, next, ascii, new int[1]) != null || isAbbreviation(after, next));
            if (!personAfter) {
                unit = null;
            }
        }
        cand.unitStart = after.start(0);
        if (unit != null) {
            cand.unit = turns ? "lượt " + unit.unit() : unit.unit();
            cand.end = after.end(endOut[0] - 1);
            return true;
        }
        if (!turns) {
            return false;
        }
        // "lượt" alone: only when what follows is no noun (end of clause, or a participation verb)
        if (after.size() > 1 && !after.punct(1)) {
            CueType cue = cueAt(after, 1, ascii, endOut);
            if (cue != CueType.ATTEND) {
                return false;
            }
        }
        cand.unit = "lượt";
        cand.end = after.end(0);
        return true;
    }

    /**
     * The longest unit phrase of tokens from {@code from} on (words joined by spaces, a comma kept after its
     * word), stopping at a line break before a capital; its end token in {@code endOut[0]}.
     */
    private Unit longestUnit(Tokens toks, int from, boolean ascii, int[] endOut) {
        if (ascii) {
            return longestUnitAscii(toks, from, endOut);
        }
        // the keys of the unit table followed char by char along the tokens' keys, without building them
        CountLexicon.Node<Unit> node = lexicon.units.root();
        int maxWords = lexicon.units.maxWords();
        Unit best = null;
        int words = 0;
        for (int j = from; j < toks.size() && words < maxWords + 1; j++) {
            if (toks.punct(j)) {
                if (!toks.isPunct(j, ',') || words == 0) {
                    break;
                }
                node = node.next(',');
                if (node == null) {
                    break; // no unit goes on so
                }
                continue;
            }
            if (j > from && toks.lineBreakBefore(j) && words > 0 && !toks.lowerStart(j)) {
                break;
            }
            if (words > 0) {
                node = node.next(' ');
            }
            node = walkWord(node, toks, j);
            if (node == null) {
                break; // no unit goes on so
            }
            words++;
            if (node.value != null) {
                best = node.value;
                endOut[0] = j + 1;
            }
        }
        return best;
    }

    /** {@link #longestUnit} for a text without diacritics: looks the keys up without them. */
    private Unit longestUnitAscii(Tokens toks, int from, int[] endOut) {
        PhraseTable<Unit> table = lexicon.units;
        StringBuilder key = new StringBuilder();
        Unit best = null;
        int words = 0;
        for (int j = from; j < toks.size() && words < table.maxWords() + 1; j++) {
            if (toks.punct(j)) {
                if (!toks.isPunct(j, ',') || key.length() == 0) {
                    break;
                }
                key.append(',');
                continue;
            }
            if (j > from && toks.lineBreakBefore(j) && words > 0 && !toks.lowerStart(j)) {
                break;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(toks.asciiKey(j));
            words++;
            Unit u = table.getAscii(key.toString());
            if (u != null) {
                best = u;
                endOut[0] = j + 1;
            }
        }
        return best;
    }

    /** The node after the key of word {@code j} from {@code node} (which may be null), or null when no key goes on so. */
    private static <V> CountLexicon.Node<V> walkWord(CountLexicon.Node<V> node, Tokens toks, int j) {
        String source = toks.source();
        int s = toks.start(j);
        int e = toks.end(j);
        for (int i = s; i < e && node != null; i++) {
            node = node.next(CountLexicon.keyCharAt(source, s, e, i));
        }
        return node;
    }

    private static boolean isAbbreviation(Tokens toks, int j) {
        int upper = 0;
        String source = toks.source();
        for (int i = toks.start(j); i < toks.end(j); i++) {
            char c = source.charAt(i);
            if (CharClass.isLowerCase(c)) {
                return false;
            }
            if (CharClass.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private void matchApproximator(String t, int numberStart, Candidate cand, Tokens before) {
        cand.start = numberStart;
        tokensBefore(t, numberStart, 4, before);
        if (before.isEmpty()) {
            return;
        }
        int last = before.size() - 1;
        // "ít nhất là 55": skip "là"
        int skip = before.keyIs(last, "là") ? 1 : 0;
        PhraseTable<Approximation> table = lexicon.approximators;
        for (int len = Math.min(table.maxWords(), before.size() - skip); len >= 1; len--) {
            int from = before.size() - skip - len;
            // the phrase of the words [from, from + len) followed along the table's keys
            CountLexicon.Node<Approximation> node = table.root();
            for (int j = from; j < from + len && node != null; j++) {
                if (before.punct(j)) {
                    node = null;
                    break;
                }
                if (j > from) {
                    node = node.next(' ');
                }
                node = walkWord(node, before, j);
            }
            Approximation a = node != null ? node.value : null;
            if (a != null) {
                cand.approx = a;
                cand.start = before.start(from);
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the context

    private boolean accept(String t, Candidate cand, Tokens before, Tokens after) {
        int sStart = sentenceStart(t, cand.start);
        int sEnd = sentenceEnd(t, cand.end);
        boolean ascii = isAscii(t, sStart, sEnd);
        before.read(t, sStart, cand.start, Integer.MAX_VALUE);
        int windowStart = Math.max(0, before.size() - WINDOW_BEFORE);
        List<Cue> cuesBefore = cues(before, ascii);
        // a vague amount: hàng vạn, vài trăm
        if (!cuesBefore.isEmpty()) {
            Cue last = cuesBefore.get(cuesBefore.size() - 1);
            if (last.type == CueType.VAGUE && last.endToken == before.size()) {
                return false;
            }
        }
        int clauseStart = clauseStart(before);
        boolean positive = false;
        boolean eventBefore = false;
        for (Cue cue : cuesBefore) {
            switch (cue.type) {
                case NEG_PRIOR, NEG_SENTENCE -> {
                    return false;
                }
                case NEG_BEFORE, NEG_BOTH -> {
                    if (cue.startToken >= clauseStart) {
                        return false;
                    }
                }
                case ATTEND, EVENT -> {
                    if (cue.startToken >= windowStart) {
                        positive = true;
                        eventBefore = true;
                    }
                }
                case FOR -> positive |= eventBefore;
                default -> { }
            }
        }
        // the rest of the sentence, looked at only when what comes before has not ruled the count out
        after.read(t, cand.end, sEnd, Integer.MAX_VALUE);
        List<Cue> cuesAfter = cues(after, ascii);
        boolean first = true;
        for (Cue cue : cuesAfter) {
            switch (cue.type) {
                case NEG_SENTENCE -> {
                    return false;
                }
                case NEG_AFTER, NEG_BOTH -> {
                    if (first) {
                        return false;
                    }
                }
                // an event named anywhere in the sentence; a verb only near the count
                case EVENT -> positive = true;
                case ATTEND -> positive |= cue.startToken < WINDOW_AFTER;
                default -> { }
            }
            if (cue.type != CueType.NONE && cue.type != CueType.VAGUE) {
                first = false;
            }
        }
        return positive;
    }

    /**
     * The first token of the clause the tokens before a count end in: the one after the last comma, colon
     * or bracket. A comma inside a quoted name ({@code tổ "Cựu chiến binh tham gia giữ gìn an ninh, trật
     * tự"}) ends no clause, when the quotes before the count are paired.
     */
    private static int clauseStart(Tokens before) {
        int quotes = 0;
        for (int j = 0; j < before.size(); j++) {
            if (before.isPunct(j, '"')) {
                quotes++;
            }
        }
        boolean quoted = false;
        for (int j = before.size() - 1; j >= 0; j--) {
            if (!before.punct(j)) {
                continue;
            }
            if (before.isPunct(j, '"') && quotes % 2 == 0) {
                quoted = !quoted;
            } else if (!quoted && (before.isPunct(j, ',') || before.isPunct(j, ':') || before.isPunct(j, '(')
                    || before.isPunct(j, ')'))) {
                return j + 1;
            }
        }
        return 0;
    }

    private record Cue(CueType type, int startToken, int endToken) {
    }


    private List<Cue> cues(Tokens toks, boolean ascii) {
        List<Cue> found = new ArrayList<>();
        int[] endOut = new int[1];
        int j = 0;
        while (j < toks.size()) {
            if (toks.punct(j)) {
                j++;
                continue;
            }
            CueType type = cueAt(toks, j, ascii, endOut);
            if (type == null) {
                j++;
                continue;
            }
            found.add(new Cue(type, j, endOut[0]));
            j = endOut[0];
        }
        return found;
    }

    /** The longest cue phrase starting at token {@code j}; its end token in {@code endOut[0]}. */
    private CueType cueAt(Tokens toks, int j, boolean ascii, int[] endOut) {
        if (!ascii) {
            return cueAtInPlace(toks, j, endOut);
        }
        PhraseTable<CueType> table = lexicon.cues;
        StringBuilder key = new StringBuilder();
        CueType best = null;
        for (int k = j; k < toks.size() && k - j < table.maxWords(); k++) {
            if (toks.punct(k) && !toks.isPunct(k, '-')) {
                break;
            }
            if (key.length() > 0 && !toks.isPunct(k, '-') && key.charAt(key.length() - 1) != '-') {
                key.append(' ');
            }
            key.append(toks.asciiKey(k));
            String phrase = key.toString();
            CueType c = table.getAscii(phrase);
            if (c != null) {
                best = c;
                endOut[0] = k + 1;
            }
            if (!table.isAsciiPrefix(phrase)) {
                break; // no longer cue begins so
            }
        }
        return best;
    }

    /**
     * {@link #cueAt} for a text with diacritics: follows the keys of the cue table char by char along the
     * tokens' keys, without building them.
     */
    private CueType cueAtInPlace(Tokens toks, int j, int[] endOut) {
        CountLexicon.Node<CueType> node = lexicon.cues.root();
        int maxWords = lexicon.cues.maxWords();
        CueType best = null;
        boolean afterHyphen = false;
        for (int k = j; k < toks.size() && k - j < maxWords; k++) {
            boolean hyphen = toks.isPunct(k, '-');
            if (toks.punct(k) && !hyphen) {
                break;
            }
            if (k > j && !hyphen && !afterHyphen) {
                node = node.next(' ');
                if (node == null) {
                    break;
                }
            }
            node = hyphen ? node.next('-') : walkWord(node, toks, k);
            if (node == null) {
                break; // no cue begins so
            }
            afterHyphen = hyphen;
            if (node.value != null) {
                best = node.value;
                endOut[0] = k + 1;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------
    // sentences and tokens

    private static int sentenceStart(String t, int from) {
        int limit = Math.max(0, from - SENTENCE_REACH);
        for (int k = from - 1; k >= limit; k--) {
            if (isBoundary(t, k)) {
                return k + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String t, int from) {
        int limit = Math.min(t.length(), from + SENTENCE_REACH);
        for (int k = from; k < limit; k++) {
            if (isBoundary(t, k)) {
                return k;
            }
        }
        return limit;
    }

    /** Whether the char at k ends a sentence (or a list item). */
    private static boolean isBoundary(String t, int k) {
        char c = t.charAt(k);
        switch (c) {
            case '!', '?', ';' -> {
                return true;
            }
            case '.' -> {
                boolean digitBefore = k > 0 && CharClass.isDigit(t.charAt(k - 1));
                boolean digitAfter = k + 1 < t.length() && CharClass.isDigit(t.charAt(k + 1));
                return !(digitBefore && digitAfter);
            }
            case '\n' -> {
                int p = k - 1;
                while (p >= 0 && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
                    p--;
                }
                int q = k + 1;
                while (q < t.length() && (t.charAt(q) == ' ' || t.charAt(q) == '\t')) {
                    q++;
                }
                if (p < 0 || q >= t.length() || t.charAt(q) == '\n') {
                    return true;
                }
                char before = t.charAt(p);
                char next = t.charAt(q);
                boolean runsOn = (CharClass.isLowerCase(before) || before == ',')
                        && !CharClass.isUpperCase(next) && "-+*•".indexOf(next) < 0;
                return !runsOn;
            }
            default -> {
                return false;
            }
        }
    }

    /** Reads into {@code out} up to {@code count} tokens ending at {@code end}, in text order. */
    private static void tokensBefore(String t, int end, int count, Tokens out) {
        int start = end;
        int words = 0;
        int k = end - 1;
        while (k >= 0 && words < count && end - k < 80) {
            char c = t.charAt(k);
            if (c == '\n' && k > 0 && t.charAt(k - 1) == '\n') {
                break;
            }
            if (!CharClass.isWhitespace(c) && (k == 0 || !CharClass.isLetterOrDigit(c)
                    || !CharClass.isLetterOrDigit(t.charAt(k - 1)))) {
                words++;
                start = k;
            }
            k--;
        }
        out.read(t, start, end, Integer.MAX_VALUE);
    }

    private static boolean isAscii(String t, int from, int to) {
        boolean letters = false;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c > 127 && CharClass.isLetter(c)) {
                return false;
            }
            letters |= CharClass.isLetter(c);
        }
        return letters;
    }

    private static int skipBlank(String t, int p) {
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t' || t.charAt(p) == '\n')) {
            p++;
        }
        return p;
    }

    /** The chars below U+2000 that begin {@code đến} or {@code tới} in some case. */
    private static final boolean[] RANGE_WORD_STARTS = new boolean[0x2000];

    static {
        for (char c = 0; c < RANGE_WORD_STARTS.length; c++) {
            RANGE_WORD_STARTS[c] = sameLetterIgnoringCase(c, 'đ') || sameLetterIgnoringCase(c, 't');
        }
    }

    /** Whether {@code c} may begin {@code đến} or {@code tới}: false only when {@link #startsWord} is false for both. */
    private static boolean mayStartRangeWord(char c) {
        return c >= RANGE_WORD_STARTS.length || RANGE_WORD_STARTS[c];
    }

    private static boolean startsWord(String t, int p, String word) {
        if (p >= t.length() || !sameLetterIgnoringCase(t.charAt(p), word.charAt(0))) {
            return false; // the usual case, decided without the comparison of the whole word
        }
        return t.regionMatches(true, p, word, 0, word.length())
                && (p + word.length() >= t.length() || !CharClass.isLetter(t.charAt(p + word.length())));
    }

    /** Whether {@code c} and the lower-case letter {@code w} are equal ignoring case, as {@link String#regionMatches(boolean, int, String, int, int)} compares them. */
    private static boolean sameLetterIgnoringCase(char c, char w) {
        if (c == w) {
            return true;
        }
        char u1 = Character.toUpperCase(c);
        char u2 = Character.toUpperCase(w);
        return u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2);
    }
}
