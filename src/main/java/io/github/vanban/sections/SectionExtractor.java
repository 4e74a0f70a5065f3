package io.github.vanban.sections;

import io.github.vanban.ParseContext;
import java.util.List;

/** Finds the {@link Section}s of a document. Stateless and thread-safe. */
public final class SectionExtractor {

    public List<Section> extract(ParseContext context) {
        return List.of();
    }
}
