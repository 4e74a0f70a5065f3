package io.github.vanban.text;

import io.github.vanban.Span;
import java.util.Arrays;

/**
 * The caller's text and its normalised form, with the map between their offsets and an index of
 * line starts. Extractors read {@link #text()} and report spans through {@link #span(int, int)}, which
 * gives offsets and text of the caller's original string.
 *
 * <p>Offsets are UTF-16 indices ({@code String.charAt} positions), as everywhere in the library.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final OffsetMap map;
    private volatile int[] lineStarts;

    NormalizedText(String original, String text, OffsetMap map) {
        this.original = original;
        this.text = text;
        this.map = map;
    }

    /** Normalises {@code original} with the library's standard chain. */
    public static NormalizedText of(String original) {
        return TextNormalizer.standard().normalize(original);
    }

    /** The caller's string, untouched. */
    public String original() {
        return original;
    }

    /** The normalised text extractors read. */
    public String text() {
        return text;
    }

    /** Length of the normalised text. */
    public int length() {
        return text.length();
    }

    /** The offset in the original string of an offset in the normalised text. */
    public int toOriginal(int offset) {
        return map.toInput(offset);
    }

    /**
     * The offset in the original string where a normalised range ending at {@code offset} ends (as in
     * {@link #span(int, int)} for a non-empty range).
     */
    public int toOriginalEnd(int offset) {
        return map.toInputEnd(offset);
    }

    /**
     * The span of the original string that the normalised range {@code [start, end)} came from, with its
     * original text.
     */
    public Span span(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of " + text.length());
        }
        int s = map.toInput(start);
        int e = end == start ? s : map.toInputEnd(end);
        return new Span(s, e, original.substring(s, e));
    }

    /** Offsets (in the normalised text) at which lines start; the first is 0. */
    public int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                n++;
            }
            starts = new int[n];
            int k = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[k++] = i + 1;
            }
            lineStarts = starts;
        }
        return starts;
    }

    /** Number of lines (a text without line feeds has one). */
    public int lineCount() {
        return lineStarts().length;
    }

    /** The line (0-based) that holds a normalised offset. */
    public int lineOf(int offset) {
        int[] starts = lineStarts();
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /** Normalised offset where line {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts()[line];
    }

    /** Normalised offset where line {@code line} ends, before its line feed. */
    public int lineEnd(int line) {
        int[] starts = lineStarts();
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }
}
