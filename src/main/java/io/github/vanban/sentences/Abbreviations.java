package io.github.vanban.sentences;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Abbreviations written with a full stop ({@code TP.}, {@code ThS.}, {@code PGS.TS.}, {@code v.v.}), kept
 * lower case without their last full stop. Immutable.
 */
final class Abbreviations {

    /** Class-path location of the built-in list. */
    static final String RESOURCE = "/io/github/vanban/sentences/abbreviations.txt";

    private final Set<String> words;
    private final int maxLength;

    private Abbreviations(Set<String> words) {
        this.words = Set.copyOf(words);
        this.maxLength = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The built-in list. */
    static Abbreviations builtIn() {
        return Holder.BUILT_IN;
    }

    /** The abbreviations of a sentence model's dictionary. */
    static Abbreviations of(Dictionary dictionary) {
        Set<String> words = new TreeSet<>();
        if (dictionary != null) {
            for (Iterator<StringList> it = dictionary.iterator(); it.hasNext(); ) {
                StringList entry = it.next();
                words.add(key(String.join(" ", entry)));
            }
        }
        return new Abbreviations(words);
    }

    /** These abbreviations as an OpenNLP dictionary, to be stored in a sentence model. */
    Dictionary toDictionary() {
        Dictionary dictionary = new Dictionary(false);
        new TreeSet<>(words).forEach(w -> dictionary.put(new StringList(w)));
        return dictionary;
    }

    /** True when {@code text[from, to)}, case-folded, is one of the abbreviations. */
    boolean contains(CharSequence text, int from, int to) {
        if (to - from > maxLength || to <= from) {
            return false;
        }
        return words.contains(key(text.subSequence(from, to)));
    }

    Set<String> words() {
        return words;
    }

    private static String key(CharSequence s) {
        String k = s.toString().toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    private static final class Holder {
        static final Abbreviations BUILT_IN = load();

        private static Abbreviations load() {
            Set<String> words = new TreeSet<>();
            try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        words.add(key(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return new Abbreviations(words);
        }
    }
}
