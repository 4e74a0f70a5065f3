package io.github.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.json.DocumentJson;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs made to trip a parser up (long runs of digits and slashes, of dots and spaces, of combining marks;
 * thousands of lines that look like headings; NUL bytes; lone surrogates) parse to a document whose every
 * span is the original's own text, and no extractor gives up on them with an internal error. Their cost
 * per byte is measured in {@code benchmarks/} (AdversarialBenchmark), not here.
 */
class AdversarialInputsTest {

    private static final Vanban VANBAN = Vanban.create();
    private static final String ORDINARY = "Ngày 02/7/2020, UBND phường Cẩm Châu tổ chức Hội nghị sơ kết 6 tháng"
            + " đầu năm 2020; có 150 đại biểu tham dự. Căn cứ Nghị quyết số 12-NQ/TW ngày 05/01/2012 của"
            + " Ban Chấp hành Trung ương và Luật Tổ chức chính quyền địa phương năm 2015.\n";

    static Stream<Arguments> inputs() {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 200_000) {
            int run = random.nextInt(40) == 0 ? 1 + random.nextInt(3000) : 1 + random.nextInt(12);
            for (int i = 0; i < run; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            digits.append("///", 0, 1 + (random.nextInt(6) == 0 ? random.nextInt(3) : 0));
        }
        StringBuilder nested = new StringBuilder();
        for (int depth = 1; depth <= 150; depth++) {
            nested.append("1.".repeat(depth)).append(" Nội dung mục\n");
        }
        StringBuilder leaders = new StringBuilder();
        while (leaders.length() < 200_000) {
            leaders.append("Mục ").append(random.nextInt(20)).append(' ').append(".".repeat(1 + random.nextInt(2000)))
                    .append(" ".repeat(1 + random.nextInt(2000))).append(". ".repeat(1 + random.nextInt(300)))
                    .append(random.nextInt(300)).append(random.nextBoolean() ? "\n" : "");
        }
        StringBuilder nul = new StringBuilder();
        StringBuilder lone = new StringBuilder();
        String ordinary = ORDINARY.repeat(200);
        for (int i = 0; i < ordinary.length(); i++) {
            nul.append(ordinary.charAt(i)).append('\0');
            lone.append(ordinary.charAt(i));
            if (i % 50 == 49) {
                lone.append(i % 100 == 49 ? '\uD83D' : '\uDE00');
            }
        }
        return Stream.of(
                Arguments.of("digits and slashes", digits.toString()),
                Arguments.of("lines of I.", "I.\n".repeat(50_000)),
                Arguments.of("one long line", ORDINARY.replace('\n', ' ').repeat(1000)),
                Arguments.of("deeply nested numbering", nested.toString()),
                Arguments.of("dots and spaces", leaders.toString()),
                Arguments.of("a run of combining marks", "a" + "\u0301\u0323\u0309\u031B".repeat(50_000) + "\n" + ORDINARY),
                Arguments.of("NUL after every char", nul.toString()),
                Arguments.of("lone surrogates", lone.toString()),
                Arguments.of("only a lone surrogate", "\uD800"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesToSpansOfTheOriginalWithoutGivingUp(String name, String input) {
        Document doc = VANBAN.parse(input);
        for (ParseWarning w : doc.warnings()) {
            assertFalse(w.code().endsWith(".failed") || w.code().endsWith(".internal"),
                    name + ": " + w.code() + " " + w.message());
        }
        assertSpansInside(name, DocumentJson.toTree(doc), input);
    }

    private static void assertSpansInside(String name, JsonNode node, String original) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && node.has("text")) {
                int s = node.get("start").asInt();
                int e = node.get("end").asInt();
                assertTrue(0 <= s && s <= e && e <= original.length(), name + ": " + node);
                assertEquals(original.substring(s, e), node.get("text").asText(), name);
            }
            node.forEach(child -> assertSpansInside(name, child, original));
        } else if (node.isArray()) {
            node.forEach(child -> assertSpansInside(name, child, original));
        }
    }
}
