package io.github.vanban.sections;

/**
 * The numbering styles of section labels (annotation guide §1). Each style is one rung of a document's
 * heading ladder; {@link #DOTTED} labels take one rung per dot.
 */
public enum LabelStyle {
    /** {@code PHẦN I}, {@code Phần thứ nhất}, {@code PHẦN A}: the highest level when present. */
    PART(true),
    /** {@code Chương I}. */
    CHAPTER(true),
    /** {@code Mục 2}: a section of a chapter in normative texts. */
    CHAPTER_SECTION(true),
    /** {@code Điều 1.}: an article of a decision or regulation. */
    ARTICLE(true),
    /** {@code A.}, {@code B/}. */
    UPPER_LETTER(false),
    /** {@code I.}, {@code II -}, {@code III/}, {@code IV:}. */
    ROMAN(false),
    /** {@code 1.}, {@code 2)}, {@code 3/}, {@code 4-}. */
    ARABIC(false),
    /** {@code 1.1.}, {@code 2.3.1}, {@code 1.1-}: one level below plain Arabic labels per dot. */
    DOTTED(false),
    /** {@code (1)}. */
    BRACKETED_NUMBER(false),
    /** {@code (a)}. */
    BRACKETED_LETTER(false),
    /** {@code a)}, {@code b.}. */
    LOWER_LETTER(false);

    private final boolean keyword;

    LabelStyle(boolean keyword) {
        this.keyword = keyword;
    }

    /** Whether the label is introduced by a word ({@code Phần}, {@code Chương}, {@code Mục}, {@code Điều}). */
    public boolean keyword() {
        return keyword;
    }
}
