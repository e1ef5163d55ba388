package nl.openbaar.shared;

/** The acting account may not do this (not on the case team, lacking the role, the second pair of eyes): web and API 403, CLI exit 2. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
