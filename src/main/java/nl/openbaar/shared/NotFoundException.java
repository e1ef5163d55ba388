package nl.openbaar.shared;

/** Something asked for by its public reference does not exist (or may not be seen by the caller). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
