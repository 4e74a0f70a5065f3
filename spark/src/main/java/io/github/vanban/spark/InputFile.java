package io.github.vanban.spark;

import java.io.Serializable;

/**
 * One file of the input, as the driver lists it.
 *
 * @param uri  where it is (any Hadoop file system: {@code file:}, {@code hdfs:}, {@code s3a:} ...)
 * @param name its name in the output, as {@code vanban batch} names it: the input folder's name and the path
 *             below it ({@code reports/2020/bc.txt}), or the file's name when it was given on its own
 * @param size its length in bytes
 */
record InputFile(String uri, String name, long size) implements Serializable {

    /** True for a ZIP archive, whose entries are the documents. */
    boolean isArchive() {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** The input file a document name comes from: the part before the first {@code !/}. */
    static String fileOf(String documentName) {
        int bang = documentName.indexOf("!/");
        return bang < 0 ? documentName : documentName.substring(0, bang);
    }
}
