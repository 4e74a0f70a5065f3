package io.github.vanban.sections;

/**
 * A label read at the start of a line, before it is judged to head a section.
 *
 * @param style       the numbering style
 * @param depth       for {@link LabelStyle#DOTTED}, the number of dots between numbers ({@code 1.1} is 1,
 *                    {@code 2.3.1} is 2); 0 otherwise
 * @param label       the label as the guide writes it ({@code I}, {@code 1.1}, {@code (a)}, {@code Điều 1})
 * @param value       the position of the label in its sequence, 1 for {@code I}, {@code A}, {@code 1},
 *                    {@code a}; for dotted labels the last number
 * @param start       offset (normalised text) where the label starts, emphasis marks excluded
 * @param titleStart  offset where the words after the label start, or the line end when nothing follows
 * @param lineEnd     offset of the end of the line, before its line feed
 * @param letterLike  whether the label is a single capital that may also be an upper-case letter label
 *                    ({@code V.}, {@code X.}, {@code C.}) or a name's initial
 * @param separator   the punctuation after the label ({@code '.'}, {@code ')'}, {@code '-'}, {@code '/'},
 *                    {@code ':'}), or 0 when there is none
 */
public record HeadingLabel(LabelStyle style, int depth, String label, int value, int start, int titleStart,
                           int lineEnd, boolean letterLike, char separator) {

    /** Whether nothing follows the label on its line. */
    public boolean bare() {
        return titleStart >= lineEnd;
    }

    /** The same label read as another style, value and label (used to settle {@code V.} and the like). */
    HeadingLabel as(LabelStyle newStyle, String newLabel, int newValue) {
        return new HeadingLabel(newStyle, 0, newLabel, newValue, start, titleStart, lineEnd, false, separator);
    }
}
