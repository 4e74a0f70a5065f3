package io.github.vanban.counts;

import io.github.vanban.text.MatchKey;
import io.github.vanban.text.ResourceTable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of the count extractor, read once from the resources beside this class:
 * {@code units.tsv} (person and household nouns), {@code approximators.tsv} and {@code cues.tsv}
 * (participation, event and exclusion words). Immutable once built.
 */
final class CountLexicon {

    /** What a unit phrase is. */
    enum UnitKind { LISTED, OTHER, KIN }

    /** A unit phrase and the unit it reports. */
    record Unit(String unit, UnitKind kind) {
    }

    /** What a cue phrase says about a number near it. */
    enum CueType { ATTEND, EVENT, FOR, NEG_BEFORE, NEG_AFTER, NEG_BOTH, NEG_PRIOR, NEG_SENTENCE, VAGUE, NONE }

    static final CountLexicon INSTANCE = new CountLexicon();

    final PhraseTable<Unit> units;
    /** The first words of the unit phrases, and {@code lượt}: a cheap test before a unit is looked up. */
    final WordSet unitFirstWords;
    final PhraseTable<Approximation> approximators;
    final PhraseTable<CueType> cues;

    private CountLexicon() {
        units = new PhraseTable<>();
        List<String> firsts = new java.util.ArrayList<>(List.of("lượt", "luot"));
        for (String[] f : rows("units.tsv")) {
            units.put(f[0], new Unit(f[1], UnitKind.valueOf(f[2])));
            String first = key(f[0].split("[ ,]")[0]);
            firsts.add(first);
            firsts.add(asciiKey(first));
        }
        unitFirstWords = new WordSet(firsts);
        approximators = new PhraseTable<>();
        for (String[] f : rows("approximators.tsv")) {
            approximators.put(f[0], Approximation.valueOf(f[1]));
        }
        cues = new PhraseTable<>();
        for (String[] f : rows("cues.tsv")) {
            cues.put(f[0], CueType.valueOf(f[1]));
        }
    }

    /** The rows of a table beside this class, each field stripped and in NFC. */
    private static List<String[]> rows(String name) {
        List<String[]> rows = ResourceTable.rows(CountLexicon.class, name);
        for (String[] f : rows) {
            for (int i = 0; i < f.length; i++) {
                f[i] = Normalizer.normalize(f[i].strip(), Normalizer.Form.NFC);
            }
        }
        return rows;
    }

    /** The key a word is looked up by: lower case, i/y folded. */
    static String key(CharSequence word) {
        return MatchKey.of(word);
    }

    private static final String CONSONANTS = "hklmtqsvdnrbpxgc";
    private static final String Y_FORMS = "yỳýỷỹỵ";
    private static final String I_FORMS = "iìíỉĩị";

    /**
     * Char {@code i} of the key of the word {@code t[start, end)}, that is {@code key(t.substring(start,
     * end)).charAt(i - start)}, computed in place.
     */
    static char keyCharAt(String t, int start, int end, int i) {
        char c = CharClass.toLowerCase(t.charAt(i));
        if (i > start && c >= 'y') {
            int y = Y_FORMS.indexOf(c);
            if (y >= 0 && CONSONANTS.indexOf(CharClass.toLowerCase(t.charAt(i - 1))) >= 0
                    && (i + 1 == end || !Character.isLetter(CharClass.toLowerCase(t.charAt(i + 1))))) {
                return I_FORMS.charAt(y);
            }
        }
        return c;
    }

