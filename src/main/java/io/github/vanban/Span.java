package io.github.vanban;

/**
 * A stretch of the caller's original string: {@code start} inclusive, {@code end} exclusive, as UTF-16
 * indices ({@code String.charAt} positions), and the text between them, so that
 * {@code original.substring(start, end).equals(text)} always holds.
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not fit [" + start + ", " + end + ")");
        }
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }
}
