package nl.openbaar.inventory;

import java.util.List;
import nl.openbaar.inventory.model.InventoryDocument;

/**
 * The documents of a request, as the inventory needs them. The documents capability owns them; this is the
 * smallest view the inventory depends on, implemented by an adapter on that capability's public API.
 */
public interface DocumentCatalogue {

    /** Every document collected for the request, duplicates included, in any order. */
    List<InventoryDocument> documents(String kenmerk);
}
