package io.github.vanban.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.vanban.Document;
import io.github.vanban.ParseWarning;
import io.github.vanban.Span;
import io.github.vanban.dates.DateMention;
import io.github.vanban.dates.DateValue;
import io.github.vanban.sections.Section;
import io.github.vanban.sentences.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link Document} as the JSON the annotation guide describes (§5): {@code documentDate},
 * {@code documentNumber}, {@code header}, {@code sections} (nested), {@code dates}, {@code citations},
 * {@code counts} and {@code warnings}. Every item that comes from the text carries {@code text},
 * {@code start} and {@code end} (UTF-16 offsets into the parsed string). The shape is fixed by the JSON
 * Schema at {@link #SCHEMA_RESOURCE}.
 *
 * <p>Thread-safe; the mapper is built once.
 */
public final class DocumentJson {

    /** Class-path location of the JSON Schema (draft 2020-12) of the output. */
    public static final String SCHEMA_RESOURCE = "/io/github/vanban/json/document.schema.json";

    private static final ObjectMapper MAPPER = newMapper(false);
    private static final ObjectMapper PRETTY = newMapper(true);

    private DocumentJson() {
    }

    /** The document as a JSON string, compact or indented. */
    public static String write(Document document, boolean pretty) {
        return write(document, Map.of(), pretty);
    }

    /**
     * The document as a JSON string, with extra top-level fields written first (such as
     * {@code source}: where the text came from).
     */
    public static String write(Document document, Map<String, ?> extra, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(tree(document, extra));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write document as JSON", e);
        }
    }

    /** The document as a JSON tree. */
    public static JsonNode toTree(Document document) {
        return MAPPER.valueToTree(tree(document, Map.of()));
    }

    /** The mapper the library writes with, for callers that embed documents in JSON of their own. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The JSON Schema of the output, from the jar. */
    public static InputStream schema() {
        InputStream in = DocumentJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + SCHEMA_RESOURCE));
        }
        return in;
    }

    private static Map<String, Object> tree(Document d, Map<String, ?> extra) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.putAll(extra);
        root.put("documentDate", d.documentDate());
        root.put("documentNumber", d.documentNumber());
        root.put("header", d.header());
        root.put("sections", d.sections());
        root.put("dates", d.dates());
        root.put("citations", d.citations());
        root.put("counts", d.counts());
        root.put("warnings", d.warnings());
        if (!d.sentences().isEmpty()) {
            // only when asked for (Feature.SENTENCES): each as text, start, end
            root.put("sentences", d.sentences().stream().map(Sentence::span).toList());
        }
        return root;
    }

    private static ObjectMapper newMapper(boolean pretty) {
        SimpleModule module = new SimpleModule("vanban");
        module.addSerializer(Span.class, new SpanSerializer());
        module.addSerializer(Section.class, new SectionSerializer());
        module.addSerializer(DateMention.class, new DateMentionSerializer());
        module.addSerializer(ParseWarning.class, new WarningSerializer());
        module.addSerializer(LocalDate.class, new ToStringSerializer<>());
        module.addSerializer(LocalTime.class, new ToStringSerializer<>());
        module.setSerializerModifier(new SpannedRecordSerializers());
        ObjectMapper mapper = new ObjectMapper().registerModule(module);
        mapper.configure(SerializationFeature.INDENT_OUTPUT, pretty);
        return mapper;
    }

    /** A span on its own: {@code {"start", "end", "text"}}. */
    private static final class SpanSerializer extends JsonSerializer<Span> {
        @Override
        public void serialize(Span span, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            writeSpanFields(span, g);
            g.writeEndObject();
        }
    }

    static void writeSpanFields(Span span, JsonGenerator g) throws IOException {
        g.writeStringField("text", span.text());
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(value.toString());
        }
    }

    private static final class SectionSerializer extends JsonSerializer<Section> {
        @Override
        public void serialize(Section s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("label", s.label());
            g.writeNumberField("level", s.level());
            g.writeStringField("title", s.title());
            g.writeStringField("kind", s.kind() == null ? null : s.kind().name());
            g.writeNumberField("start", s.heading().start());
            g.writeNumberField("end", s.heading().end());
            g.writeNumberField("bodyStart", s.bodyStart());
            g.writeNumberField("bodyEnd", s.bodyEnd());
            g.writeFieldName("sections");
            g.writeStartArray();
            for (Section child : s.sections()) {
                serialize(child, g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class DateMentionSerializer extends JsonSerializer<DateMention> {
        @Override
        public void serialize(DateMention d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            writeSpanFields(d.span(), g);
            DateValue v = d.value();
            g.writeStringField("value", v.timex());
            g.writeStringField("type", typeName(v));
            if (v.firstDay() != null) {
                g.writeStringField("firstDay", v.firstDay().toString());
            }
            if (v.lastDay() != null) {
                g.writeStringField("lastDay", v.lastDay().toString());
            }
            if (v.yearInferred()) {
                g.writeBooleanField("yearInferred", true);
            }
            g.writeEndObject();
        }

        private static String typeName(DateValue v) {
            String n = v.getClass().getSimpleName();
            n = n.endsWith("Value") ? n.substring(0, n.length() - "Value".length()) : n;
            return n.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static final class WarningSerializer extends JsonSerializer<ParseWarning> {
        @Override
        public void serialize(ParseWarning w, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            g.writeStringField("message", w.message());
            if (w.span() != null) {
                writeSpanFields(w.span(), g);
            }
            g.writeEndObject();
        }
    }

    /**
     * Records of the library that have a {@code span} component (a citation, a count) are written flat:
     * the span's {@code text}, {@code start} and {@code end}, then every other component by name, nulls
     * left out. New components appear in the output without further code.
     */
    private static final class SpannedRecordSerializers
            extends com.fasterxml.jackson.databind.ser.BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifySerializer(com.fasterxml.jackson.databind.SerializationConfig config,
                com.fasterxml.jackson.databind.BeanDescription desc, JsonSerializer<?> serializer) {
            Class<?> type = desc.getBeanClass();
            // a serializer of its own (DateMention, Section) stays
            if (serializer instanceof com.fasterxml.jackson.databind.ser.std.BeanSerializerBase
                    && type.isRecord() && type.getPackageName().startsWith("io.github.vanban") && hasSpan(type)) {
                return new SpannedRecordSerializer(type.getRecordComponents());
            }
            return serializer;
        }

        private static boolean hasSpan(Class<?> type) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("span") && c.getType() == Span.class) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class SpannedRecordSerializer extends JsonSerializer<Object> {
        private final RecordComponent[] components;

        SpannedRecordSerializer(RecordComponent[] components) {
            this.components = components;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            for (RecordComponent c : components) {
                Object v = get(c, value);
                if (c.getName().equals("span")) {
                    if (v != null) {
                        writeSpanFields((Span) v, g);
                    }
                } else if (v != null) {
                    p.defaultSerializeField(c.getName(), v, g);
                }
            }
            g.writeEndObject();
        }

        private static Object get(RecordComponent c, Object value) {
            try {
                return c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
    }
}
