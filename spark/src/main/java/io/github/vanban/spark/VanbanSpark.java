package io.github.vanban.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * vanban as a Spark function, for the DataFrame API and SQL.
 *
 * <pre>{@code
 * VanbanSpark.register(spark);                       // SQL: vanban_parse(text)
 * Dataset<Row> docs = texts.withColumn("doc", VanbanSpark.parse(col("text")));
 * spark.sql("SELECT doc.documentNumber, c.id FROM reports LATERAL VIEW explode(doc.citations) t AS c");
 * }</pre>
 *
 * <p>The result is a struct of {@link DocumentSchema#DOCUMENT}. Each executor JVM parses with one
 * {@link io.github.vanban.Vanban}, created on first use ({@link ExecutorVanban}).
 */
public final class VanbanSpark {

    /** The name the SQL function is registered under. */
    public static final String FUNCTION_NAME = "vanban_parse";

    private VanbanSpark() {
    }

    /** The function, relative dates counted from each document's own date. */
    public static UserDefinedFunction function() {
        return function(null);
    }

    /** The function, relative dates counted from {@code referenceDate} (null: each document's own date). */
    public static UserDefinedFunction function(LocalDate referenceDate) {
        return functions.udf(new ParseFunction(referenceDate), DocumentSchema.DOCUMENT)
                .withName(FUNCTION_NAME);
    }

    /** {@code text} parsed: a struct column of the document. */
    public static Column parse(Column text) {
        return function().apply(text);
    }

    /** Registers {@code vanban_parse(text)} for SQL in {@code spark} and returns the function. */
    public static UserDefinedFunction register(SparkSession spark) {
        return spark.udf().register(FUNCTION_NAME, function());
    }

    /** The type of what the function returns. */
    public static StructType schema() {
        return DocumentSchema.DOCUMENT;
    }
}
