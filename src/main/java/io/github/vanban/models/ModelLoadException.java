package io.github.vanban.models;

/**
 * A model the library ships could not be read: its resource is missing from the class path or is not a
 * valid model. Thrown when the model is first loaded (when {@code Vanban} is created), never during a
 * parse.
 */
public final class ModelLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;

    public ModelLoadException(String resource, String message, Throwable cause) {
        super("cannot load model " + resource + ": " + message, cause);
        this.resource = resource;
    }

    /** The class-path location of the model that failed. */
    public String resource() {
        return resource;
    }
}
