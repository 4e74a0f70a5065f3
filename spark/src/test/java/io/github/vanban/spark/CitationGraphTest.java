package io.github.vanban.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.Vanban;
import io.github.vanban.citations.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citation graph as a user builds it in SQL: per cited document id, how many reports cite it; over the
 * function's output and over the job's output, against a count made from the library directly.
 */
class CitationGraphTest {

    /** The query of the README: reports per cited document. */
    static final String CITED_BY = """
            SELECT c.id AS cited, count(DISTINCT name) AS reports
            FROM reports LATERAL VIEW explode(doc.citations) t AS c
            WHERE c.id IS NOT NULL
            GROUP BY c.id""";

    private static SparkSession spark;
    private static Map<String, String> texts;
    private static Map<String, Long> expected;

    @BeforeAll
    static void countWithTheLibrary() {
        texts = new TreeMap<>();
        for (Path p : SharedCorpus.devTexts()) {
            try {
                texts.put("dev/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Vanban vanban = Vanban.create();
        Map<String, Set<String>> citedBy = new HashMap<>();
        long citations = 0;
        for (Map.Entry<String, String> t : texts.entrySet()) {
            for (Citation c : vanban.parse(t.getValue()).citations()) {
                citations++;
                if (c.id() != null) {
                    citedBy.computeIfAbsent(c.id(), k -> new HashSet<>()).add(t.getKey());
                }
            }
        }
        assumeTrue(!citedBy.isEmpty(), "the library finds no cited document ids in the " + texts.size()
                + " dev documents (" + citations + " citations in all), so there is no citation graph to compare");
        expected = new TreeMap<>();
        citedBy.forEach((id, reports) -> expected.put(id, (long) reports.size()));
        spark = LocalSpark.get();
        VanbanSpark.register(spark);
    }

    private static Map<String, Long> run(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : spark.sql(sql).collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        return counts;
    }

    @Test
    void reportsPerCitedDocumentFromTheFunctionMatchTheLibrary() {
        List<Row> rows = new ArrayList<>();
        texts.forEach((name, text) -> rows.add(RowFactory.create(name, text)));
        spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 3),
                        DataTypes.createStructType(List.of(
                                DataTypes.createStructField("name", DataTypes.StringType, false),
                                DataTypes.createStructField("text", DataTypes.StringType, false))))
                .createOrReplaceTempView("texts");
        spark.sql("CREATE OR REPLACE TEMP VIEW reports AS SELECT name, vanban_parse(text) AS doc FROM texts");
        assertEquals(expected, run(CITED_BY));
    }

    @Test
    void reportsPerCitedDocumentFromTheJobOutputMatchTheLibrary(@TempDir Path tmp) {
        Path out = tmp.resolve("reports");
        VanbanJob.run(spark, JobOptions.parse("--output", out.toString(), SharedCorpus.devDir().toString()));
        spark.read().parquet(out.toString()).createOrReplaceTempView("parsed");
        spark.sql("CREATE OR REPLACE TEMP VIEW reports AS "
                + "SELECT source.name AS name, struct(citations) AS doc FROM parsed WHERE error IS NULL");
        assertEquals(expected, run(CITED_BY));
    }
}
