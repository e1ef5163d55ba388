package nl.openbaar.inventory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.inventory.DocumentCatalogue;
import nl.openbaar.inventory.model.InventoryDocument;
import org.springframework.stereotype.Component;

/**
 * The inventory's view of the documents capability: every numbered document of the request (documents the case
 * handler excluded from the case have no number and are not listed). Families and threads are given by the
 * inventory number of their first document, so a reader of the list can follow them; a duplicate points at the
 * number of the document that was kept.
 */
@Component
class CollectedDocuments implements DocumentCatalogue {

    private final Documents documents;

    CollectedDocuments(Documents documents) {
        this.documents = documents;
    }

    @Override
    public List<InventoryDocument> documents(String kenmerk) {
        List<Document> all = documents.forRequest(kenmerk);
        Map<Long, Integer> numberOf = new HashMap<>();
        for (Document d : all) {
            if (d.inventoryNumber() != null) {
                numberOf.put(d.id(), d.inventoryNumber());
            }
        }
        return all.stream()
                .filter(d -> d.inventoryNumber() != null && d.included())
                .map(d -> new InventoryDocument(d.id(), d.inventoryNumber(), d.title(), d.fileName(), kind(d), d.date(),
                        numberOf.getOrDefault(d.familyId(), d.inventoryNumber()),
                        d.threadId() == null ? null : (long) numberOf.getOrDefault(d.threadId(), d.inventoryNumber()),
                        d.duplicateOf() == null ? null : numberOf.get(d.duplicateOf())))
                .toList();
    }

    /** The kind as the VWS file types name it; text files by their media type (html, xml, plain). */
    private static String kind(Document d) {
        if (d.kind() == DocumentKind.TEXT || d.kind() == DocumentKind.OTHER || d.kind() == DocumentKind.ARCHIVE) {
            return d.mediaType();
        }
        return d.kind().name().toLowerCase(Locale.ROOT);
    }
}
