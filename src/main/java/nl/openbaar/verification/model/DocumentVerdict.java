package nl.openbaar.verification.model;

import java.util.List;

/**
 * What the gate checked on one published PDF and what it found.
 *
 * @param document the public name of the document (its inventory number or file name in the package)
 * @param pages    pages checked
 * @param secrets  how many redacted texts were searched for
 * @param checks   the checks that ran
 * @param leaks    what was found; empty when the file may be published
 */
public record DocumentVerdict(String document, int pages, int secrets, List<String> checks, List<Leak> leaks) {

    public DocumentVerdict {
        checks = List.copyOf(checks);
        leaks = List.copyOf(leaks);
    }

    public boolean passed() {
        return leaks.isEmpty();
    }
}
