package io.github.vanban.sections;

import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says what a section is for from its title alone, by the keyword table of the annotation guide
 * ({@code kind-keywords.tsv}): {@code MỤC ĐÍCH, YÊU CẦU} is {@link SectionKind#PURPOSE},
 * {@code TỔ CHỨC THỰC HIỆN} is {@link SectionKind#IMPLEMENTATION}, a topic title such as
 * {@code Công tác tuyên truyền} is {@link SectionKind#OTHER}. When a title holds words of two kinds the
 * kind listed first in the table wins ({@code ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN} is RESULTS). Matching ignores
 * case, tone-mark placement ({@code hoà}/{@code hòa}) and i/y spelling.
 *
 * <p>The table's rows: {@code KIND<TAB>phrase} a keyword; {@code !<TAB>phrase} a phrase whose words count
 * for nothing where it stands (the petition {@code kiến nghị} of {@code khiếu nại, tố cáo, kiến nghị});
 * {@code !KIND<TAB>phrase} such a phrase that is itself a keyword of KIND ({@code chưa đạt được});
 * {@code ^KIND<TAB>phrase} a title opening that settles the kind ({@code Ban hành kèm theo …}, an enacting
 * article).
 *
 * <p>Immutable and thread-safe; the table is read once.
 */
public final class SectionKindClassifier {

    private record Keyword(SectionKind kind, String phrase, String[] parts) {
    }

    /** A phrase whose words count for nothing else where it stands; it is a keyword of {@code kind} if set. */
    private record Shield(SectionKind kind, String phrase, String key) {
    }

    /** A title opening that settles the kind whatever follows ({@code Ban hành kèm theo …}). */
    private record Opening(SectionKind kind, String phrase, String key) {
    }

    private static final class Holder {
        static final SectionKindClassifier STANDARD = new SectionKindClassifier(Tables.rows("kind-keywords.tsv"));
    }

    /** A title longer than this many words runs on into a sentence ... */
    private static final int LONG_TITLE_WORDS = 12;
    /** ... where a keyword after its first words may be in passing: the match is then not confident. */
    private static final int HEAD_WORDS = 6;

    /** Keywords and shielded phrases by their first word, so that a title is read in one pass over its words. */
    private final WordTable<Keyword> keywordsByWord;
    private final WordTable<Shield> shieldsByWord;
    private final List<Opening> openings;
    /**
     * For each char up to the greatest first letter of those first words: the lengths of the first words
     * starting with it, as {@link #lengthBit}s (0 for other chars: their words are skipped without a lookup).
     */
    private final int[] lengths;
    /** The hashes ({@link #hashBit}) of the first words of keywords, and of shields: most other words miss. */
    private final long[] keywordHashes = new long[HASH_BITS / 64];
    private final long[] shieldHashes = new long[HASH_BITS / 64];
    private static final int HASH_BITS = 1 << 16;

    private SectionKindClassifier(List<String[]> rows) {
        List<Keyword> kws = new ArrayList<>();
        List<Shield> sh = new ArrayList<>();
        List<Opening> op = new ArrayList<>();
        for (String[] row : rows) {
            String kind = row[0].trim();
            String phrase = row[1].trim();
            if (kind.startsWith("!")) {
                sh.add(new Shield(kind.length() > 1 ? SectionKind.valueOf(kind.substring(1)) : null, phrase, key(phrase)));
            } else if (kind.startsWith("^")) {
                op.add(new Opening(SectionKind.valueOf(kind.substring(1)), phrase, key(phrase)));
            } else {
                String[] parts = phrase.split("\\s*…\\s*");
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = key(parts[i]);
                }
                kws.add(new Keyword(SectionKind.valueOf(kind), phrase, parts));
            }
        }
        Map<String, List<Keyword>> kw = new HashMap<>();
        for (Keyword k : kws) {
            kw.computeIfAbsent(firstWord(k.parts()[0]), w -> new ArrayList<>()).add(k);
        }
        Map<String, List<Shield>> sw = new HashMap<>();
        for (Shield x : sh) {
            sw.computeIfAbsent(firstWord(x.key()), w -> new ArrayList<>()).add(x);
        }
        StringBuilder firsts = new StringBuilder();
        for (String w : kw.keySet()) {
            firsts.append(w.charAt(0));
        }
        for (String w : sw.keySet()) {
            firsts.append(w.charAt(0));
        }
        String initials = firsts.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        this.lengths = new int[initials.chars().max().orElse(-1) + 1];
        for (String w : kw.keySet()) {
            lengths[w.charAt(0)] |= lengthBit(w.length());
        }
        for (String w : sw.keySet()) {
            lengths[w.charAt(0)] |= lengthBit(w.length());
        }
        for (String w : kw.keySet()) {
            int bit = hashBit(w.hashCode());
            keywordHashes[bit >>> 6] |= 1L << bit;
        }
        for (String w : sw.keySet()) {
            int bit = hashBit(w.hashCode());
            shieldHashes[bit >>> 6] |= 1L << bit;
        }
        this.keywordsByWord = new WordTable<>(kw);
        this.shieldsByWord = new WordTable<>(sw);
        this.openings = List.copyOf(op);
    }

    /** The classifier with the library's keyword table. */
    public static SectionKindClassifier standard() {
        return Holder.STANDARD;
    }

    /** The kind of {@code title}, with whether the rules are sure of it. */
    public KindMatch classify(String title) {
        if (title == null || title.isBlank()) {
            return new KindMatch(SectionKind.OTHER, false, null);
        }
        return classifyKey(key(title));
    }

    /** As {@link #classify(String)} for a title taken from the library's normalised text, given its {@link MatchKey}. */
    KindMatch classifyMatchKey(String titleMatchKey) {
        if (titleMatchKey.isBlank()) {
            return new KindMatch(SectionKind.OTHER, false, null);
        }
        return classifyKey(fold(titleMatchKey));
    }

    private KindMatch classifyKey(String titleKey) {
        for (Opening o : openings) {
            if (titleKey.startsWith(o.key()) && (titleKey.length() == o.key().length()
                    || !WordChars.isLetterOrDigit(titleKey.charAt(o.key().length())))) {
                return new KindMatch(o.kind(), true, o.phrase());
            }
        }
        // shielded phrases first: their words count for nothing else. One pass over the words looks for
        // both; the words that may start a keyword are kept, and read again only when no shield was found
        String s = titleKey;
        char[] masked = null;
        List<Keyword> found = new ArrayList<>();
        List<Integer> foundAt = new ArrayList<>();
        int[] keywordWords = null;
        int keywordCount = 0;
        for (int ws = nextWord(s, 0), we; ws >= 0; ws = nextWord(s, we)) {
            we = wordEnd(s, ws);
            if ((lengthsOf(s.charAt(ws)) & lengthBit(we - ws)) == 0) {
                continue;
            }
            int hash = hash(s, ws, we);
            int bit = hashBit(hash);
            if (has(keywordHashes, bit)) {
                if (keywordWords == null) {
                    keywordWords = new int[8];
                } else if (keywordCount == keywordWords.length) {
                    keywordWords = Arrays.copyOf(keywordWords, keywordCount * 2);
                }
                keywordWords[keywordCount++] = ws;
                keywordWords[keywordCount++] = hash;
            }
            if (!has(shieldHashes, bit)) {
                continue;
            }
            List<Shield> cands = shieldsByWord.get(s, ws, we, hash);
            if (cands == null) {
                continue;
            }
            for (Shield sh : cands) {
                if (wholeAt(s, sh.key(), ws)) {
                    if (masked == null) {
                        masked = s.toCharArray();
                    }
                    Arrays.fill(masked, ws, ws + sh.key().length(), '#');
                    if (sh.kind() != null) {
                        found.add(new Keyword(sh.kind(), sh.phrase(), new String[] {sh.key()}));
                        foundAt.add(ws);
                    }
                }
            }
        }
        if (masked != null) {
            s = new String(masked);
            for (int ws = nextWord(s, 0), we; ws >= 0; ws = nextWord(s, we)) {
                we = wordEnd(s, ws);
                if ((lengthsOf(s.charAt(ws)) & lengthBit(we - ws)) == 0) {
                    continue;
                }
                int hash = hash(s, ws, we);
                if (has(keywordHashes, hashBit(hash))) {
                    keywordsAt(s, ws, we, hash, found, foundAt);
                }
            }
        } else {
            for (int k = 0; k < keywordCount; k += 2) {
                int ws = keywordWords[k];
                keywordsAt(s, ws, wordEnd(s, ws), keywordWords[k + 1], found, foundAt);
            }
        }
        Keyword best = null;
        int bestAt = -1;
        boolean otherKind = false;
        for (int f = 0; f < found.size(); f++) {
            Keyword kw = found.get(f);
            int at = foundAt.get(f);
            if (best == null || kw.kind().ordinal() < best.kind().ordinal()) {
                if (best != null && best.kind() != kw.kind()) {
                    otherKind = true;
                }
                best = kw;
                bestAt = at;
            } else if (kw.kind() != best.kind()) {
                otherKind = true;
            } else {
                bestAt = Math.min(bestAt, at);
            }
        }
        if (best == null) {
            return new KindMatch(SectionKind.OTHER, false, null);
        }
        boolean inPassing = wordsBefore(s, s.length()) > LONG_TITLE_WORDS && wordsBefore(s, bestAt) > HEAD_WORDS;
        return new KindMatch(best.kind(), !otherKind && !inPassing, best.phrase());
    }

    /** Adds the keywords whose first word is {@code s[ws, we)} and that stand there whole. */
    private void keywordsAt(String s, int ws, int we, int hash, List<Keyword> found, List<Integer> foundAt) {
        List<Keyword> cands = keywordsByWord.get(s, ws, we, hash);
        if (cands == null) {
            return;
        }
        for (Keyword kw : cands) {
            if (wholeAt(s, kw.parts()[0], ws) && restFollows(s, kw.parts(), ws + kw.parts()[0].length())) {
                found.add(kw);
                foundAt.add(ws);
            }
        }
    }

    /** Whether the later parts of a gapped phrase ({@code kế hoạch … thời gian tới}) follow in order. */
    private static boolean restFollows(String s, String[] parts, int from) {
        for (int i = 1; i < parts.length; i++) {
            int at = find(s, parts[i], from);
            if (at < 0) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }

    /** Whether {@code w} stands at {@code at} ending at a word boundary. */
    private static boolean wholeAt(String s, String w, int at) {
        int end = at + w.length();
        return s.startsWith(w, at) && (end == s.length() || !WordChars.isLetterOrDigit(s.charAt(end)));
    }

    /** The start of the next word at or after {@code from}, or -1. */
    private static int nextWord(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (WordChars.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && WordChars.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The lengths of the first words of keywords and shields that start with {@code c}, as {@link #lengthBit}s. */
    private int lengthsOf(char c) {
        return c < lengths.length ? lengths[c] : 0;
    }

    /** The {@link String#hashCode()} of the word {@code s[from, to)}, without cutting it out. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** A bit standing for a word, from its {@link String#hashCode()}. */
    private static int hashBit(int h) {
        return (h ^ (h >>> 16)) & (HASH_BITS - 1);
    }

    /**
     * Lists of entries by their first word, looked up by a stretch of a title and its hash, without cutting
     * the word out of the title. Immutable.
     */
    private static final class WordTable<T> {
        private final String[] words;
        private final List<List<T>> values;
        private final int mask;

        WordTable(Map<String, List<T>> byWord) {
            int size = Integer.highestOneBit(Math.max(1, byWord.size())) * 4;
            mask = size - 1;
            words = new String[size];
            List<List<T>> v = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                v.add(null);
            }
            for (Map.Entry<String, List<T>> e : byWord.entrySet()) {
                int i = slot(e.getKey().hashCode());
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = e.getKey();
                v.set(i, List.copyOf(e.getValue()));
            }
            values = v;
        }

        /** The entries whose first word is {@code s[from, to)}, of {@link String#hashCode()} {@code hash}; null if none. */
        List<T> get(String s, int from, int to, int hash) {
            int length = to - from;
            for (int i = slot(hash); words[i] != null; i = (i + 1) & mask) {
                String w = words[i];
                if (w.hashCode() == hash && w.length() == length && s.regionMatches(from, w, 0, length)) {
                    return values.get(i);
                }
            }
            return null;
        }

        private int slot(int hash) {
            return (hash * 0x9E3779B9 >>> 8) & mask;
        }
    }

    private static boolean has(long[] bits, int bit) {
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** A bit standing for a word length; lengths of 31 and more share the last bit. */
    private static int lengthBit(int length) {
        return 1 << Math.min(length, 31);
    }

    private static String firstWord(String key) {
        return key.substring(0, wordEnd(key, 0));
    }

    private static int wordsBefore(String s, int end) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < end; i++) {
            boolean letter = WordChars.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** The first occurrence of {@code w} in {@code s} from {@code from} standing as whole words, or -1. */
    private static int find(String s, String w, int from) {
        int at = s.indexOf(w, from);
        while (at >= 0) {
            boolean left = at == 0 || !WordChars.isLetterOrDigit(s.charAt(at - 1));
            int end = at + w.length();
            boolean right = end == s.length() || !WordChars.isLetterOrDigit(s.charAt(end));
            if (left && right) {
                return at;
            }
            at = s.indexOf(w, at + 1);
        }
        return -1;
    }

    /** Whether {@code k} has no white space but single spaces between other chars: {@link #fold} keeps it. */
    private static boolean isFolded(String k) {
        int n = k.length();
        for (int i = 0; i < n; i++) {
            char c = k.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || k.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (WordChars.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case, tone marks placed one way, i/y folded, white space folded to one space. */
    static String key(String text) {
        return fold(MatchKey.of(NormalizedText.of(text).text()));
    }

    private static String fold(String k) {
        if (isFolded(k)) {
            return k;
        }
        StringBuilder sb = new StringBuilder(k.length());
        boolean space = false;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (WordChars.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
