package io.github.vanban.cli;

import java.io.IOException;
import java.util.Map;

/** Where {@code vanban batch} writes its records; thread-safe. */
interface BatchOutput extends AutoCloseable {

    /** True when the record of {@code name} was written by an earlier run. */
    boolean isDone(String name);

    /**
     * The failure reason of a record written by an earlier run, or null when it was a document; only
     * asked for names that {@link #isDone} says are done.
     */
    String earlierFailure(String name);

    /** Writes the record (one JSON object, no line break) of {@code name}, atomically. */
    void write(String name, String json, String failureReason) throws IOException;

    /** Writes the extracted text of {@code name} beside its record. */
    void writeText(String name, String text) throws IOException;

    /** Every name done by earlier runs with its failure reason (null for documents), when known cheaply. */
    Map<String, String> earlier();

    @Override
    void close() throws IOException;
}
