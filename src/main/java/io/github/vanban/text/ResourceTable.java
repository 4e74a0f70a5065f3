package io.github.vanban.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library's tab-separated data files: UTF-8, one row a line, {@code #} comment lines and blank
 * lines skipped, fields split at tabs. {@link #rows(Class, String)} drops trailing white space and empty
 * trailing fields; {@link #rows(Class, String, int)} keeps the line as it is, for tables whose empty
 * fields mean something or whose last field may hold tabs. Each package keeps its tables beside its
 * classes and reads them once through here.
 */
public final class ResourceTable {

    private ResourceTable() {
    }

    /**
     * The rows of the resource {@code name}, resolved against {@code owner}'s package as
     * {@link Class#getResourceAsStream} does.
     *
     * @throws IllegalStateException if the resource is not in the jar
     */
    public static List<String[]> rows(Class<?> owner, String name) {
        return read(owner, name, false, 0);
    }

    /**
     * The rows of the resource {@code name} split at tabs as {@link String#split(String, int)} splits with
     * {@code limit}, nothing stripped: {@code -1} keeps empty trailing fields, {@code 2} splits at the first
     * tab only.
     *
     * @throws IllegalStateException if the resource is not in the jar
     */
    public static List<String[]> rows(Class<?> owner, String name, int limit) {
        return read(owner, name, true, limit);
    }

    private static List<String[]> read(Class<?> owner, String name, boolean asIs, int limit) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add((asIs ? line : line.stripTrailing()).split("\t", limit));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
