package nl.openbaar.redaction;

/** A document that could not be redacted; the message names the document and says why. Nothing was written. */
public class RedactionFailedException extends RuntimeException {

    private final String document;

    public RedactionFailedException(String document, String reason, Throwable cause) {
        super(document + ": " + reason, cause);
        this.document = document;
    }

    public String document() {
        return document;
    }
}
