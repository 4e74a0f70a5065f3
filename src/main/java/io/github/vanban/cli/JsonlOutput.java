package io.github.vanban.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All records in one JSON Lines file, with a done-index beside it ({@code FILE.done}). Each record is
 * appended as one whole line; then a line {@code END-OFFSET TAB STATUS TAB NAME} is appended to the index,
 * where STATUS is {@code ok} or the failure reason. On opening, the index lines that are complete and
 * whose offsets fit the file are kept; the JSON Lines file is cut back to the last indexed offset, which
 * removes a torn last line and any line whose index entry was not written, so those documents are done
 * again and every document appears exactly once.
 */
final class JsonlOutput implements BatchOutput {

    private final Path file;
    private final Path index;
    private final FileChannel data;
    private final FileChannel done;
    private final Map<String, String> earlier = new LinkedHashMap<>();
    private final FolderOutput texts;

    JsonlOutput(Path file, Path textDir) throws IOException {
        this.file = file.toAbsolutePath();
        this.index = this.file.resolveSibling(this.file.getFileName() + ".done");
        this.texts = textDir == null ? null : new FolderOutput(textDir);
        if (this.file.getParent() != null) {
            Files.createDirectories(this.file.getParent());
        }
        long good = recover();
        data = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        data.truncate(good);
        data.position(good);
        done = FileChannel.open(index, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        done.position(done.size());
    }

    /** Reads the index, rewrites it to its valid lines, and returns the length of the valid data. */
    private long recover() throws IOException {
        long dataSize = Files.exists(file) ? Files.size(file) : 0;
        long good = 0;
        StringBuilder kept = new StringBuilder();
        if (Files.exists(index)) {
            String all = Files.readString(index, StandardCharsets.UTF_8);
            int start = 0;
            while (true) {
                int nl = all.indexOf('\n', start);
                if (nl < 0) {
                    break; // a torn index line: its record is cut off below
                }
                String line = all.substring(start, nl);
                start = nl + 1;
                String[] f = line.split("\t", 3);
                if (f.length < 3) {
                    break;
                }
                long end;
                try {
                    end = Long.parseLong(f[0]);
                } catch (NumberFormatException e) {
                    break;
                }
                if (end <= good || end > dataSize) {
                    break;
                }
                good = end;
                earlier.put(f[2], f[1].equals("ok") ? null : f[1]);
                kept.append(line).append('\n');
            }
        } else if (dataSize > 0) {
            // an index lost by hand: rebuild it from the complete lines
            good = rebuild(kept);
        }
        Files.writeString(index, kept, StandardCharsets.UTF_8);
        return good;
    }

    private long rebuild(StringBuilder kept) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long offset = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                long end = offset + line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (end > Files.size(file)) {
                    break;
                }
                try {
                    var node = json.readTree(line);
                    String name = node.path("source").path("name").asText();
                    String reason = node.has("error") ? node.path("error").path("reason").asText("unknown") : null;
                    earlier.put(name, reason);
                    kept.append(end).append('\t').append(reason == null ? "ok" : reason).append('\t').append(name)
                            .append('\n');
                } catch (IOException e) {
                    break;
                }
                offset = end;
            }
        }
        return offset;
    }

    @Override
    public boolean isDone(String name) {
        return earlier.containsKey(name);
    }

    @Override
    public String earlierFailure(String name) {
        return earlier.get(name);
    }

    @Override
    public Map<String, String> earlier() {
        return new HashMap<>(earlier);
    }

    @Override
    public synchronized void write(String name, String json, String failureReason) throws IOException {
        writeFully(data, (json + "\n").getBytes(StandardCharsets.UTF_8));
        String entry = data.position() + "\t" + (failureReason == null ? "ok" : failureReason) + "\t"
                + name.replace('\n', ' ').replace('\t', ' ') + "\n";
        writeFully(done, entry.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeText(String name, String text) throws IOException {
        if (texts != null) {
            texts.writeText(name, text);
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
        done.close();
    }
}
