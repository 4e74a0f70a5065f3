package io.github.vanban.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Walks files, folders (recursively, in name order) and ZIP archives (streamed, nested ones too) and hands
 * over each document as its name and bytes, or as a {@link Failure} with a reason. Only one document's
 * bytes are held at a time; an archive is never read whole into memory.
 *
 * <p>Names are paths with {@code /}: a file given on its own is named by its file name, a file in a given
 * folder by the folder's name and its path below it (two inputs with the same name are both named by
 * their whole path instead), and an archive entry by the archive's name,
 * {@code !/} and the entry's path: {@code reports/2020.zip!/q3/bc.docx}.
 *
 * <p>Archives are read under {@link Limits}: entry size, total uncompressed size, compression ratio,
 * number of entries and nesting depth. An entry past a limit, an entry whose path climbs out of the archive
 * ({@code ../}) or is absolute, an encrypted entry and a truncated archive each give a Failure.
 */
public final class DocumentWalker {

    /**
     * Limits against archive bombs.
     *
     * @param maxEntryBytes   the largest document, uncompressed (files outside archives too)
     * @param maxArchiveBytes the most an archive (with the archives inside it) may unpack to
     * @param maxRatio        the highest uncompressed/compressed ratio of an entry past its first megabyte
     * @param maxEntries      the most entries an archive (with the archives inside it) may hold
     * @param maxDepth        how deep archives may nest (1: an archive, no archive inside it)
     */
    public record Limits(long maxEntryBytes, long maxArchiveBytes, double maxRatio, int maxEntries, int maxDepth) {
        /** 64 MB per document, 4 GB per archive, ratio 100, 100 000 entries, 3 levels. */
        public static Limits defaults() {
            return new Limits(64L << 20, 4L << 30, 100, 100_000, 3);
        }
    }

    /** What the walk hands over: a document or a failure. */
    public sealed interface Item permits Entry, Failure {
        /** The document's name. */
        String name();
    }

    /** A document's name and bytes. */
    public record Entry(String name, byte[] bytes) implements Item {
    }

    /** A document (or archive) that could not be taken out, with a reason code and a message. */
    public record Failure(String name, String reason, String message) implements Item {
    }

    /** Receives the walk's items, in order, on the walking thread. */
    public interface Sink {
        /** False to skip the document {@code name} without reading it (it is done already). */
        boolean wants(String name);

        /** Takes one item; may block. */
        void accept(Item item) throws InterruptedException;
    }

    private final Limits limits;

    public DocumentWalker(Limits limits) {
        this.limits = limits;
    }

