package nl.openbaar.letter.render;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.shared.DutchDates;

/**
 * The inventory as an accessible PDF (PDF/A-2a + PDF/UA-1): a title, the number of documents per judgement, and
 * one table of all documents in inventory order with header cells, on landscape pages so the columns fit.
 */
public final class InventoryPdf {

    private InventoryPdf() {
    }

    public static byte[] of(Inventaris inv, String organisation) {
        return AccessiblePdf.render(html(inv, organisation));
    }

    static String html(Inventaris inv, String organisation) {
        String title = "Inventarislijst " + inv.kenmerk();
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(LetterHtml.esc(title)).append("</title>")
                .append("<meta name=\"author\" content=\"").append(LetterHtml.esc(organisation)).append("\"/>")
                .append("<meta name=\"subject\" content=\"Inventarislijst bij het besluit op ").append(LetterHtml.esc(inv.regime().shortName()))
                .append("-verzoek ").append(LetterHtml.esc(inv.kenmerk())).append("\"/>")
                .append("<style>").append(AccessiblePdf.css("inventaris.css")).append("</style></head><body>");
        h.append("<p class=\"organisation\">").append(LetterHtml.esc(organisation)).append("</p>");
        h.append("<h1>").append(LetterHtml.esc(title)).append("</h1>");
        h.append("<p>Bij het besluit op het ").append(inv.regime().shortName()).append("-verzoek met kenmerk ")
                .append(LetterHtml.esc(inv.kenmerk())).append(". ");
        if (inv.isEmpty()) {
            h.append("Er zijn geen documenten aangetroffen.</p>");
        } else {
            List<String> counts = new ArrayList<>();
            for (Beoordeling b : Beoordeling.values()) {
                int n = inv.count(b);
                if (n > 0) {
                    counts.add(b.phrase() + ": " + n);
                }
            }
            h.append(inv.lines().size()).append(inv.lines().size() == 1 ? " document" : " documenten").append(" (")
                    .append(LetterHtml.esc(String.join(", ", counts))).append(").</p>");
            h.append("<table><thead><tr>");
            for (String col : List.of("Nr.", "Datum", "Document", "Soort", "Beoordeling", "Grond", "Toelichting", "Vindplaats", "Familie",
                    "Gerelateerd")) {
                h.append("<th scope=\"col\">").append(col).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (InventoryLine l : inv.lines()) {
                h.append("<tr>");
                cell(h, l.id());
                cell(h, l.date() == null ? "" : DutchDates.short_(l.date()));
                cell(h, l.title());
                cell(h, l.fileType());
                cell(h, l.beoordeling().phrase() + (l.opgeschort() ? " (opgeschort)" : ""));
                cell(h, String.join("; ", l.grounds()));
                cell(h, l.toelichting());
                cell(h, String.join(" ", l.links()));
                cell(h, l.family() == null ? "" : String.format("%04d", l.family()));
                cell(h, l.relatedId());
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</body></html>").toString();
    }

    private static void cell(StringBuilder h, String v) {
        h.append("<td>").append(LetterHtml.esc(v)).append("</td>");
    }
}
