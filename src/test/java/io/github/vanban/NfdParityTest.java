package io.github.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.json.DocumentJson;
import io.github.vanban.testing.SharedCorpus;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decomposed (NFD) input gives the same values as composed input, with every offset pointing into the
 * decomposed string.
 */
class NfdParityTest {

    private final Vanban vanban = Vanban.create();

    @Test
    void decomposedDevDocumentsGiveTheSameValuesWithOffsetsIntoTheirOwnText() {
        for (String id : SharedCorpus.devIds()) {
            String nfc = Normalizer.normalize(SharedCorpus.devText(id), Normalizer.Form.NFC);
            String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
            JsonNode a = DocumentJson.toTree(vanban.parse(nfc));
            JsonNode b = DocumentJson.toTree(vanban.parse(nfd));
            assertSpansInside(id, b, nfd);
            assertEquals(valuesOnly(a), valuesOnly(b), id);
        }
    }

    /** Every text/start/end triple in the output is the original's substring at those offsets. */
    static void assertSpansInside(String id, JsonNode node, String original) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && node.has("text")) {
                int s = node.get("start").asInt();
                int e = node.get("end").asInt();
                assertEquals(original.substring(s, e), node.get("text").asText(), id + " " + node);
            }
            node.forEach(child -> assertSpansInside(id, child, original));
        } else if (node.isArray()) {
            node.forEach(child -> assertSpansInside(id, child, original));
        }
    }

    /** The output without offsets, with texts composed: what must not depend on the input's normal form. */
    private static List<String> valuesOnly(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node.deepCopy(), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            o.remove(List.of("start", "end", "bodyStart", "bodyEnd"));
            o.fields().forEachRemaining(f -> {
                if (f.getValue().isValueNode()) {
                    out.add(f.getKey() + "=" + Normalizer.normalize(f.getValue().asText(), Normalizer.Form.NFC));
                } else {
                    out.add(f.getKey() + ":");
                    collect(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        } else {
            out.add(Normalizer.normalize(node.asText(), Normalizer.Form.NFC));
        }
    }
}
