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
 * lines skipped, trailing white space dropped, fields split at tabs. Each package keeps its tables beside
 * its classes and reads them once through here.
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
                rows.add(line.stripTrailing().split("\t"));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
