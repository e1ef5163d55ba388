package nl.openbaar.verification.model;

import java.time.Instant;
import java.util.List;

/** The gate's verdict on a whole publication: it may only be written when every document passed. */
public record VerificationReport(Instant checkedAt, List<DocumentVerdict> documents) {

    public VerificationReport {
        documents = List.copyOf(documents);
    }

    public boolean passed() {
        return documents.stream().allMatch(DocumentVerdict::passed);
    }

    public List<Leak> leaks() {
        return documents.stream().flatMap(d -> d.leaks().stream()).toList();
    }
}
