package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void parsePrintsOneJsonDocumentPerFile() throws Exception {
        Run r = run("parse", "samples/bao-cao-so-ket.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertTrue(doc.has("sections") && doc.has("dates") && doc.has("citations") && doc.has("counts"));
    }

    @Test
    void badFilesGetOneLineEachAndTheOthersAreStillParsed(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path latin = Files.write(dir.resolve("latin1.txt"), "Ng\u00E0y".getBytes(StandardCharsets.ISO_8859_1));
        Path good = Files.writeString(dir.resolve("good.txt"), "I. KẾT QUẢ\nNội dung.\n");
        Path out = dir.resolve("out");
        Run r = run("parse", "--output", out.toString(), dir.resolve("missing.txt").toString(), dir.toString(),
                empty.toString(), latin.toString(), good.toString());
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(4, lines.length, r.err());
        assertTrue(lines[0].contains("missing.txt") && lines[0].contains("no such file"), lines[0]);
        assertTrue(lines[1].contains("is a directory"), lines[1]);
        assertTrue(lines[2].contains("empty.txt") && lines[2].contains("empty"), lines[2]);
        assertTrue(lines[3].contains("latin1.txt") && lines[3].contains("UTF-8"), lines[3]);
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(Files.exists(out.resolve("good.json")));
    }

    @Test
    void evalRefusesAFolderWithoutGold(@TempDir Path dir) {
        Run r = run("eval", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no NNN.gold.json"), r.err());
    }
}
