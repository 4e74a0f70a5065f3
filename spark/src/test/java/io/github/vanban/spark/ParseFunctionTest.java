package io.github.vanban.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.Vanban;
import io.github.vanban.json.DocumentJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code vanban_parse(text)} from the DataFrame API and SQL, against the library's own output. */
class ParseFunctionTest {

    private static final StructType TEXTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, true)));

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.get();
        VanbanSpark.register(spark);
    }

    /** The dev documents as (name, text), spread over several partitions. */
    private static Map<String, String> devTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path p : SharedCorpus.devTexts()) {
            try {
                texts.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static Dataset<Row> frame(Map<String, String> texts) {
        List<Row> rows = new ArrayList<>();
        texts.forEach((name, text) -> rows.add(RowFactory.create(name, text)));
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 4), TEXTS);
    }

    @Test
    void dataFrameFunctionGivesTheLibrarysDocumentForEveryDevText() {
        Map<String, String> texts = devTexts();
        assertFalse(texts.isEmpty());
        List<Row> out = frame(texts)
                .select(col("name"), to_json(VanbanSpark.parse(col("text"))).as("json"))
                .collectAsList();
        assertEquals(texts.size(), out.size());
        Vanban vanban = Vanban.create();
        for (Row r : out) {
            String name = r.getString(0);
            String expected = JsonCompare.library(DocumentJson.toTree(vanban.parse(texts.get(name))));
            assertEquals(expected, JsonCompare.spark(r.getString(1)), name);
        }
    }

    @Test
    void sqlFunctionGivesTheLibrarysDocumentForEveryDevText() {
        Map<String, String> texts = devTexts();
        frame(texts).createOrReplaceTempView("texts");
        List<Row> out = spark.sql("SELECT name, to_json(vanban_parse(text)) AS json FROM texts").collectAsList();
        Vanban vanban = Vanban.create();
        for (Row r : out) {
            String name = r.getString(0);
            var doc = vanban.parse(texts.get(name));
            assertEquals(JsonCompare.library(DocumentJson.toTree(doc)), JsonCompare.spark(r.getString(1)), name);
        }
    }

    @Test
    void datesCarryTheirIsoValueAndFirstAndLastDayAsDates() {
        Dataset<Row> one = frame(Map.of("one", "Hà Nội, ngày 16 tháng 7 năm 2020\nBÁO CÁO\nTrong quý II năm 2020, ..."));
        one.createOrReplaceTempView("one");
        List<Row> dates = spark.sql("SELECT d.value, d.type, d.firstDay, d.lastDay FROM one "
                + "LATERAL VIEW explode(vanban_parse(text).dates) t AS d").collectAsList();
        var expected = Vanban.create().parse("Hà Nội, ngày 16 tháng 7 năm 2020\nBÁO CÁO\nTrong quý II năm 2020, ...").dates();
        assertEquals(expected.size(), dates.size());
        for (int i = 0; i < dates.size(); i++) {
            var v = expected.get(i).value();
            assertEquals(v.timex(), dates.get(i).getString(0));
            assertEquals(v.firstDay(), dates.get(i).get(2) == null ? null : ((java.sql.Date) dates.get(i).get(2)).toLocalDate());
            assertEquals(v.lastDay(), dates.get(i).get(3) == null ? null : ((java.sql.Date) dates.get(i).get(3)).toLocalDate());
        }
    }

    @Test
    void nullTextGivesNullDocument() {
        List<Row> out = frame(java.util.Collections.singletonMap("none", null))
                .select(VanbanSpark.parse(col("text"))).collectAsList();
        assertEquals(1, out.size());
        assertNull(out.get(0).get(0));
    }

    @Test
    void functionClosureCarriesNoParserAndExecutorsCreateOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ParseFunction(null));
        }
        assertTrue(bytes.size() < 1_000, "the function serialises to " + bytes.size() + " bytes");
        frame(Map.of("a", "Số: 05/BC-UBND", "b", "ngày 2 tháng 7 năm 2020", "c", "Quý I"))
                .select(VanbanSpark.parse(col("text"))).collectAsList();
        assertEquals(1, ExecutorVanban.instancesCreated(), "one parser for this JVM's tasks");
    }
}
