package io.github.vanban.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session ({@code local[2]}) for all the tests of this JVM. */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = SparkSession.builder()
                .appName("vanban-spark-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    static SparkSession get() {
        return Holder.SPARK;
    }
}
