package io.github.vanban.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark operation reads: a list of documents, as strings and as their UTF-8 bytes, and how
 * many bytes that is in all (the figure MB/s and allocation per MB are counted against).
 *
 * @param name  what the documents are, for messages
 * @param texts the documents
 * @param bytes each document's UTF-8 encoding (a lone surrogate encodes as one byte, {@code ?})
 */
public record Workload(String name, List<String> texts, List<byte[]> bytes) {

    public Workload {
        texts = List.copyOf(texts);
        bytes = List.copyOf(bytes);
    }

    /** A workload of the given documents. */
    public static Workload of(String name, List<String> texts) {
        List<byte[]> b = new ArrayList<>(texts.size());
        for (String t : texts) {
            b.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return new Workload(name, texts, b);
    }

    /** UTF-8 bytes of all documents. */
    public long totalBytes() {
        long n = 0;
        for (byte[] b : bytes) {
            n += b.length;
        }
        return n;
    }

    /** Chars of all documents. */
    public long totalChars() {
        long n = 0;
        for (String t : texts) {
            n += t.length();
        }
        return n;
    }
}
