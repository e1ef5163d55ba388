package nl.openbaar.shared;

/**
 * Input that cannot be accepted, with the name of the field at fault. The CLI turns it into exit code 2,
 * the REST API into 400, the web pages into a message beside the field. Nothing is written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message as a user sees it: the field first, so that a script's log says what to fix. */
    public String describe() {
        return field + ": " + getMessage();
    }
}
