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

    Vocabulary(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            String key = MatchKey.of(w);
            int h = key.hashCode() & mask;
            while (table[h] != null && !table[h].equals(key)) {
                h = (h + 1) & mask;
            }
            table[h] = key;
        }
    }

    /**
     * The key of {@code text[start, end)} when it is a word of the vocabulary, else the empty string.
     * {@code buf} is scratch space of at least {@code end - start} chars.
     */
    String find(String text, int start, int end, char[] buf) {
        int len = end - start;
        if (len > buf.length) {
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
