package nl.openbaar.document.internal;

/**
 * A document cannot be read, for a reason a case handler can act on ("versleuteld met een wachtwoord",
 * "beschadigd PDF-bestand"). The message is stored as the document's error reason, so it is Dutch and plain.
 */
public class ReadingException extends RuntimeException {

    public ReadingException(String message) {
        super(message);
    }

    public ReadingException(String message, Throwable cause) {
        super(message, cause);
    }
}
