package io.github.vanban.bench;

import io.github.vanban.BenchmarkAccess;
import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One step of the parse measured alone. {@code normalise} is {@link NormalizedText#of(String)} on the
 * caller's string; each extractor runs on text normalised beforehand, in a context that already holds the
 * header (as {@link Vanban#parse} gives it), so that its figure is its own cost; {@code sentences} is the
 * shipped sentence model on normalised text; {@code parse} is the whole {@link Vanban#parse(String)}
 * with every feature.
 */
public enum Stage {
    NORMALISE("normalise"),
    HEADER("header"),
    SECTIONS("sections"),
    DATES("dates"),
    CITATIONS("citations"),
    COUNTS("counts"),
    SENTENCES("sentences"),
    PARSE("parse");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage of a label ({@code dates}) or constant name ({@code DATES}). */
    public static Stage of(String name) {
        for (Stage s : values()) {
            if (s.label.equalsIgnoreCase(name) || s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage " + name);
    }

    /** Runs this stage over prepared documents; the caller sinks what it returns. */
    public Runner runner(Workload work) {
        return new Runner(this, work);
    }

    /** The stage with everything it needs made beforehand (parser, extractor, normalised text, header). */
    public static final class Runner {
        private final Stage stage;
        private final List<String> texts;
        private final List<ParseContext> contexts = new ArrayList<>();
        private final Vanban vanban = Vanban.create();
        private final HeaderExtractor headers = new HeaderExtractor();
        private final SectionExtractor sections =
                new SectionExtractor(SectionKindClassifier.standard(), SectionKindModel.shipped());
        private final SentenceDetector sentences = SentenceDetector.shipped();
        private final DateExtractor dates = new DateExtractor();
        private final CitationExtractor citations = new CitationExtractor();
        private final CountExtractor counts = new CountExtractor();

        Runner(Stage stage, Workload work) {
            this.stage = stage;
            this.texts = work.texts();
            if (stage != NORMALISE && stage != PARSE) {
                for (String t : texts) {
                    ParseContext c = new ParseContext(NormalizedText.of(t), ParseOptions.defaults());
                    Header h = headers.extract(c);
                    contexts.add(BenchmarkAccess.withHeader(c, h));
                }
            }
        }

        /** Runs the stage on document {@code i}. */
        public Object run(int i) {
            return switch (stage) {
                case NORMALISE -> NormalizedText.of(texts.get(i));
                case HEADER -> headers.extract(fresh(i));
                case SECTIONS -> sections.extract(fresh(i));
                case DATES -> dates.extract(fresh(i));
                case CITATIONS -> citations.extract(fresh(i));
                case COUNTS -> counts.extract(fresh(i));
                case SENTENCES -> sentences.detect(contexts.get(i).text());
                case PARSE -> vanban.parse(texts.get(i));
            };
        }

        /** A context with no warnings left from an earlier run (extractors may add some). */
        private ParseContext fresh(int i) {
            ParseContext c = contexts.get(i);
            return BenchmarkAccess.withHeader(c, c.header());
        }

        public int size() {
            return texts.size();
        }
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
