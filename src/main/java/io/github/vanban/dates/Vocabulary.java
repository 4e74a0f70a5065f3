package io.github.vanban.dates;

import io.github.vanban.text.MatchKey;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The words the date grammar ever compares, as {@link MatchKey} keys, looked up straight from the text so
 * that the tokenizer allocates nothing for the other words. A word of the text is looked up by the
 * {@link String#hashCode} of its key, computed from the text without building the key: most words are
 * refused by their length or by a bit set of the hashes of the keys before any table probe. Each word also
 * carries whether it may start a date expression.
 */
final class Vocabulary {

    private static final String CONSONANTS = "hklmtqsvdnrbpxgc";
    private static final String Y_FORMS = "yỳýỷỹỵ";
    private static final String I_FORMS = "iìíỉĩị";
    private static final int HASH_BITS = 1 << 16;

    /** Role bit: a word for "year" ({@code năm}). */
    static final int ROLE_YEAR_WORD = 1;
    /** Role bit: a part of the day. */
    static final int ROLE_PART_OF_DAY = 1 << 1;
    /** Role bit: the first word of a number word phrase. */
    static final int ROLE_NUMBER_START = 1 << 2;
    /** Role bit: the first word of a weekday phrase. */
    static final int ROLE_WEEKDAY_START = 1 << 3;
    /** Role bit: the first word of a relative phrase. */
    static final int ROLE_RELATIVE_START = 1 << 4;
    /** Role bit: the first word of a festival phrase. */
    static final int ROLE_FESTIVAL_START = 1 << 5;
    /** Role bit: a word right before a relative phrase that makes it no date ({@code mỗi}, {@code hằng}). */
    static final int ROLE_RELATIVE_BLOCKER_BEFORE = 1 << 6;
    /** Role bit: a word right after a relative phrase that makes it no date. */
    static final int ROLE_RELATIVE_BLOCKER_AFTER = 1 << 7;
    /** Role bit: a noun after a bare number that makes it a quantity ({@code 2000 người}). */
    static final int ROLE_QUANTITY_NOUN = 1 << 8;
    /** Role bit: a noun before a bare number that makes it a serial number ({@code số 2007}). */
    static final int ROLE_NUMBER_NOUN = 1 << 9;
    private static final int LONGEST = 32;

    /** The keys, open addressing by {@link String#hashCode}. */
    private final String[] table;
    /** The {@link String#hashCode} of each key of {@link #table}. */
    private final int[] hashes;
    private final boolean[] trigger;
    /** The {@code ROLE_} bits of each key of {@link #table}, and of the empty key (of any other word). */
    private final int[] roles;
    private final int emptyRoles;
    private final int mask;
    /** Bit {@code n} set when some word has {@code n} chars (n < 64). */
    private final long lengths;
    /** Bit {@link #hashBit} set for the hash of every key. */
    private final long[] keyBits = new long[HASH_BITS / 64];
    /** The same for the keys of the trigger words alone. */
    private final long[] triggerBits = new long[HASH_BITS / 64];
    /**
     * Bit {@link #looseBit} set for the loose hash of every key (see {@link #looseHash}): most words of
     * a text are refused here from a hash taken while passing their letters, before their key is built.
     */
    private final long[] keyLoose = new long[HASH_BITS / 64];
    /** The same for the keys of the trigger words alone. */
    private final long[] triggerLoose = new long[HASH_BITS / 64];
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
     * @param roles    the {@code ROLE_} bits of a key (given the empty key too, for the words not kept)
     */
    Vocabulary(Collection<String> words, Predicate<String> triggers, ToIntFunction<String> roles) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new String[size];
        hashes = new int[size];
        trigger = new boolean[size];
        this.roles = new int[size];
        emptyRoles = roles.applyAsInt("");
        mask = size - 1;
        long lens = 0;
        for (String w : words) {
            String key = MatchKey.of(w);
            int len = key.length();
            lens |= len < 64 ? 1L << len : -1L;
            int hash = key.hashCode();
            int h = home(hash);
            while (table[h] != null && !table[h].equals(key)) {
                h = (h + 1) & mask;
            }
            table[h] = key;
            hashes[h] = hash;
            trigger[h] = triggers.test(key);
            this.roles[h] = roles.applyAsInt(key);
            int b = hashBit(hash);
            keyBits[b >>> 6] |= 1L << b;
            int lb = looseBit(looseHash(key, 0, len), len);
            keyLoose[lb >>> 6] |= 1L << lb;
            if (trigger[h]) {
                triggerBits[b >>> 6] |= 1L << b;
                triggerLoose[lb >>> 6] |= 1L << lb;
            }
        }
        lengths = lens;
    }

    /** Where the key with {@code hash} is first looked for in {@link #table}: mixed, as the low bits of short keys cluster. */
    private int home(int hash) {
        return (hash * 0x7FEB352D >>> 8) & mask;
    }

    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> 16;
    }

    /**
     * The char a letter adds to the loose hash of its word: its lower case, with any form of {@code y}
     * read as the same form of {@code i}. A word and its key (which differ at most by case and by a
     * {@code y} written {@code i}) have the same loose hash.
     */
    static char looseChar(char c) {
        return foldAnyY(lower(c));
    }

    /** The loose hash of {@code text[start, start + len)}: {@code h = 31 * h + looseChar(c)} over its chars. */
    private static int looseHash(CharSequence text, int start, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + looseChar(text.charAt(start + i));
        }
        return h;
    }

    private static int looseBit(int looseHash, int len) {
        return ((looseHash * 31 + len) * 0x9E3779B9) >>> 16;
    }

    /** Any form of {@code y} as the same form of {@code i}; any other char as it is. */
    private static char foldAnyY(char c) {
        if (c != 'y' && c != '\u00FD' && (c < '\u1EF3' || c > '\u1EF9')) {
            return c;
        }
        int y = Y_FORMS.indexOf(c);
        return y >= 0 ? I_FORMS.charAt(y) : c;
    }

    /**
     * The {@link String#hashCode} of the key of a word of {@code len} chars whose lower-cased chars before
     * the last two hash to {@code head} and whose last two lower-cased chars are {@code before} and
     * {@code last} ({@code before} unused when {@code len == 1}).
     */
    static int keyHash(int head, char before, char last, int len) {
        return len == 1 ? last : (31 * head + before) * 31 + foldY(before, last);
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
        int len = end - start;
        return hasLength(len) ? find(text, start, end, looseHash(text, start, len), false) : -1;
    }

    /**
     * The slot of {@code text[start, end)} when it is a word that may start a date expression, else -1;
     * {@code looseHash} is the word's loose hash ({@link #looseChar} of each char), which a scan takes while
     * passing the word: most words are refused by it before their key is hashed.
     */
    int findTrigger(String text, int start, int end, int looseHash) {
        return hasLength(end - start) ? find(text, start, end, looseHash, true) : -1;
    }

    /** Whether some word of the vocabulary has {@code len} chars (never one of more than {@value #LONGEST}). */
    private boolean hasLength(int len) {
        return len > 0 && len <= LONGEST && (lengths & (1L << len)) != 0;
    }

    /** The lookup of a word of a length the vocabulary has ({@link #hasLength}). */
    private int find(String text, int start, int end, int looseHash, boolean triggersOnly) {
        int len = end - start;
        int lb = looseBit(looseHash, len);
        if (((triggersOnly ? triggerLoose : keyLoose)[lb >>> 6] & (1L << lb)) == 0) {
            return -1;
        }
        int last = len - 1;
        int head = 0;
        for (int i = 0; i < last - 1; i++) {
            head = 31 * head + lower(text.charAt(start + i));
        }
        char before = len < 2 ? 0 : lower(text.charAt(start + last - 1));
        int keyHash = keyHash(head, before, lower(text.charAt(start + last)), len);
        int b = hashBit(keyHash);
        if (((triggersOnly ? triggerBits : keyBits)[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        for (int h = home(keyHash); table[h] != null; h = (h + 1) & mask) {
            if (hashes[h] == keyHash && (trigger[h] || !triggersOnly) && spells(table[h], text, start, len)) {
                return h;
            }
        }
        return -1;
    }

    /** True when {@code text[start, start + len)} has the key {@code key}. */
    private static boolean spells(String key, String text, int start, int len) {
        if (key.length() != len) {
            return false;
        }
        int last = len - 1;
        for (int i = 0; i < last; i++) {
            if (key.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        char c = lower(text.charAt(start + last));
        return key.charAt(last) == (len == 1 ? c : foldY(key.charAt(last - 1), c));
    }

    /** The key in {@code slot}, or the empty string for -1. */
    String key(int slot) {
        return slot < 0 ? "" : table[slot];
    }

    /** True when the word in {@code slot} may start a date expression. */
    boolean trigger(int slot) {
        return slot >= 0 && trigger[slot];
    }

    /** The {@code ROLE_} bits of the word in {@code slot} (-1: a word not kept). */
    int roles(int slot) {
        return slot < 0 ? emptyRoles : roles[slot];
    }
}
