package io.github.vanban.sentences;

import io.github.vanban.text.ResourceTable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * The word lists the sentence rules read: abbreviations written with a full stop ({@code TP.},
 * {@code ThS.}, {@code PGS.TS.}, {@code v.v.}, kept lower case without their last full stop) and the
 * words a sentence does not end on ({@code của}, {@code và}, {@code cho}). Immutable.
 */
final class WordLists {

    /** Class-path location of the built-in abbreviations. */
    static final String ABBREVIATIONS = "/io/github/vanban/sentences/abbreviations.txt";
    /** Class-path location of the built-in words a sentence does not end on. */
    static final String OPEN_WORDS = "/io/github/vanban/sentences/open-words.txt";

    private final Set<String> abbreviations;
    private final Set<String> finalAbbreviations;
    private final Set<String> openWords;
    private final int maxLength;

    private WordLists(Set<String> abbreviations, Set<String> finalAbbreviations, Set<String> openWords) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.finalAbbreviations = Set.copyOf(finalAbbreviations);
        this.openWords = Set.copyOf(openWords);
        this.maxLength = Math.max(abbreviations.stream().mapToInt(String::length).max().orElse(0),
                openWords.stream().mapToInt(String::length).max().orElse(0));
    }

    /** The built-in lists. */
    static WordLists builtIn() {
        return Holder.BUILT_IN;
    }

    /** The lists stored in a sentence model. */
    static WordLists of(Dictionary abbreviations, Dictionary finalAbbreviations, Dictionary openWords) {
        return new WordLists(entries(abbreviations), entries(finalAbbreviations), entries(openWords));
    }

    private static Set<String> entries(Dictionary dictionary) {
        Set<String> words = new TreeSet<>();
        if (dictionary != null) {
            for (Iterator<StringList> it = dictionary.iterator(); it.hasNext(); ) {
                words.add(key(String.join(" ", it.next())));
            }
        }
        return words;
    }

    /** The abbreviations as an OpenNLP dictionary, to be stored in a sentence model. */
    Dictionary abbreviationDictionary() {
        return dictionary(abbreviations);
    }

    /** The abbreviations that may end a sentence, to be stored in a sentence model. */
    Dictionary finalAbbreviationDictionary() {
        return dictionary(finalAbbreviations);
    }

    /** The words a sentence does not end on as an OpenNLP dictionary, to be stored in a sentence model. */
    Dictionary openWordDictionary() {
        return dictionary(openWords);
    }

    private static Dictionary dictionary(Set<String> words) {
        Dictionary dictionary = new Dictionary(false);
        new TreeSet<>(words).forEach(w -> dictionary.put(new StringList(w)));
        return dictionary;
    }

    /** True when {@code text[from, to)}, case-folded, is one of the abbreviations. */
    boolean isAbbreviation(CharSequence text, int from, int to) {
        if (to - from > maxLength || to <= from) {
            return false;
        }
        return abbreviations.contains(key(text.subSequence(from, to)));
    }

    /** True when {@code text[from, to)} is an abbreviation that never ends a sentence ({@code ThS}, {@code TP}). */
    boolean isInnerAbbreviation(CharSequence text, int from, int to) {
        if (to - from > maxLength || to <= from) {
            return false;
        }
        String k = key(text.subSequence(from, to));
        return abbreviations.contains(k) && !finalAbbreviations.contains(k);
    }

    /** True when the last word of {@code text[start, end)} is one a sentence does not end on. */
    boolean endsWithOpenWord(CharSequence text, int start, int end) {
        int w = end;
        while (w > start && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == end || end - w > maxLength || w > start && !SentenceScanner.isSpace(text.charAt(w - 1))) {
            return false;
        }
        return openWords.contains(key(text.subSequence(w, end)));
    }

    /** True when {@code word}, case-folded, is one a sentence does not end on. */
    boolean isOpenWord(String word) {
        return openWords.contains(key(word));
    }

    private static String key(CharSequence s) {
        String k = s.toString().toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** The non-comment lines of a word list resource (their first column), lower-cased, sorted. */
    static Set<String> wordList(String resource) {
        return wordList(resource, null);
    }

    /** As {@link #wordList(String)}, keeping only lines whose second column is {@code mark} (when not null). */
    static Set<String> wordList(String resource, String mark) {
        Set<String> words = new TreeSet<>();
        for (String[] cols : ResourceTable.rows(WordLists.class, resource)) {
            if (mark == null || cols.length > 1 && cols[1].strip().equals(mark)) {
                words.add(key(cols[0].strip()));
            }
        }
        return words;
    }

    private static final class Holder {
        static final WordLists BUILT_IN = new WordLists(wordList(ABBREVIATIONS), wordList(ABBREVIATIONS, "end"),
                wordList(OPEN_WORDS));
    }
}
