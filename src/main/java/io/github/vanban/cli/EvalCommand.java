package io.github.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.vanban.Document;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.eval.Score;
import io.github.vanban.eval.Scorer;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban eval DIR}: parses every {@code NNN.txt} that has an {@code NNN.gold.json} beside it and
 * scores the output by the annotation guide's rules.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Parses every NNN.txt in DIR that has NNN.gold.json and prints precision, recall and F1 per field.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder of NNN.txt and NNN.gold.json")
    Path dir;

    @Option(names = "--errors", description = "also print every miss and false hit")
    boolean errors;

    @Option(names = "--output", paramLabel = "DIR", description = "also write the outputs as DIR/NNN.json")
    Path output;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "score the NNN.json files in this folder instead of parsing")
    Path predictions;

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "as for parse")
    LocalDate referenceDate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("vanban: " + dir + ": not a folder");
            return 2;
        }
        List<Path> golds;
        try (Stream<Path> list = Files.list(dir)) {
            golds = list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (golds.isEmpty()) {
            err.println("vanban: " + dir + ": no NNN.gold.json files");
            return 2;
        }
        if (output != null) {
            Files.createDirectories(output);
        }
        ObjectMapper mapper = new ObjectMapper();
        Vanban vanban = Vanban.create();
        ParseOptions options = ParseOptions.defaults().withReferenceDate(referenceDate);
        Scorer scorer = new Scorer();
        int failed = 0;
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString();
            String doc = name.substring(0, name.length() - ".gold.json".length());
            JsonNode gold = mapper.readTree(goldFile.toFile());
            JsonNode predicted = JsonNodeFactory.instance.objectNode();
            try {
                if (predictions != null) {
                    Path p = predictions.resolve(doc + ".json");
                    if (Files.exists(p)) {
                        predicted = mapper.readTree(p.toFile());
                    }
                } else {
                    String text = TextFiles.readUtf8(dir.resolve(doc + ".txt"));
                    Document parsed = vanban.parse(text, options);
                    String written = DocumentJson.write(parsed, false);
                    predicted = mapper.readTree(written);
                    if (output != null) {
                        Files.writeString(output.resolve(doc + ".json"), written + "\n", StandardCharsets.UTF_8);
                    }
                }
            } catch (TextFiles.UnreadableFileException e) {
                err.println("vanban: " + e.getMessage());
                failed++;
            }
            scorer.add(doc, gold, predicted);
        }
        if (errors) {
            scorer.errors().forEach(out::println);
        }
        if (json) {
            out.println(toJson(scorer, mapper));
        } else {
            for (String f : Scorer.FIELDS) {
                Score s = scorer.score(f);
                out.printf(Locale.ROOT, "%-12s P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)%n",
                        f, s.precision(), s.recall(), s.f1(), s.gold(), s.predicted());
            }
            out.printf(Locale.ROOT, "section kind accuracy: %s%n", fmt(scorer.kindAccuracy()));
            out.printf(Locale.ROOT, "documentDate accuracy: %s, documentNumber accuracy: %s%n",
                    fmt(scorer.headerAccuracy("documentDate")), fmt(scorer.headerAccuracy("documentNumber")));
            out.printf(Locale.ROOT, "documents: %d%n", golds.size());
        }
        return failed == 0 ? 0 : 1;
    }

    private static String toJson(Scorer scorer, ObjectMapper mapper) throws IOException {
        var root = mapper.createObjectNode();
        for (String f : Scorer.FIELDS) {
            Score s = scorer.score(f);
            var n = root.putObject(f);
            n.put("precision", round(s.precision()));
            n.put("recall", round(s.recall()));
            n.put("f1", round(s.f1()));
            n.put("gold", s.gold());
            n.put("predicted", s.predicted());
        }
        putRatio(root, "section_kind_accuracy", scorer.kindAccuracy());
        putRatio(root, "documentDate_accuracy", scorer.headerAccuracy("documentDate"));
        putRatio(root, "documentNumber_accuracy", scorer.headerAccuracy("documentNumber"));
        return mapper.writeValueAsString(root);
    }

    private static void putRatio(com.fasterxml.jackson.databind.node.ObjectNode root, String name, double v) {
        if (Double.isNaN(v)) {
            root.putNull(name);
        } else {
            root.put(name, round(v));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "None" : String.format(Locale.ROOT, "%.4f", round(v)).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
}
