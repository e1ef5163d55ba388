package nl.openbaar.inventory;

import java.util.Map;
import nl.openbaar.inventory.model.DocumentRedactions;

/**
 * The accepted redaction boxes of a request's documents, as the inventory needs them. The redaction capability
 * owns them; this is the smallest view the inventory depends on.
 */
public interface RedactionRegister {

    /** By document id; a document without accepted boxes may be absent. */
    Map<Long, DocumentRedactions> redactions(String kenmerk);
}
