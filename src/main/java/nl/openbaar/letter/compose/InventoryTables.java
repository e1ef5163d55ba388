package nl.openbaar.letter.compose;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Section;
import nl.openbaar.shared.DutchDates;

/** The inventory lists as tables: in the decision's annexes and in the inventory PDF. */
public final class InventoryTables {

    private InventoryTables() {
    }

    public static Section annex(String heading, String id, List<InventoryLine> lines, Beoordeling beoordeling) {
        return new Section(id, heading, List.of(table(heading, lines, beoordeling)));
    }

    /** Columns per list, as seed 000's annexes: already public documents show where to find them. */
    public static Block.Table table(String caption, List<InventoryLine> lines, Beoordeling beoordeling) {
        List<String> headers = switch (beoordeling) {
            case REEDS_OPENBAAR -> List.of("Nr.", "Datum", "Document", "Vindplaats");
            case OPENBAAR -> List.of("Nr.", "Datum", "Document", "Soort", "Toelichting");
            default -> List.of("Nr.", "Datum", "Document", "Soort", "Grond", "Toelichting");
        };
        List<List<String>> rows = new ArrayList<>();
        for (InventoryLine l : lines) {
            String date = l.date() == null ? "" : DutchDates.short_(l.date());
            String remark = l.toelichting() == null ? "" : l.toelichting();
            rows.add(switch (beoordeling) {
                case REEDS_OPENBAAR -> List.of(l.id(), date, l.title(), String.join(" ", l.links()));
                case OPENBAAR -> List.of(l.id(), date, l.title(), l.fileType(), remark);
                default -> List.of(l.id(), date, l.title(), l.fileType(), String.join("; ", l.grounds()), remark);
            });
        }
        return new Block.Table(caption, headers, rows);
    }
}
