package io.github.vanban;

import io.github.vanban.citations.CitationExtractor;
import io.github.vanban.counts.CountExtractor;
import io.github.vanban.dates.DateExtractor;
import io.github.vanban.header.Header;
import io.github.vanban.header.HeaderExtractor;
import io.github.vanban.sections.SectionExtractor;
import io.github.vanban.sections.SectionKindClassifier;
import io.github.vanban.sections.SectionKindModel;
import io.github.vanban.sentences.SentenceDetector;
import io.github.vanban.text.NormalizedText;
import java.util.List;
import java.util.Objects;

/**
 * Reads administrative Vietnamese text into a {@link Document}.
 *
 * <pre>{@code
 * Vanban vanban = Vanban.create();          // once; share it between threads
 * Document doc = vanban.parse(text);
 * doc.sections().forEach(s -> System.out.println(s.label() + " " + s.title() + " " + s.kind()));
 * doc.dates().forEach(d -> System.out.println(d.span().text() + " = " + d.value().timex()));
 * }</pre>
 *
 * <p>An instance holds only immutable tables loaded when it is created; it is thread-safe, and creating
 * one is the only costly step, so create it once.
 */
public final class Vanban {

    private final HeaderExtractor headers = new HeaderExtractor();
    private final SectionExtractor sections;
    private final SentenceDetector sentences;
    private final DateExtractor dates = new DateExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final CountExtractor counts = new CountExtractor();

    private Vanban() {
        // the trained models are read here, once per JVM, so that a missing or corrupt one fails at start-up
        this.sections = new SectionExtractor(SectionKindClassifier.standard(), SectionKindModel.shipped());
        this.sentences = SentenceDetector.shipped();
    }

    /**
     * A parser with the library's built-in tables and trained models.
     *
     * @throws io.github.vanban.models.ModelLoadException when a model the jar should hold is missing or
     *                                                    corrupt (it names the resource)
     */
    public static Vanban create() {
        return new Vanban();
    }

    /** Parses {@code text} with {@link ParseOptions#defaults()}. */
    public Document parse(String text) {
        return parse(text, ParseOptions.defaults());
    }

    /**
     * Parses {@code text}. Never throws on odd input: what cannot be read is left out and, where it
     * matters, reported as a {@link ParseWarning}.
     *
     * @throws NullPointerException if {@code text} or {@code options} is null
     */
    public Document parse(String text, ParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        ParseContext context = new ParseContext(NormalizedText.of(text), options);
        boolean needHeader = options.has(Feature.HEADER) || options.has(Feature.DATES)
                || options.has(Feature.CITATIONS);
        if (needHeader) {
            context.setHeader(headers.extract(context));
        }
        return new Document(
                options.has(Feature.HEADER) ? context.header() : Header.EMPTY,
                options.has(Feature.SECTIONS) ? sections.extract(context) : List.of(),
                options.has(Feature.DATES) ? dates.extract(context) : List.of(),
                options.has(Feature.CITATIONS) ? citations.extract(context) : List.of(),
                options.has(Feature.COUNTS) ? counts.extract(context) : List.of(),
                context.warnings(),
                options.has(Feature.SENTENCES) ? sentences.detect(context.text()) : List.of());
    }
}
