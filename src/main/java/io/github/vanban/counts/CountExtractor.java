package io.github.vanban.counts;

import io.github.vanban.ParseContext;
import java.util.List;

/** Finds the {@link ParticipantCount}s of a document. Stateless and thread-safe. */
public final class CountExtractor {

    public List<ParticipantCount> extract(ParseContext context) {
        return List.of();
    }
}
