package io.github.vanban.sections;

import io.github.vanban.text.MatchKey;
import java.util.HashSet;
import java.util.Set;

/**
 * The words a heading's kind is read from: its title, and the next line too where a hard wrap visibly cut
 * the title. The annotation guide ends a title at the end of its line ({@code NHỮNG QUY ĐỊNH} above
 * {@code CHUNG}; {@code Phạm vi,} above {@code đối tượng điều chỉnh}), so the section's title stays cut;
 * but what the section is for is said by the whole phrase, and only its kind reads on.
 *
 * <p>A title is visibly cut when the next line, a short one that is neither a heading nor a dash item,
 * <ul>
 *   <li>goes on in capitals after a title written all in capitals (a chapter title set in a narrow
 *       column), or</li>
 *   <li>goes on in lower case after a title that ends on a comma or on a word a title does not end on
 *       ({@code và}, {@code của}: {@code title-run-on-words.txt}).</li>
 * </ul>
 */
final class RunOnTitle {

    /** A line longer than this is a paragraph's wrapped line, not the tail of a title. */
    static final int MAX_TAIL = 60;

    private static final Set<String> RUN_ON_WORDS = load();

    private RunOnTitle() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String[] row : Tables.rows("title-run-on-words.txt")) {
            words.add(MatchKey.of(row[0].trim()));
        }
        return Set.copyOf(words);
    }

    /**
     * The end of the text a heading's kind is read from: {@code titleEnd}, or the end of the next line
     * when it finishes a title that a hard wrap cut.
     *
     * @param t          the text
     * @param titleStart where the title starts
     * @param titleEnd   where the title ends (at most the end of its line, trailing spaces excluded)
     * @param labels     reads a heading label at the start of a line, to tell a new heading from a tail
     */
    static int kindEnd(String t, int titleStart, int titleEnd, LabelReader labels) {
        int lineEnd = t.indexOf('\n', titleEnd);
        if (titleEnd <= titleStart || lineEnd < 0) {
            return titleEnd;
        }
        int a = lineEnd + 1;
        int b = t.indexOf('\n', a);
        if (b < 0) {
            b = t.length();
        }
        b = LabelReader.trimEnd(t, b, a);
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        if (a == b || b - a > MAX_TAIL || !Character.isLetter(t.charAt(a)) || labels.read(t, a, b) != null) {
            return titleEnd;
        }
        int te = LabelReader.trimEnd(t, titleEnd, titleStart);
        if (te <= titleStart) {
            return titleEnd;
        }
        if (allCapitals(t, titleStart, te)) {
            return allCapitals(t, a, b) ? b : titleEnd;
        }
        if (!Character.isLowerCase(t.charAt(a))) {
            return titleEnd;
        }
        return endsOpen(t, titleStart, te) ? b : titleEnd;
    }

    /** The title and, where it was cut, its tail, joined by a space (emphasis marks left as they are). */
    static String kindText(String t, int titleStart, int titleEnd, LabelReader labels) {
        int end = kindEnd(t, titleStart, titleEnd, labels);
        if (end == titleEnd) {
            return t.substring(titleStart, titleEnd);
        }
        int a = t.indexOf('\n', titleEnd) + 1;
        while (Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        return t.substring(titleStart, titleEnd) + " " + t.substring(a, end);
    }

    /** Whether {@code [s, e)} has at least two letters and no lower-case one. */
    private static boolean allCapitals(String t, int s, int e) {
        int letters = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether the title ends on a comma or on a word a title does not end on. */
    private static boolean endsOpen(String t, int s, int e) {
        char last = t.charAt(e - 1);
        if (last == ',') {
            return true;
        }
        if (!Character.isLetter(last)) {
            return false;
        }
        int w = e;
        while (w > s && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        if (RUN_ON_WORDS.contains(MatchKey.of(t.substring(w, e)))) {
            return true;
        }
        // two-word entries ("đối với")
        int v = w - 1;
        while (v > s && t.charAt(v - 1) == ' ') {
            v--;
        }
        int u = v;
        while (u > s && Character.isLetter(t.charAt(u - 1))) {
            u--;
        }
        return u < v && RUN_ON_WORDS.contains(MatchKey.of(t.substring(u, v) + " " + t.substring(w, e)));
    }
}
