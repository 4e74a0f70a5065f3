package io.github.vanban.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.List;

/**
 * The normalisation chain as it first was written (plain, one char at a time, a table entry per char for
 * every offset map), kept as the reference the fast chain must agree with char for char and offset for
 * offset.
 */
final class ReferenceNormalizer {

    interface Step {
        Out apply(String input);
    }

    record Out(String text, RefMap map) {
        static Out unchanged(String text) {
            return new Out(text, RefMap.IDENTITY);
        }
    }

    /** The reference's text and map of {@code original}. */
    static Out normalize(String original) {
        String text = original;
        RefMap map = RefMap.IDENTITY;
        for (Step step : List.of(new RefInvisible(), new RefNfc(), new RefCharFold(), new RefTone())) {
            Out out = step.apply(text);
            map = map.then(out.map());
            text = out.text();
        }
        return new Out(text, map);
    }

    static final class RefInvisible implements Step {

            public Out apply(String input) {
            int first = -1;
            for (int i = 0; i < input.length(); i++) {
                if (drops(input, i)) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                return Out.unchanged(input);
            }
            StringBuilder out = new StringBuilder(input.length());
            RefMap.Builder map = new RefMap.Builder(input.length());
            out.append(input, 0, first);
            for (int i = 0; i < first; i++) {
                map.add(i);
            }
            for (int i = first; i < input.length(); i++) {
                if (!drops(input, i)) {
                    out.append(input.charAt(i));
                    map.add(i);
                }
            }
            return new Out(out.toString(), map.build(input.length()));
        }

