package io.github.vanban.models;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the library's trained models live in the jar, and how they are read. Each model is read once by
 * its owner and shared: the model objects are immutable, while the OpenNLP tools built on them are not
 * thread-safe and are created per call.
 */
public final class ModelResources {

    /** Class-path folder of the models. */
    public static final String FOLDER = "/io/github/vanban/models/";
    /** The sentence model (OpenNLP {@code SentenceModel}). */
    public static final String SENTENCES = FOLDER + "vi-sentences.bin";
    /** The section-kind model (OpenNLP {@code DoccatModel}). */
    public static final String SECTION_KINDS = FOLDER + "vi-section-kinds.bin";

    private ModelResources() {
    }

    /** Reads a model from the class path, turning every failure into a {@link ModelLoadException}. */
    public static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = ModelResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException(resource, "no such resource on the class path", null);
            }
            return reader.read(in);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(resource, "not a valid model (" + e + ")", e);
        }
    }

    /** Reads one model from a stream, such as {@code SentenceModel::new}. */
    @FunctionalInterface
    public interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }
}
