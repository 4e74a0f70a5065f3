package io.github.vanban.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Unicode canonical composition (NFC) with ICU4J. Decomposed Vietnamese ({@code e} + U+0302 + U+0301)
 * becomes one precomposed letter ({@code ế}); every char of a composed letter maps back to the whole of
 * its decomposed source.
 *
 * <p>The text is cut into normalisation segments (a char with a boundary before it and the chars without
 * one that follow it); a segment that NFC changes is replaced by its composition. Chars that are a whole
 * segment and that NFC leaves alone (all of U+0000..U+02FF, and most others: a table says which) are
 * passed over without calling ICU, so text already composed costs one look at each char.
 *
 * <p>A segment longer than {@link #MAX_SEGMENT} chars is left as it is. No text has one (a Vietnamese
 * letter is a base and at most two marks; Unicode's stream-safe format allows 30 marks in a row), and
 * composing one costs time in the square of its length (the marks are sorted by insertion), so a run of
 * a million combining marks would otherwise take hours.
 */
final class NfcStep implements NormalizationStep {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The longest segment composed; longer ones are left as they are. */
    static final int MAX_SEGMENT = 32;

    /** Below this every char has a boundary before it and is left alone by NFC. */
    private static final char PLAIN_BELOW = '\u0300';

    /** BMP chars with a normalisation boundary before them (a lone surrogate has none here). */
    private static final long[] BOUNDARY_BEFORE = new long[1024];
    /** BMP chars that NFC leaves as they are when they stand alone between boundaries. */
    private static final long[] STABLE_ALONE = new long[1024];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (c < PLAIN_BELOW || NFC.hasBoundaryBefore(c)) {
                BOUNDARY_BEFORE[c >>> 6] |= 1L << c;
            }
            String alone = String.valueOf((char) c);
            if (c < PLAIN_BELOW || NFC.getDecomposition(c) == null || NFC.normalize(alone).equals(alone)) {
                STABLE_ALONE[c >>> 6] |= 1L << c;
            }
        }
    }

    private static boolean boundaryBefore(char c) {
        return c < PLAIN_BELOW || (BOUNDARY_BEFORE[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean stableAlone(char c) {
        return c < PLAIN_BELOW || (STABLE_ALONE[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * Whether NFC may change {@code c} or the chars around it: false when {@code c} has a boundary before
     * it and NFC leaves it alone, so that a text of such chars only is in NFC already (the quick check
     * of ICU's {@code spanQuickCheckYes}, from a table).
     */
    static boolean mayChange(char c) {
        return !(boundaryBefore(c) && stableAlone(c));
    }

    @Override
    public Rewritten apply(String input) {
        int n = input.length();
        char[] out = null;
        int size = 0;
        OffsetMap.Builder map = null;
        int copied = 0; // input before this is in out (when out exists)
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (boundaryBefore(c) && stableAlone(c) && (i + 1 == n || boundaryBefore(input.charAt(i + 1)))) {
                i++; // a segment of one char that NFC leaves alone: the common case
                continue;
            }
            // a longer segment, or one char NFC may change: ask ICU
            int end = i + Character.charCount(input.codePointAt(i));
            while (end < n && !hasBoundaryBefore(input, end)) {
                end += Character.charCount(input.codePointAt(end));
            }
            if (end - i > MAX_SEGMENT) {
                i = end; // a run of marks no text has: leave it
                continue;
            }
            String segment = input.substring(i, end);
            String composed = NFC.normalize(segment);
            if (!composed.equals(segment)) {
                if (out == null) {
                    out = new char[n + 16];
                    map = new OffsetMap.Builder(n);
                }
                int run = i - copied;
                out = ensure(out, size + run + composed.length());
                input.getChars(copied, i, out, size);
                map.addRun(copied, run);
                size += run;
                composed.getChars(0, composed.length(), out, size);
                for (int k = 0; k < composed.length(); k++) {
                    map.add(i, end);
                }
                size += composed.length();
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return Rewritten.unchanged(input);
        }
        int run = n - copied;
        out = ensure(out, size + run);
        input.getChars(copied, n, out, size);
        map.addRun(copied, run);
        size += run;
        return new Rewritten(new String(out, 0, size), map.build(n));
    }

    private static boolean hasBoundaryBefore(String s, int i) {
        char c = s.charAt(i);
        return Character.isSurrogate(c) ? NFC.hasBoundaryBefore(s.codePointAt(i)) : boundaryBefore(c);
    }

    private static char[] ensure(char[] out, int needed) {
        return needed <= out.length ? out : Arrays.copyOf(out, Math.max(needed, out.length + (out.length >> 1)));
    }
}
