package io.github.vanban.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTableTest {

    @Test
    void rowsSkipCommentsAndBlankLinesAndDropTrailingSpaceAndEmptyFields() {
        List<String[]> rows = ResourceTable.rows(ResourceTableTest.class, "sample-table.tsv");
        assertEquals(4, rows.size());
        assertArrayEquals(new String[] {"word", "kind"}, rows.get(0));
        assertArrayEquals(new String[] {"empty-last", "x"}, rows.get(1));
        assertArrayEquals(new String[] {"", "tab-first"}, rows.get(2));
        assertArrayEquals(new String[] {"rule", "pattern", "with", "tabs"}, rows.get(3));
    }

    @Test
    void rowsWithALimitKeepTheLineAsItIs() {
        List<String[]> kept = ResourceTable.rows(ResourceTableTest.class, "sample-table.tsv", -1);
        assertArrayEquals(new String[] {"word", "kind", " "}, kept.get(0));
        assertArrayEquals(new String[] {"empty-last", "x", ""}, kept.get(1));

        List<String[]> two = ResourceTable.rows(ResourceTableTest.class, "sample-table.tsv", 2);
        assertArrayEquals(new String[] {"rule", "pattern\twith\ttabs"}, two.get(3));
    }

    @Test
    void aMissingTableNamesItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.rows(ResourceTableTest.class, "no-such-table.tsv"));
        assertTrue(e.getMessage().contains("no-such-table.tsv"), e.getMessage());
    }
}
