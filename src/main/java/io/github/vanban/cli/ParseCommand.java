package io.github.vanban.cli;

import io.github.vanban.Document;
import io.github.vanban.ParseOptions;
import io.github.vanban.Vanban;
import io.github.vanban.json.DocumentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban parse FILE...}: the JSON of each file, on standard output or into a folder. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses UTF-8 text files and prints the JSON of each (or writes DIR/NAME.json with --output).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files")
    List<Path> files;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "the day relative dates count from, and the year for year-less dates when the document gives none")
    LocalDate referenceDate;

    @Option(names = "--sentences", description = "also split the text into sentences (the trained sentence model)")
    boolean sentences;

    @Option(names = "--pretty", description = "indent the JSON")
    boolean pretty;

    @Option(names = "--output", paramLabel = "DIR", description = "write DIR/NAME.json for each NAME.txt instead of printing")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Vanban vanban = Vanban.create();
        ParseOptions options = ParseOptions.defaults().withReferenceDate(referenceDate);
        if (sentences) {
            java.util.Set<io.github.vanban.Feature> all = java.util.EnumSet.copyOf(options.features());
            all.add(io.github.vanban.Feature.SENTENCES);
            options = new ParseOptions(referenceDate, all);
        }
        int failed = 0;
        if (output != null) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err.println("vanban: cannot create output folder " + output + ": " + e.getMessage());
                return 2;
            }
        }
        for (Path file : files) {
            try {
                String text = TextFiles.readUtf8(file);
                Document doc = vanban.parse(text, options);
                String json = DocumentJson.write(doc, pretty);
                if (output == null) {
                    out.println(json);
                } else {
                    Path target = output.resolve(TextFiles.baseName(file) + ".json");
                    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                }
            } catch (TextFiles.UnreadableFileException e) {
                err.println("vanban: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("vanban: " + file + ": cannot write output: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println("vanban: " + file + ": parser error: " + e);
                failed++;
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }
}
