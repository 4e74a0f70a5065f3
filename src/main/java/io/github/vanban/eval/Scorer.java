package io.github.vanban.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores the library's JSON output against gold files by the rules of the annotation guide: sections
 * match on label, level and the first 30 case-folded characters of the title; dates on equal values with
 * overlapping texts; citations as a multiset of canonical ids (named statutes by title); counts as a
 * multiset of (value, unit). Section kinds are scored over matched level-1 headings, and
 * {@code documentDate}/{@code documentNumber} as accuracy over the documents whose gold gives them.
 *
 * <p>One scorer adds up any number of documents; not thread-safe.
 */
public final class Scorer {

    /** The fields scored as precision, recall and F1, in report order. */
    public static final List<String> FIELDS = List.of("sections", "dates", "citations", "counts", "count_values");

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Score> totals = new LinkedHashMap<>();
    private int kindCorrect;
    private int kindTotal;
    private final Map<String, int[]> headerAccuracy = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    public Scorer() {
        for (String f : FIELDS) {
            totals.put(f, new Score(0, 0, 0));
        }
        headerAccuracy.put("documentDate", new int[2]);
        headerAccuracy.put("documentNumber", new int[2]);
    }

    /** Adds one document: its gold annotations and the library's output (an empty object if none). */
    public void add(String doc, JsonNode gold, JsonNode predicted) {
        scoreHeader(doc, gold, predicted);
        scoreSections(doc, gold, predicted);
        scoreDates(doc, gold, predicted);
        List<String> gc = map(gold.path("citations"), Scorer::citationKey);
        List<String> pc = map(predicted.path("citations"), Scorer::citationKey);
        add("citations", doc, "citation", gc, pc);
        Function<JsonNode, String> countKey = c -> c.path("value").asText() + " " + fold(c.path("unit").asText(""));
        add("counts", doc, "count", map(gold.path("counts"), countKey), map(predicted.path("counts"), countKey));
        Function<JsonNode, String> valueKey = c -> c.path("value").asText();
        add("count_values", doc, null, map(gold.path("counts"), valueKey), map(predicted.path("counts"), valueKey));
    }

    /** Precision, recall and F1 of a field of {@link #FIELDS}. */
    public Score score(String field) {
        return totals.get(field);
    }

    /** Share of matched level-1 headings whose kind is right, or NaN when none matched. */
    public double kindAccuracy() {
        return kindTotal == 0 ? Double.NaN : (double) kindCorrect / kindTotal;
    }

    /** Accuracy of {@code documentDate} or {@code documentNumber} over the documents whose gold gives it. */
    public double headerAccuracy(String field) {
        int[] a = headerAccuracy.get(field);
        return a[1] == 0 ? Double.NaN : (double) a[0] / a[1];
    }

