package io.github.vanban;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to parse one document. Immutable; start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults()
 *         .withReferenceDate(LocalDate.of(2020, 7, 16))
 *         .withFeatures(Feature.SECTIONS, Feature.DATES);
 * }</pre>
 *
 * @param referenceDate the day that relative dates ({@code hôm nay}, {@code năm ngoái}) count from and that
 *                      lends its year to year-less dates when the document gives none; null to use the
 *                      document's own date
 * @param features      what to extract; the header is always read when dates or citations are asked for,
 *                      since they depend on it, but it is reported only when asked for
 */
public record ParseOptions(LocalDate referenceDate, Set<Feature> features) {

    private static final ParseOptions DEFAULTS = new ParseOptions(null,
            EnumSet.complementOf(EnumSet.of(Feature.SENTENCES)));

    public ParseOptions {
        Objects.requireNonNull(features, "features");
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    /** Every feature but {@link Feature#SENTENCES}, no reference date. */
    public static ParseOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another reference date (null for none). */
    public ParseOptions withReferenceDate(LocalDate date) {
        return new ParseOptions(date, features);
    }

    /** These options extracting only the given features. */
    public ParseOptions withFeatures(Feature... selected) {
        EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
        for (Feature f : selected) {
            set.add(Objects.requireNonNull(f));
        }
        return new ParseOptions(referenceDate, set);
    }

    /** True when {@code feature} is to be extracted. */
    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
