package io.github.vanban.io;

/**
 * A document that could not be read, with a short reason code for counting and a message for people.
 * Reason codes: {@code unknown-format}, {@code corrupt}, {@code encrypted}, {@code empty},
 * {@code too-large}, {@code archive-limit}, {@code unsafe-path}, {@code truncated-archive},
 * {@code parser-error}, {@code io-error}.
 */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public ReadException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ReadException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The short reason code. */
    public String reason() {
        return reason;
    }
}
