package io.github.vanban.dates;

import io.github.vanban.text.MatchKey;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * The words the date grammar ever compares, as {@link MatchKey} keys, looked up straight from the text so
 * that the tokenizer allocates nothing for the other words. Most words of a text are refused before any
 * table probe: by their length, then by their first two letters and length together. Each word also
 * carries whether it may start a date expression.
 */
final class Vocabulary {

    private static final String CONSONANTS = "hklmtqsvdnrbpxgc";
    private static final String Y_FORMS = "yỳýỷỹỵ";
    private static final String I_FORMS = "iìíỉĩị";
    private static final int PREFIX_BITS = 1 << 14;
    private static final int LONGEST = 32;

    private final String[] table;
    private final boolean[] trigger;
    private final int mask;
    /** Bit {@code n} set when some word has {@code n} chars (n < 64). */
    private final long lengths;
    /** Bit set when some word has the {@link #prefix} of its first two letters and length. */
    private final long[] prefixes = new long[PREFIX_BITS / 64];
    /** The slots of the words of each {@link #prefix}: {@code prefixSlots[prefixStart[p] .. prefixStart[p + 1])}. */
    private final int[] prefixStart;
    private final int[] prefixSlots;
    /** The same for the words that may start a date expression. */
    private final int[] triggerStart;
    private final int[] triggerSlots;
    /** The {@link #prefixes} bits of the trigger words alone: most words are refused here. */
    private final long[] triggerPrefixes = new long[PREFIX_BITS / 64];
    /** Bit set when a trigger word has the {@link #prefix} of its first and third letters and length. */
    private final long[] triggerThirds = new long[PREFIX_BITS / 64];
    /** Bit {@link #hashBit} set for the {@link String#hashCode} of every key. */
    private final long[] hashes = new long[HASH_BITS / 64];
    /** The same for the keys of the trigger words alone. */
    private final long[] triggerHashes = new long[HASH_BITS / 64];
    private static final int HASH_BITS = 1 << 16;
    /** {@link #lowerSlow} of the chars below U+2000, which hold every Vietnamese letter. */
    private static final char[] LOWER = new char[0x2000];

    static {
        for (int c = 0; c < LOWER.length; c++) {
            LOWER[c] = lowerSlow((char) c);
        }
    }

