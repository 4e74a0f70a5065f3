package io.github.vanban.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    /** Fixed phrases inside statute names that hold a stop word ({@code thực hiện}, {@code có công với cách mạng}). */
    private final List<String> namePhrases;
    /** What may follow {@code Hiến pháp} as part of its name ({@code nước Cộng hòa xã hội chủ nghĩa Việt Nam}). */
    private final List<String> constitutionTails;
    /** The first char of each name phrase, folded as a case-insensitive comparison folds it. */
    private final char[] phraseFirstChars;

    private final CitationTables tables;
    /** The statute words, and the second char of each folded as a case-insensitive comparison folds it. */
    private final List<CitationTables.Entry> statuteWords;
    private final char[] statuteSecondChars;
    /** The first char of each statute word, folded as a case-insensitive comparison folds it. */
    private final char[] statuteFirstChars;

    StatuteReader(CitationTables tables) {
        this.tables = tables;
        this.statuteWords = List.copyOf(tables.statuteWords());
        this.statuteSecondChars = new char[statuteWords.size()];
        this.statuteFirstChars = new char[statuteWords.size()];
        for (int k = 0; k < statuteWords.size(); k++) {
            String n = statuteWords.get(k).name();
            statuteSecondChars[k] = n.length() > 1 ? fold(n.charAt(1)) : 0;
            statuteFirstChars[k] = n.isEmpty() ? 0 : fold(n.charAt(0));
        }
        this.notAName = tables.words("not-a-name");
        this.stop = tables.words("stop");
        this.andStop = tables.words("and-stop");
        this.commaContinue = tables.words("comma-continue");
        this.namePhrases = longestFirst(tables.words("name-phrase"));
        this.constitutionTails = longestFirst(tables.words("constitution-tail"));
        this.phraseFirstChars = new char[namePhrases.size()];
        for (int k = 0; k < namePhrases.size(); k++) {
            String ph = namePhrases.get(k);
            phraseFirstChars[k] = ph.isEmpty() ? 0 : fold(ph.charAt(0));
        }
    }

    /**
     * Whether a statute word may start at {@code p}: its first two chars are those of one, ignoring case. When
     * this is false {@link #read} gives null there.
     */
    boolean mayStartAt(String t, int p) {
        char first = fold(t.charAt(p));
        char second = p + 1 < t.length() ? fold(t.charAt(p + 1)) : 0;
        for (int k = 0; k < statuteFirstChars.length; k++) {
            if (statuteFirstChars[k] == first && (statuteWords.get(k).name().length() <= 1 || statuteSecondChars[k] == second)) {
                return true;
            }
        }
        return false;
    }

    /** The statute name starting at {@code p} (a word start), or null. */
    Name read(String t, int p) {
        CitationTables.Entry word = null;
        char second = p + 1 < t.length() ? fold(t.charAt(p + 1)) : 0;
        for (int k = 0; k < statuteWords.size(); k++) {
            CitationTables.Entry w = statuteWords.get(k);
            String n = w.name();
            if (n.length() > 1 && second != statuteSecondChars[k]) {
                continue; // cannot match: the second chars differ even ignoring case
            }
            if (IgnoreCase.regionMatches(t, p, n) && !letterAt(t, p + n.length())) {
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
            if (lower) {
                return null;
            }
            if (end < t.length() && t.charAt(end) == ' ') {
                for (String tail : constitutionTails) {
                    if (IgnoreCase.regionMatches(t, end + 1, tail)
                            && !Character.isLetterOrDigit(charAt(t, end + 1 + tail.length()))) {
                        end = end + 1 + tail.length();
                        break;
                    }
                }
            }
            return new Name(p, end, word.name(), word.gloss(), false);
        }
        if (p >= 5 && IgnoreCase.regionMatches(t, p - 5, "pháp ")) {
            return null;
        }
        if (word.name().equals("Luật") && p >= 3 && IgnoreCase.regionMatches(t, p - 3, "Bộ ")) {
            return null;
        }
        int i = end;
        if (i >= t.length() || t.charAt(i) != ' ') {
            return null;
        }
        int w0 = i + 1;
        String first = wordAt(t, w0);
        if (first.isEmpty() || notAName.contains(first.toLowerCase(Locale.ROOT)) && !(!lower && isTitleCase(first))
                || !Character.isLetter(first.charAt(0))
                || lower && !Character.isUpperCase(first.charAt(0))) {
            return null;
        }
        boolean amending = first.equalsIgnoreCase("sửa");
        int nameEnd = w0 + first.length();
        int words = 1;
        boolean numberFollows = false;
        int[] recent = {w0, -1, -1};
        while (words < 30) {
            int k = nameEnd;
            if (k >= t.length()) {
                break;
            }
            int phraseEnd = t.charAt(k) == ' ' ? phraseEnd(t, skip(t, k)) : -1;
            for (int r : recent) {
                if (r >= 0) {
                    phraseEnd = Math.max(phraseEnd, phraseEnd(t, r));
                }
            }
            if (phraseEnd > nameEnd) {
                int next = skip(t, nameEnd + (t.charAt(nameEnd) == ',' ? 1 : 0));
                recent = new int[] {next, recent[0], recent[1]};
                nameEnd = phraseEnd;
                words++;
                continue;
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
                    recent = new int[] {n, recent[0], recent[1]};
                    words++;
                    continue;
                }
                if (isTrigger(next) || !dateSoon(t, n)) {
                    break;
                }
                nameEnd = n + next.length();
                recent = new int[] {n, recent[0], recent[1]};
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
            recent = new int[] {n, recent[0], recent[1]};
            words++;
        }
        return new Name(p, nameEnd, word.name(), word.gloss(), numberFollows);
    }

    /** The end of the longest fixed name phrase starting at {@code i}, or -1. */
    private int phraseEnd(String t, int i) {
        char first = i < t.length() ? fold(t.charAt(i)) : 0;
        for (int k = 0; k < namePhrases.size(); k++) {
            String ph = namePhrases.get(k);
            if (phraseFirstChars[k] != first && !ph.isEmpty()) {
                continue; // cannot match: the first chars differ even ignoring case
            }
            if (IgnoreCase.regionMatches(t, i, ph)
                    && !Character.isLetterOrDigit(charAt(t, i + ph.length()))) {
                return i + ph.length();
            }
        }
        return -1;
    }

    private static List<String> longestFirst(Set<String> phrases) {
        List<String> l = new ArrayList<>(phrases);
        l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(l);
    }

    private static char charAt(String t, int i) {
        return i < t.length() ? t.charAt(i) : ' ';
    }

    /** {@code Các}: a capital followed by lower-case letters only. */
    private static boolean isTitleCase(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
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

    /** A char as {@link String#regionMatches(boolean, int, String, int, int)} compares it ignoring case. */
    private static char fold(char c) {
        return IgnoreCase.fold(c);
    }

    private static boolean letterAt(String t, int i) {
        return i < t.length() && Character.isLetter(t.charAt(i));
    }
}
