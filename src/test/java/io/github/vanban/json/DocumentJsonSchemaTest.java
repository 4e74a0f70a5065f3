package io.github.vanban.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentJsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Vanban vanban = Vanban.create();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = DocumentJson.schema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void theOutputOfEveryDevDocumentValidatesAgainstTheShippedSchema() throws IOException {
        JsonSchema schema = schema();
        for (String id : SharedCorpus.devIds()) {
            JsonNode out = MAPPER.readTree(DocumentJson.write(vanban.parse(SharedCorpus.devText(id)), false));
            Set<ValidationMessage> errors = schema.validate(out);
            assertTrue(errors.isEmpty(), id + ": " + errors);
        }
    }

    @Test
    void theSampleReportValidatesAndCarriesTheGuideFieldNames() throws IOException {
        String text = Files.readString(Path.of("samples/bao-cao-so-ket.txt"));
        JsonNode out = MAPPER.readTree(DocumentJson.write(vanban.parse(text), true));
        assertTrue(schema().validate(out).isEmpty());
        for (String field : new String[] {"documentDate", "documentNumber", "sections", "dates", "citations", "counts"}) {
            assertTrue(out.has(field), field);
        }
    }

    @Test
    void aWeekRelativeToTheReferenceDateValidates() throws IOException {
        ParseOptions options = ParseOptions.defaults().withReferenceDate(LocalDate.of(2020, 7, 16));
        JsonNode out = MAPPER.readTree(DocumentJson.write(vanban.parse("Tuần tới, Ban Thường trực họp giao ban.",
                options), false));
        assertEquals("WEEK", out.path("dates").path(0).path("type").asText(), out.toString());
        assertEquals("2020-W30", out.path("dates").path(0).path("value").asText());
        Set<ValidationMessage> errors = schema().validate(out);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaRejectsOutputThatBreaksIt() throws IOException {
        JsonNode bad = MAPPER.readTree("{\"documentDate\":\"16/07/2020\",\"documentNumber\":null,\"header\":{},"
                + "\"sections\":[{\"label\":\"I\",\"level\":0}],\"dates\":[],\"citations\":[],\"counts\":[],\"warnings\":[]}");
        Set<ValidationMessage> errors = schema().validate(bad);
        assertEquals(true, errors.size() >= 2, errors.toString());
    }
}
