package nl.openbaar.request.model;

/**
 * The requester. Personal data: shown to the case handler and in letters to the requester, never published
 * (the publication version of a letter leaves this block out).
 */
public record Verzoeker(String name, String address, String email, String phone) {

    public Verzoeker {
        name = trimToNull(name);
        address = trimToNull(address);
        email = trimToNull(email);
        phone = trimToNull(phone);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
