package io.github.vanban.io;

import io.github.vanban.text.ResourceTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells how much a text looks like Vietnamese, to choose between decodings of the same bytes. Every word
 * that holds a letter outside ASCII is checked against the shape of a Vietnamese syllable (onset, nucleus,
 * coda and one tone mark, with only the sắc or nặng tone before a stop coda) and against a list of frequent
 * syllables, both resource data. Words of plain ASCII letters say nothing about the encoding and are
 * skipped.
 *
 * <p>Immutable and thread-safe; the tables load once.
 */
public final class VietnameseText {

    /** How a decoding scored. */
    public record Score(int words, int syllables, int frequent) {
        /** Share of the non-ASCII words that are Vietnamese syllables, plus half the share of frequent ones. */
        public double value() {
            return words == 0 ? 0 : (syllables + 0.5 * frequent) / words;
        }
    }

    private static final class Tables {
        static final Set<String> ONSETS = new HashSet<>();
        static final Set<String> NUCLEI = new HashSet<>();
        static final List<String> CODAS = new ArrayList<>();
        static final Set<String> FREQUENT = new HashSet<>();

        static {
            String section = "";
            for (String line : lines("syllable-parts.txt")) {
                if (line.startsWith("[")) {
                    section = line;
                } else if (section.equals("[onset]")) {
                    ONSETS.add(line);
                } else if (section.equals("[nucleus]")) {
                    NUCLEI.add(line);
                } else if (section.equals("[coda]")) {
                    CODAS.add(line);
                }
            }
            CODAS.sort((a, b) -> b.length() - a.length());
            for (String line : lines("frequent-syllables.txt")) {
                FREQUENT.add(Normalizer.normalize(line, Normalizer.Form.NFC));
            }
        }
    }

    private VietnameseText() {
    }

    /** Scores at most the first {@code maxChars} characters of {@code text}. */
    public static Score score(CharSequence text, int maxChars) {
        int end = Math.min(text.length(), maxChars);
        int words = 0;
        int syllables = 0;
        int frequent = 0;
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < end) {
            // a word: a run of characters that are not white space
            while (i < end && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !isSeparator(text.charAt(i))) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && isEdgePunctuation(text.charAt(s))) {
                s++;
            }
            while (e > s && isEdgePunctuation(text.charAt(e - 1))) {
                e--;
            }
            if (e - s == 0 || e - s > 12) {
                if (e - s > 12 && hasNonAscii(text, s, e)) {
                    words++;
                }
                continue;
            }
            if (!hasNonAscii(text, s, e)) {
                continue;
            }
            words++;
            word.setLength(0);
            word.append(text, s, e);
            String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            if (isSyllable(lower)) {
                syllables++;
                if (Tables.FREQUENT.contains(lower)) {
                    frequent++;
                }
            }
        }
        return new Score(words, syllables, frequent);
    }

    /** True when {@code word} (one word, any case) is spelled like a Vietnamese syllable. */
    public static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(nfd.length());
        char tone = 0;
        for (int k = 0; k < nfd.length(); k++) {
            char c = nfd.charAt(k);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    if (tone != 0) {
                        return false;
                    }
                    tone = c;
                }
                case '\u0302', '\u0306', '\u031B' -> base.append(c);
                default -> {
                    if (!(c >= 'a' && c <= 'z') && c != 'đ') {
                        return false;
                    }
                    base.append(c);
                }
            }
        }
        String s = Normalizer.normalize(base, Normalizer.Form.NFC);
        return parses(s, tone);
    }

    private static boolean parses(String s, char tone) {
        for (int onsetLen = Math.min(3, s.length()); onsetLen >= 0; onsetLen--) {
            String onset = s.substring(0, onsetLen);
            if (onsetLen > 0 && !Tables.ONSETS.contains(onset)) {
                continue;
            }
            String rhyme = s.substring(onsetLen);
            if (rhyme.isEmpty()) {
                continue;
            }
            if (rhymeOk(rhyme, tone)) {
                return true;
            }
        }
        // gì, gìn: g + i...
        return s.startsWith("gi") && rhymeOk(s.substring(1), tone);
    }

    private static boolean rhymeOk(String rhyme, char tone) {
        if (Tables.NUCLEI.contains(rhyme)) {
            return true;
        }
        for (String coda : Tables.CODAS) {
            if (rhyme.length() > coda.length() && rhyme.endsWith(coda)) {
                String nucleus = rhyme.substring(0, rhyme.length() - coda.length());
                if (Tables.NUCLEI.contains(nucleus)) {
                    boolean stop = coda.equals("c") || coda.equals("ch") || coda.equals("p") || coda.equals("t");
                    return !stop || tone == '\u0301' || tone == '\u0323';
                }
            }
        }
        return false;
    }

    private static boolean hasNonAscii(CharSequence t, int s, int e) {
        for (int k = s; k < e; k++) {
            if (t.charAt(k) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == '\f';
    }

    private static boolean isEdgePunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) || c == '\u201C' || c == '\u201D' || c == '\u2018'
                || c == '\u2019' || c == '\u2026' || c == '\u2013' || c == '\u2014';
    }

    /** The lines of a one-column data file; they hold no tabs. */
    private static List<String> lines(String resource) {
        return ResourceTable.rows(VietnameseText.class, resource).stream().map(row -> row[0]).toList();
    }
}
