package io.github.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LatinCharMapTest {

    @Test
    void holdsTheFunctionOfEachLatinCharAndNothingElse() {
        LatinCharMap upper = LatinCharMap.of(s -> s.toUpperCase(Locale.ROOT));
        assertEquals("A", upper.get('a'));
        assertEquals("Đ", upper.get('đ'));          // U+0111, in the low block
        assertEquals("Ệ", upper.get('ệ'));          // U+1EC7, Vietnamese letter with two marks
        assertEquals("\u0249".toUpperCase(Locale.ROOT), upper.get('\u0249'));
        assertNull(upper.get('\u0250'));           // first char after the low block
        assertNull(upper.get('\u1DFF'));
        assertNull(upper.get('\u1F00'));           // Greek extended, after the Vietnamese block
        assertNull(upper.get('中'));
    }
}
