package io.github.vanban.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SDContextGenerator;

/**
 * The features the sentence model weighs at a place the rules leave open. At a full stop or ellipsis
 * inside a line: the word before it (and whether it is a known abbreviation, an initial, a number, all
 * capitals), the word after it and its shape. At a line break: how the line ends, how the next one starts,
 * the words on either side, blank lines between, and the line's length (hard-wrapped lines are long).
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceFeatures implements SDContextGenerator {

    private final WordLists words;
    private final Set<String> pairs;

    SentenceFeatures(WordLists words, Set<String> pairs) {
        this.words = words;
        this.pairs = pairs;
    }

    /**
     * The features at {@code position}. This form measures the text's {@link SentenceScanner#wrapping}
     * on every call (a pass over the whole text); the detector measures it once per text.
     */
    @Override
    public String[] getContext(CharSequence text, int position) {
        return getContext(text, position, SentenceScanner.wrapping(text));
    }

    /** The features at {@code position} of a text whose wrapping is known. */
    String[] getContext(CharSequence text, int position, String wrapping) {
        List<String> f = new ArrayList<>(28);
        if (text.charAt(position) == '\n') {
            lineBreak(text, position, f);
            int n = f.size();
            for (int i = 0; i < n; i++) {
                if (f.get(i).startsWith("last,ns=") || f.get(i).startsWith("len=")) {
                    f.add("wrap=" + wrapping + "," + f.get(i));
                }
            }
            f.add("wrap=" + wrapping);
        } else {
            stop(text, position, f);
        }
        return f.toArray(new String[0]);
    }

    private void stop(CharSequence text, int position, List<String> f) {
        int runEnd = position + 1;
        int runStart = position;
        while (runStart > 0 && SentenceScanner.isStop(text.charAt(runStart - 1))) {
            runStart--;
        }
        f.add("stop=" + text.subSequence(runStart, runEnd));
        int w = runStart;
        while (w > 0 && !SentenceScanner.isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String prev = text.subSequence(w, runStart).toString();
        int k = runEnd;
        while (k < text.length() && SentenceScanner.isCloser(text.charAt(k))) {
            k++;
        }
        if (k > runEnd) {
            f.add("closer");
        }
        boolean space = k < text.length() && SentenceScanner.isSpace(text.charAt(k));
        f.add(space ? "space" : "nospace");
        int n = k;
        while (n < text.length() && SentenceScanner.isSpace(text.charAt(n)) && text.charAt(n) != '\n') {
            n++;
        }
        int ne = n;
        while (ne < text.length() && !SentenceScanner.isSpace(text.charAt(ne))) {
            ne++;
        }
        String next = text.subSequence(n, ne).toString();
        String prevShape = shape(prev);
        String nextShape = shape(next);
        f.add("p=" + lower(prev));
        f.add("ps=" + prevShape);
        f.add("plen=" + Math.min(prev.length(), 6));
        if (words.isAbbreviation(text, w, runStart)) {
            f.add("abbr");
        }
        if (prev.indexOf('.') >= 0) {
            f.add("pinnerdot");
        }
        if (prev.indexOf('/') >= 0) {
            f.add("pslash");
        }
        f.add("n=" + lower(trimPunct(next)));
        f.add("ns=" + nextShape);
        f.add("ps,ns=" + prevShape + "," + nextShape);
        int lineStart = w;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        boolean first = true;
        for (int i = lineStart; i < w; i++) {
            if (!SentenceScanner.isSpace(text.charAt(i))) {
                first = false;
                break;
            }
        }
        if (first) {
            f.add("linefirst");
        }
        // the word before the previous one: "Thành phố" in "Thành phố TP." is rare, "đồng chí ThS." is not
        int w2e = w;
        while (w2e > 0 && SentenceScanner.isSpace(text.charAt(w2e - 1)) && text.charAt(w2e - 1) != '\n') {
            w2e--;
        }
        int w2 = w2e;
        while (w2 > 0 && !SentenceScanner.isSpace(text.charAt(w2 - 1))) {
            w2--;
        }
        if (w2 < w2e && w2e < w) {
            f.add("p2=" + lower(text.subSequence(w2, w2e).toString()));
        }
    }

    private void lineBreak(CharSequence text, int position, List<String> f) {
        f.add("line");
        int e = position;
        while (e > 0 && SentenceScanner.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int ls = e;
        while (ls > 0 && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        while (ls < e && SentenceScanner.isSpace(text.charAt(ls))) {
            ls++;
        }
        int n = position;
        int breaks = 0;
        while (n < text.length() && SentenceScanner.isSpace(text.charAt(n))) {
            if (text.charAt(n) == '\n') {
                breaks++;
            }
            n++;
        }
        f.add("blank=" + Math.min(breaks - 1, 2));
        char last = e > ls ? text.charAt(e - 1) : ' ';
        f.add("last=" + charClass(last));
        int w = e;
        while (w > ls && !SentenceScanner.isSpace(text.charAt(w - 1))) {
            w--;
        }
        String lastWord = text.subSequence(w, e).toString();
        f.add("lw=" + lower(trimPunct(lastWord)));
        int ne = n;
        while (ne < text.length() && !SentenceScanner.isSpace(text.charAt(ne))) {
            ne++;
        }
        String next = text.subSequence(n, ne).toString();
        String nextShape = shape(next);
        f.add("nw=" + lower(trimPunct(next)));
        String lw = lower(trimPunct(lastWord));
        String nw = lower(trimPunct(next));
        if (!lw.isEmpty() && !nw.isEmpty() && pairs.contains(lw + " " + nw)) {
            f.add("pair");
            f.add("pair,ns=" + nextShape);
        }
        if (words.isOpenWord(nw)) {
            f.add("nextopen");
        }
        f.add("ns=" + nextShape);
        f.add("last,ns=" + charClass(last) + "," + nextShape);
        boolean nextCaps = caps(text, n, lineEndAt(text, n));
        int len = e - ls;
        f.add("len=" + Math.min(len / 20, 6));
        boolean caps = true;
        int letters = 0;
        for (int i = ls; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    caps = false;
                    break;
                }
            }
        }
        if (caps && letters > 0) {
            f.add("capsline");
            if (nextCaps) {
                f.add("capsboth");
                f.add("capsboth,pair=" + f.contains("pair"));
            }
        }
        if (SentenceScanner.labelLength(text, ls, e) > 0) {
            f.add("headingline");
        }
    }

    private static int lineEndAt(CharSequence text, int from) {
        int e = from;
        while (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return e;
    }

    /** True when the letters of {@code text[from, to)} are all capitals (and there are some). */
    private static boolean caps(CharSequence text, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }

    private static String charClass(char c) {
        if (Character.isLowerCase(c)) {
            return "a";
        }
        if (Character.isUpperCase(c)) {
            return "A";
        }
        if (Character.isDigit(c)) {
            return "9";
        }
        return String.valueOf(c);
    }

    /** The word's shape: {@code Xx} for a capitalised word, {@code X} all capitals, {@code x}, {@code 9}. */
    static String shape(String word) {
        if (word.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(4);
        char prev = 0;
        for (int i = 0; i < word.length() && sb.length() < 4; i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? '9' : c == '"' || c == '(' ? 'q' : '.';
            if (s != prev) {
                sb.append(s);
                prev = s;
            }
        }
        return sb.toString();
    }

    private static String trimPunct(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
            b--;
        }
        return word.substring(a, b);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
