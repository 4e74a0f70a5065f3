package io.github.vanban.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.sections.SectionKind;
import io.github.vanban.sections.SectionKindModel;
import io.github.vanban.sentences.SentenceDetector;
import org.junit.jupiter.api.Test;

class ModelLoadingTest {

    private static final String CORRUPT = "/io/github/vanban/models/corrupt.bin";

    @Test
    void shippedModelsLoad() {
        assertNotNull(SentenceDetector.shipped());
        assertNotNull(SectionKindModel.shipped());
        assertEquals(2, SentenceDetector.shipped().detect("Một câu. Hai câu.").size());
    }

    @Test
    void shippedKindModelReadsTitlesWithoutKindWords() {
        // no keyword of the table here, so the model is what decides; a topic title is OTHER
        assertEquals(SectionKind.OTHER, SectionKindModel.shipped().kind("Công tác tuyên truyền"));
    }

    @Test
    void corruptSentenceModelNamesTheResource() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SentenceDetector.fromResource(CORRUPT));
        assertEquals(CORRUPT, e.resource());
        assertTrue(e.getMessage().contains(CORRUPT), e.getMessage());
    }

    @Test
    void corruptKindModelNamesTheResource() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SectionKindModel.fromResource(CORRUPT));
        assertEquals(CORRUPT, e.resource());
    }

    @Test
    void missingModelNamesTheResource() {
        String missing = "/io/github/vanban/models/no-such-model.bin";
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SentenceDetector.fromResource(missing));
        assertEquals(missing, e.resource());
        assertTrue(e.getMessage().contains("no such resource"), e.getMessage());
    }

    @Test
    void wrongKindOfModelIsRefused() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> SectionKindModel.fromResource(ModelResources.SENTENCES));
        assertEquals(ModelResources.SENTENCES, e.resource());
        assertThrows(ModelLoadException.class, () -> SentenceDetector.fromResource(ModelResources.SECTION_KINDS));
    }
}
