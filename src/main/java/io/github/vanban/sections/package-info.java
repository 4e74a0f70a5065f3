/**
 * Sections: the numbered headings that structure a document, nested, with their titles, kinds and spans
 * (annotation guide §1).
 *
 * <ul>
 *   <li>{@link io.github.vanban.sections.LabelReader} reads the label at the start of one line and judges
 *       its form: a date, a document number, a phone number or a quantity opening a line is no label.</li>
 *   <li>{@link io.github.vanban.sections.SectionExtractor} keeps the labels that fit a sequence of their
 *       style, places each style on the document's ladder of levels (keyword labels above all, Roman
 *       above Arabic above dotted, other styles in the order they appear) and builds the tree.</li>
 *   <li>{@link io.github.vanban.sections.SectionKindClassifier} reads what a section is for from its
 *       title with the keyword table {@code kind-keywords.tsv}, and says whether it is sure; where it finds
 *       no kind word, the trained {@link io.github.vanban.sections.SectionKindModel} decides. A title that a
 *       hard wrap visibly cut ({@code NHỮNG QUY ĐỊNH} above {@code CHUNG}) keeps its cut title, and its kind
 *       is read from the whole phrase ({@code RunOnTitle}).</li>
 * </ul>
 */
package io.github.vanban.sections;
