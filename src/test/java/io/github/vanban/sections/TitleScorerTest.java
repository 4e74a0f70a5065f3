package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.testing.SharedCorpus;
import io.github.vanban.text.MatchKey;
import io.github.vanban.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shipped section-kind model scores a title by word ids exactly as OpenNLP scores its feature
 * strings: the same probabilities to the last bit and the same most likely kind, for the lines of the dev documents read as titles and
 * for random titles made of their words, known and unknown to the model.
 */
class TitleScorerTest {

    private final SectionKindModel model = SectionKindModel.shipped();

    @Test
    void theShippedModelIsScoredByWordIds() {
        assertTrue(model.scoresByWordIds());
    }

    @Test
    void linesOfTheDevDocumentsScoreAlike() {
        List<String> lines = new ArrayList<>();
        for (String id : SharedCorpus.devIds()) {
            lines.addAll(SharedCorpus.devText(id).lines().toList());
        }
        for (String line : lines) {
            assertSame(line, SectionKindModel.words(line));
            assertSameOfKey(MatchKey.of(NormalizedText.of(line).text()));
        }
    }

    @Test
    void randomTitlesScoreAlike() {
        String[] vocabulary = SectionKindModel.words("Kết quả đạt được trong 6 tháng đầu năm 2020, mục đích yêu "
                + "cầu tổ chức thực hiện phương hướng nhiệm vụ thời gian tới, tồn tại hạn chế nguyên nhân bài học "
                + "kinh nghiệm kiến nghị đề xuất đánh giá chung tình hình đặc điểm xyzzy qwv 9");
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 5000; round++) {
            String[] words = new String[random.nextInt(0, 20)];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary[random.nextInt(vocabulary.length)];
            }
            assertSame(String.join(" ", words), words);
            assertSameOfKey(String.join(random.nextBoolean() ? " " : ", ", words) + (random.nextBoolean() ? " 2020." : ""));
        }
    }

    @Test
    void titlesWithoutWordsHaveNoScores() {
        assertNull(model.probabilitiesOfKey(""));
        assertNull(model.probabilitiesOfKey(" - ** "));
    }

    private void assertSameOfKey(String key) {
        String[] words = SectionKindModel.wordsOfKey(key);
        if (words.length > 0) {
            double[] p = model.probabilitiesByFeatureStrings(words);
            assertArrayEquals(p, model.probabilitiesOfKey(key), 0.0, key);
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            SectionKind expected = p[best] < SectionKindModel.MIN_PROBABILITY ? SectionKind.OTHER
                    : SectionKind.valueOf(model.model().getMaxentModel().getOutcome(best));
            assertEquals(expected, model.kindOfKey(key), key);
        }
    }

    private void assertSame(String what, String[] words) {
        assertArrayEquals(model.probabilitiesByFeatureStrings(words), model.probabilities(words), 0.0, what);
    }
}
