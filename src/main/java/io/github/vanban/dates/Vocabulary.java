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

    private final String[] table;
    private final boolean[] trigger;
    private final int mask;
    /** Bit {@code n} set when some word has {@code n} chars (n < 64). */
    private final long lengths;
    /** Bit set when some word has the {@link #prefix} of its first two letters and length. */
    private final long[] prefixes = new long[PREFIX_BITS / 64];
    /** The same bits for the words that may start a date expression only. */
    private final long[] triggerPrefixes = new long[PREFIX_BITS / 64];
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
            if (trigger[h]) {
                triggerPrefixes[p >>> 6] |= 1L << p;
            }
        }
        lengths = lens;
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
        int y = Y_FORMS.indexOf(last);
        return y >= 0 && CONSONANTS.indexOf(before) >= 0 ? I_FORMS.charAt(y) : last;
    }

    /**
     * False when {@code text[start, end)} is surely no word that may start a date expression (by its
     * length and first two letters); true when it may be one.
     */
    boolean mayTrigger(String text, int start, int end) {
        int len = end - start;
        if (len == 0 || len < 64 && (lengths & (1L << len)) == 0) {
            return false;
        }
        char k0 = lower(text.charAt(start));
        char k1 = len < 2 ? 0 : lower(text.charAt(start + 1));
        if (len == 2) {
            k1 = foldY(k0, k1);
        }
        int p = prefix(k0, k1, len);
        return (triggerPrefixes[p >>> 6] & (1L << p)) != 0;
    }

    /**
     * The slot of {@code text[start, end)} when it is a word of the vocabulary, else -1.
     * {@code buf} is scratch space of at least {@code end - start} chars.
     */
    int find(String text, int start, int end, char[] buf) {
        int len = end - start;
        if (len > buf.length || len == 0 || len < 64 && (lengths & (1L << len)) == 0) {
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
        buf[0] = k0;
        if (len >= 2) {
            buf[1] = k1;
        }
        for (int i = 2; i < len; i++) {
            buf[i] = lower(text.charAt(start + i));
        }
        if (len >= 3) {
            buf[len - 1] = foldY(buf[len - 2], buf[len - 1]);
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = h & mask;
        while (true) {
            String s = table[slot];
            if (s == null) {
                return -1;
            }
            if (s.length() == len && same(s, buf, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The key in {@code slot}, or the empty string for -1. */
    String key(int slot) {
        return slot < 0 ? "" : table[slot];
    }

    /** True when the word in {@code slot} may start a date expression. */
    boolean trigger(int slot) {
        return slot >= 0 && trigger[slot];
    }

    private static boolean same(String s, char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }
}
