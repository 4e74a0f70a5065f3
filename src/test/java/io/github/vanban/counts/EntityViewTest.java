package io.github.vanban.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class EntityViewTest {

    @Test
    void textWithoutReferencesIsItsOwnView() {
        String s = "có 120 đại biểu & khách mời";
        EntityView v = EntityView.of(s);
        assertSame(s, v.text);
        assertEquals(4, v.sourceStart(4));
        assertEquals(7, v.sourceEnd(7));
    }

    @Test
    void decodedReferencesMapBackToTheirSourceRanges() {
        String s = "120 &#273;&#7841;i bi&\n7875;u v&#xE0; kh";
        EntityView v = EntityView.of(s);
        assertEquals("120 đại biểu và kh", v.text);
        int d = v.text.indexOf('đ');
        assertEquals(s.indexOf("&#273;"), v.sourceStart(d));
        assertEquals(s.indexOf("&#273;") + 6, v.sourceEnd(d + 1));
        int word = v.text.indexOf("biểu");
        assertEquals(s.indexOf("bi&"), v.sourceStart(word));
        assertEquals(s.indexOf("u v&") + 1, v.sourceEnd(word + 4));
        assertEquals(s.indexOf("kh"), v.sourceStart(v.text.indexOf("kh")));
        assertEquals(s.length(), v.sourceStart(v.text.length()));
        assertEquals(s.length(), v.sourceEnd(v.text.length()));
        assertEquals(0, v.sourceEnd(0));
        assertEquals(0, v.sourceStart(0));
    }

    @Test
    void anAmpersandThatIsNoReferenceStaysAsItIs() {
        String s = "A & B &#12 &#273;";
        EntityView v = EntityView.of(s);
        assertEquals("A & B &#12 đ", v.text);
        assertEquals(2, v.sourceStart(2));
        assertEquals(s.length(), v.sourceEnd(v.text.length()));
    }
}
