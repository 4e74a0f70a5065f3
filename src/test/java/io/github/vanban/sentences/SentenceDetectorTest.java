package io.github.vanban.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.Document;
import io.github.vanban.Feature;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceDetectorTest {

    static Stream<Arguments> fragments() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SentenceDetectorTest.class.getResourceAsStream("fragments.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                out.add(Arguments.of(row[2], row[0].replace("\\n", "\n"),
                        Arrays.asList(row[1].replace("\\n", "\n").split(" ‖ "))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void shippedModelSplitsFragment(String note, String text, List<String> expected) {
        List<String> got = SentenceDetector.shipped().detect(text).stream().map(Sentence::text).toList();
        assertEquals(expected, got, note);
    }

    @Test
    void spansPointIntoTheOriginalString() {
        // a CR LF, a non-breaking space and a curly quote are normalised away before detection
        String text = "Hội nghị tại TP.\u00a0Hội An.\r\nĐại biểu \u201cthống nhất\u201d. Kết thúc.";
        List<Sentence> sentences = SentenceDetector.shipped().detect(text);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.span().start(), s.span().end()), s.text());
        }
        assertEquals("Đại biểu \u201cthống nhất\u201d.", sentences.get(1).text());
    }

    @Test
    void sentencesOnlyWhenAskedFor() {
        Vanban vanban = Vanban.create();
        String text = "I. MỤC ĐÍCH\n- Triển khai đầy đủ. Bảo đảm dân chủ.";
        assertTrue(vanban.parse(text).sentences().isEmpty());
        Document doc = vanban.parse(text, ParseOptions.defaults().withFeatures(Feature.SENTENCES));
        assertEquals(List.of("I. MỤC ĐÍCH", "- Triển khai đầy đủ.", "Bảo đảm dân chủ."),
                doc.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void jsonHasSentencesOnlyWhenAskedFor() {
        Vanban vanban = Vanban.create();
        String text = "Hội nghị tại TP. Hội An. Đại biểu thống nhất.";
        assertTrue(!DocumentJson.toTree(vanban.parse(text)).has("sentences"));
        var tree = DocumentJson.toTree(vanban.parse(text, ParseOptions.defaults().withFeatures(Feature.SENTENCES)));
        assertEquals(2, tree.get("sentences").size());
        assertEquals("Đại biểu thống nhất.", tree.get("sentences").get(1).get("text").asText());
        assertEquals(text.indexOf("Đại"), tree.get("sentences").get(1).get("start").asInt());
    }

    @Test
    void sameAnswerFromManyThreads() {
        String text = String.join("\n", "Hội Chữ thập đỏ TP. Hồ Chí Minh tổ chức khám bệnh. Đoàn đã trao quà.",
                "Căn cứ Quyết định số 749/QĐ-TTg của", "Thủ tướng Chính phủ;", "QUY CHẾ LÀM", "VIỆC");
        List<String> expected = SentenceDetector.shipped().detect(text).stream().map(Sentence::text).toList();
        List<List<String>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> SentenceDetector.shipped().detect(text).stream().map(Sentence::text).toList())
                .toList();
        parallel.forEach(got -> assertEquals(expected, got));
    }
}