    /** The key without diacritics, for text that has lost them ({@code can bo}). */
    static String asciiKey(String key) {
        String d = Normalizer.normalize(key.replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Lower-case words, looked up in a text without allocation: the text's word is folded char by char
     * (lower case, y forms as i forms) and looked up in a small open-addressing table of folded words.
     */
    static final class WordSet {
        private final int maxLength;
        private final String[] slots;
        private final int mask;

        WordSet(List<String> words) {
            int max = 0;
            List<String> folded = words.stream().map(WordSet::fold).distinct().toList();
            for (String w : folded) {
                max = Math.max(max, w.length());
                for (int i = 0; i < w.length(); i++) {
                    if (fold(w.charAt(i)) != w.charAt(i)) {
                        // a folded word matches exactly the text words that fold to it only if folding is stable
                        throw new IllegalStateException("word does not fold to itself: " + w);
                    }
                }
            }
            maxLength = max;
            int size = Integer.highestOneBit(Math.max(4, folded.size() * 4) - 1) << 1;
            slots = new String[size];
            mask = size - 1;
            for (String w : folded) {
                int h = hash(w, 0, w.length()) & mask;
                while (slots[h] != null) {
                    h = (h + 1) & mask;
                }
                slots[h] = w;
            }
        }

        private static final String Y_FORMS = "yỳýỷỹỵ";
        private static final String I_FORMS = "iìíỉĩị";

        private static char fold(char c) {
            if (c < 128) {
                char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                return l == 'y' ? 'i' : l;
            }
            char l = CharClass.toLowerCase(c);
            int y = Y_FORMS.indexOf(l);
            return y >= 0 ? I_FORMS.charAt(y) : l;
        }

        private static String fold(String w) {
            char[] cs = w.toCharArray();
            for (int i = 0; i < cs.length; i++) {
                cs[i] = fold(cs[i]);
            }
            return new String(cs);
        }

        private static int hash(CharSequence t, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + fold(t.charAt(i));
            }
            return h ^ (h >>> 11);
        }

        boolean contains(CharSequence t, int start, int end) {
            int len = end - start;
            if (len <= 0 || len > maxLength) {
                return false;
            }
            outer:
            for (int h = hash(t, start, end) & mask; slots[h] != null; h = (h + 1) & mask) {
                String w = slots[h];
                if (w.length() != len) {
                    continue;
                }
                for (int i = 0; i < len; i++) {
                    if (fold(t.charAt(start + i)) != w.charAt(i)) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /**
     * Phrases of one or more words: a char tree of the keys of their words joined with single spaces (a
     * comma stays attached to the word before it), walked along a text without building keys, and a map
     * of those keys without diacritics, for texts written without them.
     */
    static final class PhraseTable<V> {
        private final Map<String, V> ascii = new HashMap<>();
        /** Every leading part (of any length) of the keys of {@link #ascii}. */
        private final java.util.Set<String> asciiPrefixes = new java.util.HashSet<>();
        private int maxWords = 1;
        /** The keys char by char, for a walk along a text without building keys. */
        private final Node<V> root = new Node<>();

        void put(String phrase, V value) {
            String k = key(phrase.replace(",", " ,").replaceAll("\\s+", " ")).replace(" ,", ",");
            Node<V> node = root;
            for (int i = 0; i < k.length(); i++) {
                node = node.add(k.charAt(i));
            }
            node.value = value;
            String a = asciiKey(k);
            ascii.putIfAbsent(a, value);
            for (int i = 1; i <= a.length(); i++) {
                asciiPrefixes.add(a.substring(0, i));
            }
            maxWords = Math.max(maxWords, k.split(" ").length);
        }

        /** The value of the phrase whose key without diacritics is {@code asciiKey}, or null. */
        V getAscii(String asciiKey) {
            return ascii.get(asciiKey);
        }

        /** Whether some key without diacritics starts with {@code asciiKey}: when not, no longer phrase can match. */
        boolean isAsciiPrefix(String asciiKey) {
            return asciiPrefixes.contains(asciiKey);
        }

        int maxWords() {
            return maxWords;
        }

        /** The node of the empty key: {@link Node#next} from it follows the keys of the table. */
        Node<V> root() {
            return root;
        }
    }

    /**
     * A node of the char tree of a {@link PhraseTable}'s keys: the node reached by a string exists exactly
     * when the string begins some key, and holds the value of the key that it is, if any.
     */
    static final class Node<V> {
        /** Above this many children a node also keeps them in a table indexed by char. */
        private static final int DIRECT_FROM = 8;
        private static final int DIRECT_LIMIT = 0x2000;
        private char[] chars = new char[0];
        private Node<V>[] next;
        /** The children by char below {@link #DIRECT_LIMIT}, for a node with many; else null. */
        private Node<V>[] direct;
        V value;

        /** The node after {@code c}, or null when no key goes on so. */
        Node<V> next(char c) {
            if (direct != null && c < DIRECT_LIMIT) {
                return direct[c];
            }
            char[] cs = chars;
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] == c) {
                    return next[i];
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        private Node<V> add(char c) {
            Node<V> n = next(c);
            if (n != null) {
                return n;
            }
            n = new Node<>();
            chars = java.util.Arrays.copyOf(chars, chars.length + 1);
            chars[chars.length - 1] = c;
            next = next == null ? new Node[1] : java.util.Arrays.copyOf(next, next.length + 1);
            next[next.length - 1] = n;
            if (direct != null) {
                if (c < DIRECT_LIMIT) {
                    direct[c] = n;
                }
            } else if (chars.length > DIRECT_FROM) {
                direct = new Node[DIRECT_LIMIT];
                for (int i = 0; i < chars.length; i++) {
                    if (chars[i] < DIRECT_LIMIT) {
                        direct[chars[i]] = next[i];
                    }
                }
            }
            return n;
        }
    }
}
