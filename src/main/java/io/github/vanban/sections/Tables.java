package io.github.vanban.sections;

import io.github.vanban.text.ResourceTable;
import java.util.List;

/** Reads the package's tab-separated resource tables (UTF-8, {@code #} comments, blank lines skipped). */
final class Tables {

    private Tables() {
    }

    /** The rows of resource {@code name} beside this class, each split at tabs. */
    static List<String[]> rows(String name) {
        return ResourceTable.rows(Tables.class, name);
    }
}