    /**
     * @param words    the words, in any spelling: each is kept by its key
     * @param triggers which keys may start a date expression
     */
    Vocabulary(Collection<String> words, Predicate<String> triggers) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new String[size];
        trigger = new boolean[size];
        mask = size - 1;
        long lens = 0;
        for (String w : words) {
            String key = MatchKey.of(w);
            int len = key.length();
            lens |= len < 64 ? 1L << len : -1L;
            int p = prefix(len == 0 ? 0 : key.charAt(0), len < 2 ? 0 : key.charAt(1), len);
            prefixes[p >>> 6] |= 1L << p;
            int h = key.hashCode() & mask;
            while (table[h] != null && !table[h].equals(key)) {
                h = (h + 1) & mask;
            }
            table[h] = key;
            trigger[h] = triggers.test(key);
            int b = hashBit(key.hashCode());
            hashes[b >>> 6] |= 1L << b;
            if (trigger[h]) {
                triggerHashes[b >>> 6] |= 1L << b;
            }

        }
        lengths = lens;
        prefixStart = new int[PREFIX_BITS + 1];
        prefixSlots = slotsByPrefix(false, prefixStart);
        triggerStart = new int[PREFIX_BITS + 1];
        triggerSlots = slotsByPrefix(true, triggerStart);
        for (int h = 0; h < size; h++) {
            if (trigger[h]) {
                int p = prefixOf(table[h]);
                triggerPrefixes[p >>> 6] |= 1L << p;
                String key = table[h];
                if (key.length() >= 3) {
                    int t = prefix(key.charAt(0), key.charAt(2), key.length());
                    triggerThirds[t >>> 6] |= 1L << t;
                }
            }
        }
    }

    /** The slots of the words (or of the trigger words only), grouped by {@link #prefix}; fills {@code start}. */
    private int[] slotsByPrefix(boolean triggersOnly, int[] start) {
        int[] count = new int[PREFIX_BITS + 1];
        for (int h = 0; h < table.length; h++) {
            if (table[h] != null && (trigger[h] || !triggersOnly)) {
                count[prefixOf(table[h]) + 1]++;
            }
        }
        for (int p = 0; p < PREFIX_BITS; p++) {
            count[p + 1] += count[p];
        }
        System.arraycopy(count, 0, start, 0, count.length);
        int[] slots = new int[count[PREFIX_BITS]];
        for (int h = 0; h < table.length; h++) {
            if (table[h] != null && (trigger[h] || !triggersOnly)) {
                slots[count[prefixOf(table[h])]++] = h;
            }
        }
        return slots;
    }

    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> 16;
    }

    /**
     * False when no trigger word has the key whose {@link String#hashCode} is {@code keyHash}; true means
     * only that {@link #findTrigger} may find one. See {@link #keyHash} for the hash of a word of the text.
     */
    boolean mayBeTrigger(int keyHash) {
        int b = hashBit(keyHash);
        return (triggerHashes[b >>> 6] & (1L << b)) != 0;
    }

    /**
     * The {@link String#hashCode} of the key of a word of {@code len} chars whose lower-cased chars before
     * the last two hash to {@code head} and whose last two lower-cased chars are {@code before} and
     * {@code last} ({@code before} unused when {@code len == 1}).
     */
    static int keyHash(int head, char before, char last, int len) {
        return len == 1 ? last : (31 * head + before) * 31 + foldY(before, last);
    }

    private static int prefixOf(String key) {
        int len = key.length();
        return prefix(len == 0 ? 0 : key.charAt(0), len < 2 ? 0 : key.charAt(1), len);
    }

    private static int prefix(int c0, int c1, int len) {
        return ((c0 * 31 + c1) * 31 + len) & (PREFIX_BITS - 1);
    }

    /** Lower case as {@link Character#toLowerCase(char)}. */
    static char lower(char c) {
        return c < LOWER.length ? LOWER[c] : lowerSlow(c);
    }

    private static char lowerSlow(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c < '\u0100') {
            return c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7' ? (char) (c + 32) : c;
        }
        if (c >= '\u1EA0' && c <= '\u1EF9' || c < '\u0130' || c >= '\u014A' && c <= '\u0177') {
            return (char) (c | 1); // pairs of upper case (even) and lower case (odd): ă đ ĩ ũ and toned letters
        }
        if (c == '\u01A0' || c == '\u01AF') {
            return (char) (c + 1); // Ơ Ư
        }
        return Character.toLowerCase(c);
    }

    /** {@code last} as it stands in a key when it ends a word after {@code before}: {@code y} after a consonant is {@code i}. */
    private static char foldY(char before, char last) {
        if (last != 'y' && last != '\u00FD' && (last < '\u1EF3' || last > '\u1EF9')) {
            return last; // no form of y: most words end here
        }
        int y = Y_FORMS.indexOf(last);
        return y >= 0 && CONSONANTS.indexOf(before) >= 0 ? I_FORMS.charAt(y) : last;
    }

    /**
     * The slot of {@code text[start, end)} when it is a word of the vocabulary, else -1. Words longer
     * than {@value #LONGEST} chars are never looked up.
     */
    int find(String text, int start, int end) {
        return find(text, start, end, hashes, prefixes, prefixStart, prefixSlots);
    }

    /** The slot of {@code text[start, end)} when it is a word that may start a date expression, else -1. */
    int findTrigger(String text, int start, int end) {
        return find(text, start, end, triggerHashes, triggerPrefixes, triggerStart, triggerSlots);
    }

    private int find(String text, int start, int end, long[] hashes, long[] prefixes, int[] prefixStart, int[] prefixSlots) {
        int len = end - start;
        if (len > LONGEST || len == 0 || len < 64 && (lengths & (1L << len)) == 0) {
            return -1;
        }
        char k0 = lower(text.charAt(start));
        char k1 = len < 2 ? 0 : lower(text.charAt(start + 1));
        if (len == 2) {
            k1 = foldY(k0, k1); // the second letter ends the word: key it as below
        }
        int p = prefix(k0, k1, len);
        if ((prefixes[p >>> 6] & (1L << p)) == 0) {
            return -1;
        }
        int last = len - 1;
        int head = 0;
        for (int i = 0; i < last - 1; i++) {
            head = 31 * head + lower(text.charAt(start + i));
        }
        int b = hashBit(keyHash(head, len < 2 ? 0 : lower(text.charAt(start + last - 1)), lower(text.charAt(start + last)), len));
        if ((hashes[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        for (int c = prefixStart[p], stop = prefixStart[p + 1]; c < stop; c++) {
            int slot = prefixSlots[c];
            String key = table[slot];
            if (key.length() != len || key.charAt(0) != k0 || len >= 2 && key.charAt(1) != k1) {
                continue;
            }
            int i = 2;
            while (i < last && key.charAt(i) == lower(text.charAt(start + i))) {
                i++;
            }
            if (i >= len || i == last && len >= 3
                    && key.charAt(last) == foldY(key.charAt(last - 1), lower(text.charAt(start + last)))) {
                return slot;
            }
        }
        return -1;
    }

    /** The key in {@code slot}, or the empty string for -1. */
    String key(int slot) {
        return slot < 0 ? "" : table[slot];
    }

    /** True when the word in {@code slot} may start a date expression. */
    boolean trigger(int slot) {
        return slot >= 0 && trigger[slot];
    }
}