    /** Every miss and false hit seen, one line each, as {@code score.py --errors} prints them. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    private void scoreHeader(String doc, JsonNode gold, JsonNode predicted) {
        for (String f : headerAccuracy.keySet()) {
            JsonNode g = gold.path(f);
            if (g.isNull() || g.isMissingNode() || g.asText().isEmpty()) {
                continue;
            }
            String p = predicted.path(f).isTextual() ? predicted.path(f).asText() : "";
            boolean ok = f.equals("documentNumber")
                    ? !p.isEmpty() && canonicalId(g.asText()).equals(canonicalId(p))
                    : g.asText().equals(p);
            int[] a = headerAccuracy.get(f);
            a[1]++;
            if (ok) {
                a[0]++;
            } else {
                errors.add(doc + " " + f + ": gold " + g.asText() + " got " + (p.isEmpty() ? "null" : p));
            }
        }
    }

    private void scoreSections(String doc, JsonNode gold, JsonNode predicted) {
        List<JsonNode> gs = new ArrayList<>();
        gold.path("sections").forEach(gs::add);
        List<JsonNode> ps = new ArrayList<>();
        flatten(predicted.path("sections"), ps);
        add("sections", doc, "section", map(gs, Scorer::sectionKey), map(ps, Scorer::sectionKey));
        Map<String, String> predictedKind = new HashMap<>();
        for (JsonNode s : ps) {
            predictedKind.putIfAbsent(sectionKey(s), s.path("kind").asText(null));
        }
        for (JsonNode s : gs) {
            String key = sectionKey(s);
            if (s.path("level").asInt() == 1 && predictedKind.containsKey(key)) {
                kindTotal++;
                String want = s.path("kind").asText(null);
                String got = predictedKind.get(key);
                if (want != null && want.equals(got)) {
                    kindCorrect++;
                } else {
                    errors.add(doc + " section kind: " + s.path("label").asText() + " '"
                            + truncate(s.path("title").asText(), 40) + "' gold " + want + " got " + got);
                }
            }
        }
    }

    private void scoreDates(String doc, JsonNode gold, JsonNode predicted) {
        List<JsonNode> pd = new ArrayList<>();
        predicted.path("dates").forEach(pd::add);
        boolean[] used = new boolean[pd.size()];
        int correct = 0;
        int goldCount = 0;
        for (JsonNode g : gold.path("dates")) {
            goldCount++;
            String gt = fold(g.path("text").asText());
            String gv = g.path("value").asText();
            int hit = -1;
            for (int j = 0; j < pd.size() && hit < 0; j++) {
                if (used[j] || !gv.equals(pd.get(j).path("value").asText(null))) {
                    continue;
                }
                String pt = fold(pd.get(j).path("text").asText(""));
                if (!pt.isEmpty() && (gt.contains(pt) || pt.contains(gt))) {
                    hit = j;
                }
            }
            if (hit < 0) {
                errors.add(doc + " date missed: '" + g.path("text").asText() + "' = " + gv);
            } else {
                used[hit] = true;
                correct++;
            }
        }
        for (int j = 0; j < pd.size(); j++) {
            if (!used[j]) {
                errors.add(doc + " date extra:  '" + pd.get(j).path("text").asText() + "' = "
                        + pd.get(j).path("value").asText());
            }
        }
        totals.merge("dates", new Score(correct, goldCount, pd.size()), Score::plus);
    }

    private void add(String field, String doc, String what, List<String> gold, List<String> predicted) {
        Map<String, Integer> remaining = new HashMap<>();
        for (String k : gold) {
            remaining.merge(k, 1, Integer::sum);
        }
        int correct = 0;
        List<String> extra = new ArrayList<>();
        for (String k : predicted) {
            Integer n = remaining.get(k);
            if (n != null && n > 0) {
                remaining.put(k, n - 1);
                correct++;
            } else {
                extra.add(k);
            }
        }
        if (what != null) {
            for (String k : gold) {
                Integer n = remaining.get(k);
                if (n != null && n > 0) {
                    remaining.put(k, n - 1);
                    errors.add(doc + " " + what + " missed: " + k);
                }
            }
            for (String k : extra) {
                errors.add(doc + " " + what + " extra:  " + k);
            }
        }
        totals.merge(field, new Score(correct, gold.size(), predicted.size()), Score::plus);
    }

    private static void flatten(JsonNode sections, List<JsonNode> into) {
        for (JsonNode s : sections) {
            into.add(s);
            flatten(s.has("sections") ? s.path("sections") : s.path("children"), into);
        }
    }

    private static List<String> map(JsonNode array, Function<JsonNode, String> key) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(key.apply(n)));
        return out;
    }

    private static List<String> map(List<JsonNode> nodes, Function<JsonNode, String> key) {
        return nodes.stream().map(key).toList();
    }

    static String sectionKey(JsonNode s) {
        return s.path("label").asText("").strip() + " | " + s.path("level").asInt() + " | "
                + truncate(fold(s.path("title").asText("")), 30);
    }

    static String citationKey(JsonNode c) {
        JsonNode id = c.path("id");
        if (id.isTextual() && !id.asText().isEmpty()) {
            return "id:" + canonicalId(id.asText());
        }
        String title = c.path("title").isTextual() ? c.path("title").asText() : c.path("text").asText("");
        return "title:" + fold(title);
    }

    static String canonicalId(String id) {
        return norm(id).replace(" ", "").replace("TƯ", "TW").toUpperCase(Locale.ROOT);
    }

    static String norm(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Python's {@code str.casefold} for the letters that occur here: lower case, and ß as ss. */
    static String fold(String s) {
        return norm(s).toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