        private static boolean drops(String s, int i) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c == '\r') {
                    return i + 1 < s.length() && s.charAt(i + 1) == '\n';
                }
                return c != '\n' && c != '\t';
            }
            switch (c) {
                case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u00AD':
                case '\u007F':
                    return true;
                default:
                    break;
            }
            if (Character.isHighSurrogate(c)) {
                return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
            }
            return false;
        }
    }

    static final class RefNfc implements Step {

        private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

            public Out apply(String input) {
            int firstChange = NFC.spanQuickCheckYes(input);
            if (firstChange == input.length()) {
                return Out.unchanged(input);
            }
            // back up to the start of the normalisation segment that holds the first change
            int segmentStart = firstChange;
            while (segmentStart > 0 && !NFC.hasBoundaryBefore(input.codePointAt(segmentStart))) {
                segmentStart = input.offsetByCodePoints(segmentStart, -1);
            }
            StringBuilder out = new StringBuilder(input.length());
            RefMap.Builder map = new RefMap.Builder(input.length());
            out.append(input, 0, segmentStart);
            for (int i = 0; i < segmentStart; i++) {
                map.add(i);
            }
            int i = segmentStart;
            while (i < input.length()) {
                int end = i + Character.charCount(input.codePointAt(i));
                while (end < input.length() && !NFC.hasBoundaryBefore(input.codePointAt(end))) {
                    end += Character.charCount(input.codePointAt(end));
                }
                String segment = input.substring(i, end);
                String composed = NFC.normalize(segment);
                if (composed.equals(segment)) {
                    for (int k = 0; k < segment.length(); k++) {
                        map.add(i + k);
                    }
                } else {
                    for (int k = 0; k < composed.length(); k++) {
                        map.add(i, end);
                    }
                }
                out.append(composed);
                i = end;
            }
            return new Out(out.toString(), map.build(input.length()));
        }
    }

    static final class RefCharFold implements Step {

            public Out apply(String input) {
            char[] chars = null;
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                char f = fold(c);
                if (f != c) {
                    if (chars == null) {
                        chars = input.toCharArray();
                    }
                    chars[i] = f;
                }
            }
            return chars == null ? Out.unchanged(input) : new Out(new String(chars), RefMap.IDENTITY);
        }

        static char fold(char c) {
            if (c < 0x80) {
                return c == '\r' ? '\n' : c == '\t' ? ' ' : c;
            }
            switch (c) {
                case '\u00A0': case '\u1680': case '\u2000': case '\u2001': case '\u2002': case '\u2003':
                case '\u2004': case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009':
                case '\u200A': case '\u202F': case '\u205F': case '\u3000': case '\u0085':
                    return c == '\u0085' ? '\n' : ' ';
                case '\u2028': case '\u2029':
                    return '\n';
                case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                    return '-';
                case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
                    return '"';
                case '\u2018': case '\u2019': case '\u201A': case '\u201B':
                    return '\'';
                case '\u00D0':
                    return '\u0110';
                case '\u00F0':
                    return '\u0111';
                case '\u2044': case '\u2215': case '\uFF0F':
                    return '/';
                default:
                    return c;
            }
        }
    }

    static final class RefTone implements Step {

        /** Rows: a base vowel and its five toned forms (grave, acute, hook, tilde, dot below). */
        private static final String[] TONES = {
            "aàáảãạ", "AÀÁẢÃẠ", "eèéẻẽẹ", "EÈÉẺẼẸ", "oòóỏõọ", "OÒÓỎÕỌ",
            "uùúủũụ", "UÙÚỦŨỤ", "yỳýỷỹỵ", "YỲÝỶỸỴ",
        };

            public Out apply(String input) {
            char[] chars = null;
            for (int i = 1; i < input.length(); i++) {
                char second = input.charAt(i);
                if (second < 0xC0) {
                    continue;
                }
                int tone = toneOf(second);
                if (tone <= 0) {
                    continue;
                }
                char first = input.charAt(i - 1);
                char firstBase = Character.toLowerCase(first);
                char secondBase = Character.toLowerCase(baseOf(second));
                boolean pair = (firstBase == 'o' && (secondBase == 'a' || secondBase == 'e'))
                        || (firstBase == 'u' && secondBase == 'y');
                if (!pair || toneOf(first) != 0) {
                    continue;
                }
                if (i + 1 < input.length() && Character.isLetter(input.charAt(i + 1))) {
                    continue; // closed syllable: hoàng, tuyết keep their mark where it is
                }
                if (firstBase == 'u' && i >= 2 && Character.toLowerCase(input.charAt(i - 2)) == 'q') {
                    continue; // quý
                }
                if (chars == null) {
                    chars = input.toCharArray();
                }
                chars[i - 1] = withTone(first, tone);
                chars[i] = baseOf(second);
            }
            return chars == null ? Out.unchanged(input) : new Out(new String(chars), RefMap.IDENTITY);
        }

        /** 0 for a plain vowel of the table, 1..5 for a toned one, -1 for anything else. */
        private static int toneOf(char c) {
            for (String row : TONES) {
                int k = row.indexOf(c);
                if (k >= 0) {
                    return k;
                }
            }
            return -1;
        }

        private static char baseOf(char c) {
            for (String row : TONES) {
                if (row.indexOf(c) >= 0) {
                    return row.charAt(0);
                }
            }
            return c;
        }

        private static char withTone(char base, int tone) {
            for (String row : TONES) {
                if (row.charAt(0) == base) {
                    return row.charAt(tone);
                }
            }
            return base;
        }
    }

    static final class RefMap {

        /** The map of a step that left the text as it was. */
        public static final RefMap IDENTITY = new RefMap(null, null);

        /** For each output offset (0..length inclusive), the input offset where its char's source starts. */
        private final int[] starts;
        /** For each output char (0..length-1), the input offset where its source ends. */
        private final int[] ends;

        private RefMap(int[] starts, int[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        /** True when output offsets equal input offsets. */
        public boolean isIdentity() {
            return starts == null;
        }

        /** The input offset where the source of the output char at {@code offset} starts (for the length: the input's end). */
        public int toInput(int offset) {
            if (starts == null) {
                return offset;
            }
            return starts[Math.max(0, Math.min(offset, starts.length - 1))];
        }

        /**
         * The input offset that an output range ending at {@code offset} ends at: where the source of the
         * output char before {@code offset} ends.
         */
        public int toInputEnd(int offset) {
            if (starts == null) {
                return offset;
            }
            if (offset <= 0) {
                return starts[0];
            }
            return ends[Math.min(offset, ends.length) - 1];
        }

        /** The map of applying {@code this} first and {@code next} after it: output of next to input of this. */
        public RefMap then(RefMap next) {
            if (next.isIdentity()) {
                return this;
            }
            if (this.isIdentity()) {
                return next;
            }
            int[] s = new int[next.starts.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = toInput(next.starts[i]);
            }
            int[] e = new int[next.ends.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = toInputEnd(next.ends[i]);
            }
            return new RefMap(s, e);
        }

        /** Builds a map while a step writes its output, one output char at a time. */
        public static final class Builder {
            private int[] starts;
            private int[] ends;
            private int size;
            private boolean identity = true;

            public Builder(int expectedLength) {
                int n = Math.max(16, expectedLength + 1);
                starts = new int[n];
                ends = new int[n];
            }

            /** Records that the next output char came from the input chars {@code [inputStart, inputEnd)}. */
            public void add(int inputStart, int inputEnd) {
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                if (inputStart != size || inputEnd != size + 1) {
                    identity = false;
                }
                starts[size] = inputStart;
                ends[size] = inputEnd;
                size++;
            }

            /** Records that the next output char is the input char at {@code inputOffset}, unchanged. */
            public void add(int inputOffset) {
                add(inputOffset, inputOffset + 1);
            }

            /** Finishes the map; {@code inputEnd} is the input offset of the output's end. */
            public RefMap build(int inputEnd) {
                if (identity && inputEnd == size) {
                    return IDENTITY;
                }
                int[] s = Arrays.copyOf(starts, size + 1);
                s[size] = inputEnd;
                return new RefMap(s, Arrays.copyOf(ends, size));
            }
        }
    }
}
