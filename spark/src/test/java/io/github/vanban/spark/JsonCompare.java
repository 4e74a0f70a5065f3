package io.github.vanban.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the library's JSON and the JSON of a Spark row into one comparable form: keys sorted, null fields
 * dropped (the library writes some nulls, Spark's JSON writer none), and a Spark row's flat sections
 * nested again by their {@code parent} index.
 */
final class JsonCompare {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JsonCompare() {
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** The library's JSON, normalised. */
    static String library(JsonNode tree) {
        return write(normalise(tree));
    }

    /** A Spark row's JSON, its flat sections nested again, normalised. */
    static String spark(String json) {
        JsonNode tree = read(json);
        if (tree instanceof ObjectNode o && o.get("sections") instanceof ArrayNode flat) {
            o.set("sections", nest(flat));
        }
        return write(normalise(tree));
    }

    private static ArrayNode nest(ArrayNode flat) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<ObjectNode> copies = new ArrayList<>();
        ArrayNode top = f.arrayNode();
        for (JsonNode s : flat) {
            ObjectNode copy = ((ObjectNode) s).deepCopy();
            JsonNode parent = copy.remove("parent");
            copy.set("sections", f.arrayNode());
            copies.add(copy);
            if (parent == null || parent.isNull()) {
                top.add(copy);
            } else {
                ((ArrayNode) copies.get(parent.intValue()).get("sections")).add(copy);
            }
        }
        return top;
    }

    private static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    sorted.put(e.getKey(), normalise(e.getValue()));
                }
            });
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(normalise(n)));
            return out;
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
