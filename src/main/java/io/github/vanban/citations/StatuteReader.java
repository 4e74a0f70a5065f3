package io.github.vanban.citations;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a statute cited by name at a trigger word ({@code Luật}, {@code Bộ luật}, {@code Hiến pháp},
 * {@code Pháp lệnh}): the name runs from the type word to just before its date, its year, its number or the
 * end of the name. An amending statute ({@code Luật sửa đổi, bổ sung một số điều của Luật A và Luật B}) is one
 * name. Stateless and thread-safe.
 */
final class StatuteReader {

    /** A statute name read at a trigger; {@code numberFollows} when {@code số} and a number come next. */
    record Name(int start, int end, String typeWord, String gloss, boolean numberFollows) {
    }

    /** Words after the type word that mean it is not a statute's name (Luật sư, luật định, Luật này). */
    private final Set<String> notAName;
    /** Words that end a statute's name. */
    private final Set<String> stop;
    /** Words after {@code và} that end the name (the next item of an enumeration). */
    private final Set<String> andStop;
    private final Set<String> commaContinue;

    private final CitationTables tables;

    StatuteReader(CitationTables tables) {
        this.tables = tables;
        this.notAName = tables.words("not-a-name");
        this.stop = tables.words("stop");
        this.andStop = tables.words("and-stop");
        this.commaContinue = tables.words("comma-continue");
    }

    /** The statute name starting at {@code p} (a word start), or null. */
    Name read(String t, int p) {
        CitationTables.Entry word = null;
        for (CitationTables.Entry w : tables.statuteWords()) {
            String n = w.name();
            if (t.regionMatches(true, p, n, 0, n.length()) && !letterAt(t, p + n.length())) {
                word = w;
                break;
            }
        }
        if (word == null) {
            return null;
        }
        boolean lower = Character.isLowerCase(t.charAt(p));
        int end = p + word.name().length();
        if (word.name().equals("Hiến pháp")) {
            return lower ? null : new Name(p, end, word.name(), word.gloss(), false);
        }
        if (p >= 5 && t.regionMatches(true, p - 5, "pháp ", 0, 5)) {
            return null;
        }
        if (word.name().equals("Luật") && p >= 3 && t.regionMatches(true, p - 3, "Bộ ", 0, 3)) {
            return null;
        }
        int i = end;
        if (i >= t.length() || t.charAt(i) != ' ') {
            return null;
        }
        int w0 = i + 1;
        String first = wordAt(t, w0);
        if (first.isEmpty() || notAName.contains(first.toLowerCase(Locale.ROOT))
                || !Character.isLetter(first.charAt(0))
                || lower && !Character.isUpperCase(first.charAt(0))) {
            return null;
        }
        boolean amending = first.equalsIgnoreCase("sửa");
        int nameEnd = w0 + first.length();
        int words = 1;
        boolean numberFollows = false;
        while (words < 30) {
            int k = nameEnd;
            if (k >= t.length()) {
                break;
            }
            char c = t.charAt(k);
            if (c == ',') {
                int n = k + 1;
                while (n < t.length() && t.charAt(n) == ' ') {
                    n++;
                }
                String next = wordAt(t, n).toLowerCase(Locale.ROOT);
                if (commaContinue.contains(next)) {
                    nameEnd = n + next.length();
                    words++;
                    continue;
                }
                if (isTrigger(next) || !dateSoon(t, n)) {
                    break;
                }
                nameEnd = n + next.length();
                words++;
                continue;
            }
            if (c == '\n') {
                int n = k + 1;
                if (n < t.length() && Character.isLowerCase(t.charAt(n)) && !wordAt(t, n).isEmpty()
                        && !stop.contains(wordAt(t, n))) {
                    nameEnd = n + wordAt(t, n).length();
                    words++;
                    continue;
                }
                break;
            }
            if (c != ' ') {
                break;
            }
            int n = k;
            while (n < t.length() && t.charAt(n) == ' ') {
                n++;
            }
            String next = wordAt(t, n);
            if (next.isEmpty()) {
                break;
            }
            String low = next.toLowerCase(Locale.ROOT);
            if (low.equals("số") && n + 3 < t.length()) {
                int d = n + 2;
                while (d < t.length() && (t.charAt(d) == ' ' || t.charAt(d) == ':')) {
                    d++;
                }
                if (d < t.length() && NumberSymbolReader.isDigit(t.charAt(d))) {
                    numberFollows = true;
                    break;
                }
            }
            if (low.equals("ban") && wordAt(t, n + 4).equals("hành")) {
                break;
            }
            if (!Character.isLetter(next.charAt(0)) || stop.contains(low)) {
                break;
            }
            if (low.equals("quy") && wordAt(t, n + 4).equals("định")) {
                break;
            }
            if (low.equals("của") && !amending) {
                break;
            }
            if (low.equals("và")) {
                String after = wordAt(t, skip(t, n + 2)).toLowerCase(Locale.ROOT);
                if (after.equals("luật")) {
                    if (!amending && !soonWord(t, n, "sửa")) {
                        break;
                    }
                } else if (andStop.contains(after) || after.isEmpty()) {
                    break;
                }
            }
            nameEnd = n + next.length();
            words++;
        }
        return new Name(p, nameEnd, word.name(), word.gloss(), numberFollows);
    }

    private static boolean isTrigger(String w) {
        return w.equals("luật") || w.equals("bộ") || w.equals("hiến") || w.equals("pháp") || w.equals("nghị")
                || w.equals("quyết") || w.equals("thông") || w.equals("chỉ") || w.equals("các") || w.equals("kế");
    }

    /** True when a date or a year comes within six words of {@code n}, before any stronger punctuation. */
    private static boolean dateSoon(String t, int n) {
        int words = 0;
        int i = n;
        while (i < t.length() && words < 7) {
            char c = t.charAt(i);
            if (c == ';' || c == '.' || c == '\n' || c == ',' || c == '(' || c == ':') {
                return false;
            }
            String w = wordAt(t, i);
            if (!w.isEmpty()) {
                if (w.equalsIgnoreCase("ngày") || w.equalsIgnoreCase("năm")) {
                    return true;
                }
                i += w.length();
                words++;
            } else {
                i++;
            }
        }
        return false;
    }

    /** True when {@code word} occurs within twelve words after {@code n} in the same clause. */
    private static boolean soonWord(String t, int n, String word) {
        int i = n;
        int words = 0;
        while (i < t.length() && words < 14) {
            char c = t.charAt(i);
            if (c == ';' || c == '.' || c == '\n') {
                return false;
            }
            String w = wordAt(t, i);
            if (!w.isEmpty()) {
                if (w.equalsIgnoreCase(word)) {
                    return true;
                }
                i += w.length();
                words++;
            } else {
                i++;
            }
        }
        return false;
    }

    private static int skip(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The run of letters and digits at {@code i} (empty when none). */
    static String wordAt(String t, int i) {
        int e = i;
        while (e < t.length() && Character.isLetterOrDigit(t.charAt(e))) {
            e++;
        }
        return t.substring(i, e);
    }

    private static boolean letterAt(String t, int i) {
        return i < t.length() && Character.isLetter(t.charAt(i));
    }
}
