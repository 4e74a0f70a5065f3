package io.github.vanban.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a UTF-8 text file for the command line, turning every failure into one plain sentence. */
final class TextFiles {

    private TextFiles() {
    }

    /** A file that could not be read, with the reason in words. */
    static final class UnreadableFileException extends Exception {
        UnreadableFileException(Path file, String reason) {
            super(file + ": " + reason);
        }
    }

    /** The text of {@code file}: strict UTF-8, a leading byte-order mark dropped. */
    static String readUtf8(Path file) throws UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(file, "is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, "permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException(file, "is empty");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, "is not valid UTF-8 (use 'vanban batch' for other encodings)");
        }
    }

    /** {@code NAME} of {@code dir/NAME.txt}: the file name without its last extension. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
