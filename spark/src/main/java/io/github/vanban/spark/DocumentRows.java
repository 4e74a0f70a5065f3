package io.github.vanban.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.Document;
import io.github.vanban.json.DocumentJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a parsed {@link Document} into Spark rows of {@link DocumentSchema}. The values are taken from the
 * library's own JSON of the document ({@link DocumentJson#toTree}), so a row holds exactly what
 * {@code vanban parse} and {@code vanban batch} print; only the nested sections are flattened.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentRows {

    private DocumentRows() {
    }

    /** The document as a row of {@link DocumentSchema#DOCUMENT}. */
    public static Row document(Document document) {
        return struct(flatten(DocumentJson.toTree(document)), DocumentSchema.DOCUMENT);
    }

    /**
     * A row of {@link DocumentSchema#RECORD} for a document read from {@code source}: the source struct
     * ({@code name}, {@code format}, {@code encoding}, reader {@code warnings} or null when none) and the
     * document's fields.
     */
    public static Row record(String name, String format, String encoding, List<String> readerWarnings,
                             Document document) {
        ObjectNode tree = flatten(DocumentJson.toTree(document));
        ObjectNode source = tree.objectNode();
        source.put("name", name);
        source.put("format", format);
        source.put("encoding", encoding);
        if (readerWarnings != null && !readerWarnings.isEmpty()) {
            ArrayNode w = source.putArray("warnings");
            readerWarnings.forEach(w::add);
        }
        tree.set("source", source);
        return struct(tree, DocumentSchema.RECORD);
    }

    /** A row of {@link DocumentSchema#RECORD} for a document that could not be read or parsed. */
    public static Row failure(String name, String format, String reason, String message) {
        Object[] values = new Object[DocumentSchema.RECORD.size()];
        values[DocumentSchema.RECORD.fieldIndex("source")] = RowFactory.create(name, format, null, null);
        // an error row has no document; its lists are null like its other document fields
        values[DocumentSchema.RECORD.fieldIndex("error")] = RowFactory.create(reason, message);
        return RowFactory.create(values);
    }

    /**
     * Replaces the nested {@code sections} by the flat list of {@link DocumentSchema#SECTION}: document
     * order, each with the index of its parent.
     */
    static ObjectNode flatten(JsonNode documentTree) {
        ObjectNode tree = (ObjectNode) documentTree;
        ArrayNode flat = tree.arrayNode();
        JsonNode sections = tree.get("sections");
        if (sections != null && sections.isArray()) {
            addSections(sections, null, flat);
        }
        tree.set("sections", flat);
        return tree;
    }

    private static void addSections(JsonNode level, Integer parent, ArrayNode into) {
        for (JsonNode section : level) {
            ObjectNode copy = ((ObjectNode) section).deepCopy();
            JsonNode children = copy.remove("sections");
            if (parent == null) {
                copy.putNull("parent");
            } else {
                copy.put("parent", parent.intValue());
            }
            int index = into.size();
            into.add(copy);
            if (children != null && children.isArray()) {
                addSections(children, index, into);
            }
        }
    }

    private static Row struct(JsonNode node, StructType type) {
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = value(node.get(fields[i].name()), fields[i].dataType());
        }
        return RowFactory.create(values);
    }

    private static Object value(JsonNode node, DataType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType s) {
            return node.isObject() ? struct(node, s) : null;
        }
        if (type instanceof ArrayType a) {
            if (!node.isArray()) {
                return null;
            }
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(value(item, a.elementType()));
            }
            return scala.jdk.javaapi.CollectionConverters.asScala(items).toSeq();
        }
        if (type == DataTypes.StringType) {
            return node.isValueNode() ? node.asText() : node.toString();
        }
        if (type == DataTypes.IntegerType) {
            return node.isNumber() ? node.intValue() : null;
        }
        if (type == DataTypes.LongType) {
            return node.isNumber() ? node.longValue() : null;
        }
        if (type == DataTypes.DoubleType) {
            return node.isNumber() ? node.doubleValue() : null;
        }
        if (type == DataTypes.BooleanType) {
            return node.isBoolean() ? node.booleanValue() : null;
        }
        if (type == DataTypes.DateType) {
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return node.asText();
    }
}
