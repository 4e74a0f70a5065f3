package io.github.vanban.dates;

import io.github.vanban.text.MatchKey;
import java.util.Collection;

/**
 * The words the date grammar ever compares, as {@link MatchKey} keys, looked up straight from a char
 * buffer so that the tokenizer allocates nothing for the other words of the text.
 */
final class Vocabulary {

    private static final String CONSONANTS = "hklmtqsvdnrbpxgc";
    private static final String Y_FORMS = "yỳýỷỹỵ";
    private static final String I_FORMS = "iìíỉĩị";

    private final String[] table;
    private final int mask;
    /** Bit {@code n} set when some word has {@code n} chars (n < 64). */
    private final long lengths;
    /** {@code first[c]} true when some word's key starts with {@code c}. */
    private final boolean[] first;

    Vocabulary(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new String[size];
        mask = size - 1;
        long lens = 0;
        int maxFirst = 0;
        for (String w : words) {
            String key = MatchKey.of(w);
            if (!key.isEmpty()) {
                maxFirst = Math.max(maxFirst, key.charAt(0));
            }
        }
        first = new boolean[maxFirst + 1];
        for (String w : words) {
            String key = MatchKey.of(w);
            if (key.length() < 64) {
                lens |= 1L << key.length();
            } else {
                lens = -1L;
            }
            if (!key.isEmpty()) {
                first[key.charAt(0)] = true;
            }
            int h = key.hashCode() & mask;
            while (table[h] != null && !table[h].equals(key)) {
                h = (h + 1) & mask;
            }
            table[h] = key;
        }
        lengths = lens;
    }

    /**
     * The key of {@code text[start, end)} when it is a word of the vocabulary, else the empty string.
     * {@code buf} is scratch space of at least {@code end - start} chars.
     */
    String find(String text, int start, int end, char[] buf) {
        int len = end - start;
        // cheap refusals first: no word of this length, or none starting with this letter
        if (len > buf.length || len < 64 && (lengths & (1L << len)) == 0) {
            return "";
        }
        char c0 = text.charAt(start);
        char k0 = c0 < 128 ? (c0 >= 'A' && c0 <= 'Z' ? (char) (c0 + 32) : c0) : Character.toLowerCase(c0);
        if (k0 >= first.length || !first[k0]) {
            return "";
        }
        for (int i = 0; i < len; i++) {
            buf[i] = Character.toLowerCase(text.charAt(start + i));
        }
        if (len >= 2) {
            int y = Y_FORMS.indexOf(buf[len - 1]);
            if (y >= 0 && CONSONANTS.indexOf(buf[len - 2]) >= 0) {
                buf[len - 1] = I_FORMS.charAt(y);
            }
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = h & mask;
        while (true) {
            String s = table[slot];
            if (s == null) {
                return "";
            }
            if (s.length() == len && same(s, buf, len)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
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