    /** Walks {@code inputs} in order, handing every document to {@code sink}. */
    public void walk(List<Path> inputs, Sink sink) throws InterruptedException {
        java.util.Map<String, Integer> baseCount = new java.util.HashMap<>();
        for (Path input : inputs) {
            baseCount.merge(baseName(input), 1, Integer::sum);
        }
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            String base = baseName(input);
            if (baseCount.get(base) > 1) {
                // two inputs with one name: name both by their whole path
                base = abs.toString().replace('\\', '/').replaceFirst("^/+", "");
            }
            if (Files.isDirectory(abs)) {
                walkFolder(abs, base, sink);
            } else {
                file(abs, base, sink);
            }
        }
    }

    private static String baseName(Path input) {
        Path abs = input.toAbsolutePath().normalize();
        return abs.getFileName() == null ? "root" : abs.getFileName().toString();
    }

    private void walkFolder(Path dir, String name, Sink sink) throws InterruptedException {
        List<Path> children = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(children::add);
        } catch (IOException e) {
            sink.accept(new Failure(name, "io-error", "cannot list the folder: " + e.getMessage()));
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path child : children) {
            String childName = name + "/" + child.getFileName();
            if (Files.isSymbolicLink(child)) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(child, childName, sink);
            } else {
                file(child, childName, sink);
            }
        }
    }

    private void file(Path file, String name, Sink sink) throws InterruptedException {
        if (!Files.exists(file)) {
            sink.accept(new Failure(name, "io-error", "no such file: " + file));
            return;
        }
        if (isZip(name)) {
            try (InputStream in = Files.newInputStream(file)) {
                new ArchiveWalk(sink).walk(in, name, 1);
            } catch (IOException e) {
                sink.accept(new Failure(name, "io-error", "cannot read the archive: " + e.getMessage()));
            }
            return;
        }
        if (!sink.wants(name)) {
            return;
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxEntryBytes()) {
                sink.accept(new Failure(name, "too-large", "larger than " + limits.maxEntryBytes() + " bytes"));
                return;
            }
            sink.accept(new Entry(name, Files.readAllBytes(file)));
        } catch (IOException e) {
            sink.accept(new Failure(name, "io-error", "cannot read the file: " + e.getMessage()));
        }
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** An unsafe entry path: it climbs out ({@code ..}), is absolute or names a drive. */
    static boolean unsafePath(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.length() >= 2 && n.charAt(1) == ':') {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return n.indexOf('\0') >= 0;
    }

    /** The state of walking one top-level archive with the archives inside it. */
    private final class ArchiveWalk {
        private final Sink sink;
        private long total;
        private int entries;

        ArchiveWalk(Sink sink) {
            this.sink = sink;
        }

        /** Walks the archive read from {@code in}; false when the walk had to stop. */
        boolean walk(InputStream in, String archiveName, int depth) throws InterruptedException {
            ZipArchiveInputStream zin = new ZipArchiveInputStream(new KeepOpen(in), "UTF-8", true, true);
            String current = null;
            int seen = 0;
            try {
                ZipArchiveEntry entry;
                while ((entry = zin.getNextEntry()) != null) {
                    current = null;
                    seen++;
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String entryPath = entry.getName().replace('\\', '/');
                    String name = archiveName + "!/" + entryPath;
                    current = name;
                    if (++entries > limits.maxEntries()) {
                        sink.accept(new Failure(archiveName, "archive-limit", "more than " + limits.maxEntries()
                                + " entries; the entries after " + seen + " in this archive were not read"));
                        return false;
                    }
                    if (unsafePath(entryPath)) {
                        if (sink.wants(name)) {
                            sink.accept(new Failure(name, "unsafe-path",
                                    "the entry's path is absolute or climbs out of the archive"));
                        }
                        continue;
                    }
                    if (entry.getGeneralPurposeBit().usesEncryption()) {
                        if (sink.wants(name)) {
                            sink.accept(new Failure(name, "encrypted", "the entry is encrypted"));
                        }
                        continue;
                    }
                    if (!zin.canReadEntryData(entry)) {
                        if (sink.wants(name)) {
                            sink.accept(new Failure(name, "corrupt", "unsupported compression method "
                                    + entry.getMethod()));
                        }
                        continue;
                    }
                    if (isZip(entryPath)) {
                        if (depth >= limits.maxDepth()) {
                            sink.accept(new Failure(name, "archive-limit", "archives nested deeper than "
                                    + limits.maxDepth() + " levels"));
                            continue;
                        }
                        if (!walk(zin, name, depth + 1)) {
                            return false;
                        }
                        continue;
                    }
                    if (!sink.wants(name)) {
                        continue;
                    }
                    Item item = readEntry(zin, name);
                    sink.accept(item);
                    if (item instanceof Failure f && f.reason().equals("archive-limit")
                            && !f.message().startsWith("entry larger")) {
                        sink.accept(new Failure(archiveName, "archive-limit",
                                "stopped reading the archive after entry " + seen + ": " + f.message()));
                        return false;
                    }
                }
                if (seen == 0) {
                    sink.accept(new Failure(archiveName, "corrupt", "not a ZIP archive, or an empty one"));
                }
                return true;
            } catch (IOException | RuntimeException e) {
                String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                boolean truncated = e instanceof java.io.EOFException || msg.toLowerCase(Locale.ROOT).contains("truncated")
                        || msg.toLowerCase(Locale.ROOT).contains("unexpected end");
                String reason = truncated ? "truncated-archive" : "corrupt";
                if (current != null) {
                    sink.accept(new Failure(current, reason, "the archive breaks off in this entry: " + msg));
                }
                sink.accept(new Failure(archiveName, reason, (truncated ? "truncated archive" : "unreadable archive")
                        + " after " + seen + " entries: " + msg));
                return false;
            }
        }

        private Item readEntry(ZipArchiveInputStream zin, String name) throws IOException {
            byte[] buf = new byte[8192];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            long read = 0;
            for (int n; (n = zin.read(buf)) > 0; ) {
                read += n;
                total += n;
                if (read > limits.maxEntryBytes()) {
                    return new Failure(name, "archive-limit", "entry larger than " + limits.maxEntryBytes()
                            + " bytes uncompressed");
                }
                if (total > limits.maxArchiveBytes()) {
                    return new Failure(name, "archive-limit", "the archive unpacks to more than "
                            + limits.maxArchiveBytes() + " bytes");
                }
                if (read > (1 << 20)) {
                    long compressed = Math.max(1, zin.getCompressedCount());
                    if ((double) read / compressed > limits.maxRatio()) {
                        return new Failure(name, "archive-limit", "compression ratio above " + limits.maxRatio()
                                + " (a zip bomb?)");
                    }
                }
                out.write(buf, 0, n);
            }
            return new Entry(name, out.toByteArray());
        }
    }

    /** Keeps the underlying stream open when a nested archive's stream is closed. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
