package io.github.vanban.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import opennlp.tools.util.TrainingParameters;

/**
 * The data the models are trained and measured on: the texts of {@code ../shared/corpus} ({@code dev/},
 * and {@code train/} when present) and the stand-off annotations and held-out list in {@code models/}.
 */
public final class TrainingData {

    private final Path corpus;
    private final Path models;
    private final Set<String> heldOut;

    public TrainingData(Path corpus, Path models) {
        this.corpus = corpus;
        this.models = models;
        Set<String> ids = new TreeSet<>();
        for (String line : lines(models.resolve("held-out.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ids.add(line.strip());
            }
        }
        this.heldOut = Set.copyOf(ids);
    }

    /** The folder of the project's {@code models/}. */
    public Path models() {
        return models;
    }

    /** True when the document is held out of training. */
    public boolean isHeldOut(String id) {
        return heldOut.contains(id);
    }

    /** Ids of every document with a text in the corpus folders, sorted. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (String sub : List.of("dev", "train")) {
            Path dir = corpus.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .map(n -> n.substring(0, n.length() - 4)).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(null);
        return out;
    }

    /** The text of a document, as the library would be given it. */
    public String text(String id) {
        for (String sub : List.of("dev", "train")) {
            Path p = corpus.resolve(sub).resolve(id + ".txt");
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalArgumentException("no document " + id + " under " + corpus);
    }

    /** The gold JSON of a dev document, or null. */
    public Path gold(String id) {
        Path p = corpus.resolve("dev").resolve(id + ".gold.json");
        return Files.isRegularFile(p) ? p : null;
    }

    /** The non-comment lines of a TSV file split at tabs. */
    public static List<String[]> tsv(Path file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The training parameters of every model: maximum entropy fitted by L-BFGS with an L2 penalty of 0.3,
     * 300 iterations, cut-off 1, one thread; fixed so that retraining gives the same models.
     */
    public static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put("L1Cost", 0.0);
        p.put("L2Cost", 0.3);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }
}
