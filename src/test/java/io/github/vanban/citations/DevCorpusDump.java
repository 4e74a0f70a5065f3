package io.github.vanban.citations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vanban.Document;
import io.github.vanban.Vanban;
import io.github.vanban.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code {"documentDate", "documentNumber", "citations"}} for every dev document into
 * {@code target/dev-citations/NNN.json}, for {@code score.py}. Run:
 * {@code mvn -q -o test -Dtest=DevCorpusDump} then
 * {@code python3 ../shared/tools/score.py ../shared/corpus/dev target/dev-citations --errors}.
 */
public final class DevCorpusDump {

    private DevCorpusDump() {
    }

    /** The output fields of one citation, named as in the annotation guide. */
    static Map<String, Object> json(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.span().text());
        m.put("id", c.id());
        m.put("number", c.number());
        m.put("year", c.year());
        m.put("type", c.type());
        m.put("typeName", c.typeName());
        m.put("issuer", c.issuer());
        m.put("issuerName", c.issuerName());
        m.put("system", c.system().name());
        m.put("issuedOn", c.issuedOn() == null ? null : c.issuedOn().toString());
        m.put("issuingBody", c.issuingBody());
        m.put("title", c.title());
        return m;
    }

    @org.junit.jupiter.api.Test
    void dump() throws IOException {
        Vanban vanban = Vanban.create();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path out = Path.of("target/dev-citations");
        Files.createDirectories(out);
        for (String id : SharedCorpus.devIds()) {
            Document doc = vanban.parse(SharedCorpus.devText(id));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc", id);
            m.put("documentDate", doc.documentDate());
            m.put("documentNumber", doc.documentNumber());
            List<Object> cites = new ArrayList<>();
            doc.citations().forEach(c -> cites.add(json(c)));
            m.put("citations", cites);
            Map<String, Object> h = new LinkedHashMap<>();
            var hd = doc.header();
            h.put("family", hd.family());
            h.put("parentBody", hd.parentBody());
            h.put("issuingBody", hd.issuingBody());
            h.put("place", hd.place());
            h.put("type", hd.type());
            h.put("subject", hd.subject());
            h.put("recipients", hd.recipients());
            h.put("signer", hd.signer() == null ? null : List.of(String.valueOf(hd.signer().authority()),
                    String.valueOf(hd.signer().title()), String.valueOf(hd.signer().name())));
            h.put("webTitle", hd.webTitle());
            m.put("header", h);
            mapper.writeValue(out.resolve(id + ".json").toFile(), m);
        }
    }
}
