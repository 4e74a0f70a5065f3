package io.github.vanban.spark;

import io.github.vanban.Span;
import io.github.vanban.citations.Citation;
import io.github.vanban.counts.ParticipantCount;
import io.github.vanban.dates.DateMention;
import io.github.vanban.header.Header;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a parsed document, mirroring the JSON Schema of the library's output
 * ({@code io/github/vanban/json/document.schema.json}) field for field, with three differences that a
 * Spark schema forces or that make SQL easier:
 *
 * <ul>
 *   <li>{@code sections} is flat: every section, nested ones included, in document order, each with
 *       {@code parent}, the index in the same array of the section it sits in (null at the top level),
 *       instead of a {@code sections} array of its own (a Spark schema cannot nest without end);</li>
 *   <li>{@code firstDay}, {@code lastDay} and a citation's {@code issuedOn} are {@code date} columns;</li>
 *   <li>a field the JSON leaves out ({@code yearInferred} when false, {@code sentences} when they were
 *       not asked for) is null.</li>
 * </ul>
 *
 * <p>The {@code header} struct and the {@code citations} and {@code counts} structs are read off the
 * library's record types, in the order the JSON writes them, so a field added to them appears here
 * without further code.
 */
public final class DocumentSchema {

    /** Position (text, start, end) of an item in the parsed string. */
    private static final List<StructField> OFFSETS = List.of(
            field("text", DataTypes.StringType),
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType));

    /** One section, flattened. */
    public static final StructType SECTION = struct(List.of(
            field("label", DataTypes.StringType),
            field("level", DataTypes.IntegerType),
            field("title", DataTypes.StringType),
            field("kind", DataTypes.StringType),
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("bodyStart", DataTypes.IntegerType),
            field("bodyEnd", DataTypes.IntegerType),
            field("parent", DataTypes.IntegerType)));

    /** One date expression with its ISO/TIMEX value and the first and last day it covers. */
    public static final StructType DATE = struct(concat(OFFSETS, List.of(
            field("value", DataTypes.StringType),
            field("type", DataTypes.StringType),
            field("firstDay", DataTypes.DateType),
            field("lastDay", DataTypes.DateType),
            field("yearInferred", DataTypes.BooleanType))));

    /** One warning; the offsets are null when it concerns the whole document. */
    public static final StructType WARNING = struct(concat(List.of(
            field("code", DataTypes.StringType),
            field("message", DataTypes.StringType)), OFFSETS));

    /** One cited document. */
    public static final StructType CITATION = recordStruct(Citation.class);

    /** One participant count. */
    public static final StructType COUNT = recordStruct(ParticipantCount.class);

    /** The document's own header. */
    public static final StructType HEADER = recordStruct(Header.class);

    /** The whole parsed document: what {@code vanban_parse(text)} returns. */
    public static final StructType DOCUMENT = struct(documentFields());

    /** Where a document came from, as the batch command writes it. */
    public static final StructType SOURCE = struct(List.of(
            field("name", DataTypes.StringType),
            field("format", DataTypes.StringType),
            field("encoding", DataTypes.StringType),
            field("warnings", DataTypes.createArrayType(DataTypes.StringType))));

    /** Why a document could not be read or parsed. */
    public static final StructType ERROR = struct(List.of(
            field("reason", DataTypes.StringType),
            field("message", DataTypes.StringType)));

    /**
     * One row of the job's output: {@code source}, then the document's fields at the top level (null when
     * it failed), then {@code error} (null when it did not), like a record of {@code vanban batch}.
     */
    public static final StructType RECORD = struct(concat(concat(
            List.of(field("source", SOURCE)), documentFields()), List.of(field("error", ERROR))));

    private DocumentSchema() {
    }

    private static List<StructField> documentFields() {
        return List.of(
                field("documentDate", DataTypes.StringType),
                field("documentNumber", DataTypes.StringType),
                field("header", HEADER),
                field("sections", DataTypes.createArrayType(SECTION, false)),
                field("dates", DataTypes.createArrayType(DATE, false)),
                field("citations", DataTypes.createArrayType(CITATION, false)),
                field("counts", DataTypes.createArrayType(COUNT, false)),
                field("warnings", DataTypes.createArrayType(WARNING, false)),
                field("sentences", DataTypes.createArrayType(struct(OFFSETS), false)));
    }

    /**
     * The struct of a library record as its JSON is written: a {@link Span} component becomes
     * {@code text, start, end} in its place (the span itself when the record is a span holder), a
     * {@link DateMention} the {@link #DATE} struct, nested records structs, lists arrays.
     */
    static StructType recordStruct(Class<?> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Span.class && c.getName().equals("span")) {
                fields.addAll(OFFSETS);
            } else {
                fields.add(field(c.getName(), typeOf(c.getGenericType())));
            }
        }
        return struct(fields);
    }

    private static DataType typeOf(Type generic) {
        if (generic instanceof ParameterizedType p && p.getRawType() == List.class) {
            return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]));
        }
        if (!(generic instanceof Class<?> c)) {
            return DataTypes.StringType;
        }
        if (c == String.class || c.isEnum()) {
            return DataTypes.StringType;
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return DataTypes.IntegerType;
        }
        if (c == long.class || c == Long.class) {
            return DataTypes.LongType;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return DataTypes.DoubleType;
        }
        if (c == LocalDate.class) {
            return DataTypes.DateType;
        }
        if (c == DateMention.class) {
            return DATE;
        }
        if (c == Span.class) {
            return struct(OFFSETS);
        }
        if (c.isRecord()) {
            return recordStruct(c);
        }
        return DataTypes.StringType;
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(List<StructField> fields) {
        return DataTypes.createStructType(fields);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
