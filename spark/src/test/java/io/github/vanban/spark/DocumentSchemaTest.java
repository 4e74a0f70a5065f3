package io.github.vanban.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.header.Header;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark schema against the JSON Schema the library ships: every property there, of a fitting type. */
class DocumentSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = DocumentJson.schema()) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyTopLevelPropertyIsAColumnOfFittingType() {
        assertProperties(schema, DocumentSchema.DOCUMENT, "document", "source");
        assertProperties(schema, DocumentSchema.RECORD, "record");
        assertProperties(schema.get("properties").get("source"), DocumentSchema.SOURCE, "source");
    }

    @Test
    void everyItemPropertyIsAFieldOfFittingType() {
        Map<String, StructType> items = Map.of("date", DocumentSchema.DATE, "citation", DocumentSchema.CITATION,
                "count", DocumentSchema.COUNT, "warning", DocumentSchema.WARNING, "section", DocumentSchema.SECTION);
        items.forEach((def, struct) -> {
            JsonNode d = schema.get("$defs").get(def);
            assertNotNull(d, def);
            assertProperties(d, struct, def, "sections");
            if (d.has("allOf")) {
                assertProperties(schema.get("$defs").get("offsets"), struct, def + " offsets");
            }
        });
        StructField parent = DocumentSchema.SECTION.apply("parent");
        assertEquals(DataTypes.IntegerType, parent.dataType(), "flat sections point to their parent");
    }

    @Test
    void everyHeaderPropertyIsAFieldOfFittingType() {
        JsonNode header = schema.get("properties").get("header");
        if (header.has("properties")) {
            assertProperties(header, DocumentSchema.HEADER, "header");
        }
    }

    @Test
    void headerHasAFieldPerHeaderComponent() {
        for (RecordComponent c : Header.class.getRecordComponents()) {
            assertTrue(DocumentSchema.HEADER.getFieldIndex(c.getName()).isDefined(), c.getName());
        }
        assertEquals(Header.class.getRecordComponents().length, DocumentSchema.HEADER.size());
    }

    /** Each property of {@code def} (but {@code except}) is a field of {@code struct} of a fitting type. */
    private static void assertProperties(JsonNode def, StructType struct, String where, String... except) {
        Iterator<Map.Entry<String, JsonNode>> it = def.get("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            if (java.util.Arrays.asList(except).contains(p.getKey())) {
                continue;
            }
            assertTrue(struct.getFieldIndex(p.getKey()).isDefined(), where + " has no field " + p.getKey());
            DataType type = struct.apply(p.getKey()).dataType();
            assertTrue(fits(p.getValue(), type), where + "." + p.getKey() + ": " + type + " for " + p.getValue());
        }
    }

    private static boolean fits(JsonNode property, DataType type) {
        if (property.has("$ref")) {
            return type instanceof StructType;
        }
        if (property.has("anyOf")) {
            for (JsonNode option : property.get("anyOf")) {
                if (!option.path("type").asText().equals("null")) {
                    return fits(option, type);
                }
            }
            return false;
        }
        if (property.has("enum")) {
            return type == DataTypes.StringType;
        }
        JsonNode t = property.get("type");
        String json = t == null ? "" : t.isArray() ? t.get(0).asText() : t.asText();
        return switch (json) {
            case "string" -> property.path("format").asText().equals("date")
                    ? type == DataTypes.DateType : type == DataTypes.StringType;
            case "integer" -> type == DataTypes.IntegerType || type == DataTypes.LongType;
            case "boolean" -> type == DataTypes.BooleanType;
            case "array" -> type instanceof ArrayType;
            case "object" -> type instanceof StructType;
            default -> false;
        };
    }
}
