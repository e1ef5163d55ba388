package nl.openbaar.letter.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Weigeringsgrond;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Section;

/**
 * The considerations for one ground, chosen from what its boxes hold: the statute and the weighing that hold for
 * every case, then one part per group of documents — the documents whose boxes under this ground cover the same
 * kinds of data ("namen en telefoonnummers"), and those withheld entirely — each with the reasoning for exactly
 * those kinds. A kind without a standard reasoning under this ground (a box the reviewer drew over a delivery date
 * under 5.1.2f) gets a marked place for the lawyer to write it, never another kind's stock text.
 */
final class GroundReasoning {

    /** What the draft shows where the lawyer must still write; signing is refused while it is there. */
    static final String TO_WRITE = "«";

    private final Phrases ph;
    private final Inventaris inv;
    private final Map<Long, DocumentRedactions> boxes;
    private final Map<Beoordeling, Integer> annexOf;

    GroundReasoning(Phrases ph, Inventaris inv, Map<Long, DocumentRedactions> boxes, Map<Beoordeling, Integer> annexOf) {
        this.ph = ph;
        this.inv = inv;
        this.boxes = boxes;
        this.annexOf = annexOf;
    }

    /** A group of documents under one ground: their lines and what the boxes cover (empty for whole documents). */
    record Group(List<InventoryLine> lines, List<String> kinds, boolean whole) {
    }

    /** The ground's own part, followed by one part per group. */
    List<Section> sections(Weigeringsgrond g) {
        List<InventoryLine> lines = inv.lines().stream().filter(l -> l.grounds().contains(g.code())).toList();
        String key = "grond." + g.code();
        String heading = ph.has(key + ".kop") ? ph.text(key + ".kop") : g.labelNl() + " (artikel " + g.code() + " " + g.regime().shortName() + ")";
        String caseText = ph.raw(key + ".zaak");
        String[] values = {"citaat", g.citation(), "bijlagen", annexes(lines), "nummers", Words.numbers(numbers(lines)), "zaakmotivering", null};
        String filledCase = caseText.isBlank() ? null : ph.text(key + ".zaak", values);
        values[7] = filledCase;

        List<Block> own = new ArrayList<>();
        if (ph.has(key)) {
            own.addAll(ph.blocks(key, values));
            if (!ph.raw(key).contains("{zaakmotivering}") && filledCase != null) {
                own.addAll(Phrases.split(filledCase));
            }
        } else {
            String statute = g.aanhef() == null ? g.text() : g.aanhef() + " " + g.text();
            own.add(new Block.Paragraph("Op grond van " + g.citation() + " geldt: \"" + statute.strip() + "\""));
            if (filledCase != null) {
                own.addAll(Phrases.split(filledCase));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("grond:" + g.code(), heading, 3, own));
        int n = 0;
        for (Group group : groups(g, lines)) {
            sections.add(groupSection(g, group, ++n, filledCase != null));
        }
        return sections;
    }

    /** Documents with the same kinds of data under this ground form a group; whole documents form their own. */
    List<Group> groups(Weigeringsgrond g, List<InventoryLine> lines) {
        List<String> order = kindOrder();
        Map<List<String>, List<InventoryLine>> byKinds = new LinkedHashMap<>();
        List<InventoryLine> whole = new ArrayList<>();
        for (InventoryLine l : lines) {
            if (l.beoordeling() == Beoordeling.NIET_OPENBAAR) {
                whole.add(l);
                continue;
            }
            Set<String> kinds = new LinkedHashSet<>();
            DocumentRedactions r = boxes.get(l.documentId());
            if (r != null) {
                for (DocumentRedactions.Mark m : r.boxes()) {
                    if (g.code().equals(m.ground())) {
                        kinds.add(kind(m.category()));
                    }
                }
            }
            if (kinds.isEmpty()) {
                kinds.add("onbekend");
            }
            List<String> sorted = kinds.stream().sorted(Comparator.comparingInt(k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k)))
                    .toList();
            byKinds.computeIfAbsent(sorted, k -> new ArrayList<>()).add(l);
        }
        List<Group> groups = new ArrayList<>();
        byKinds.forEach((kinds, ls) -> groups.add(new Group(ls, kinds, false)));
        if (!whole.isEmpty()) {
            groups.add(new Group(whole, List.of(), true));
        }
        groups.sort(Comparator.comparingInt(gr -> gr.lines().get(0).number()));
        return groups;
    }

    private Section groupSection(Weigeringsgrond g, Group group, int n, boolean caseTextGiven) {
        List<Integer> numbers = numbers(group.lines());
        String documents = (numbers.size() == 1 ? "document " : "de documenten ") + Words.numbers(numbers);
        String heading = (numbers.size() == 1 ? "Document " : "Documenten ") + Words.numbers(numbers);
        String[] values = {"documenten", documents, "documentenkop", heading, "bijlagen", annexes(group.lines()), "citaat", g.citation(),
            "gegevens", Words.join(group.kinds().stream().map(this::kindWords).toList())};
        List<Block> blocks = new ArrayList<>(ph.blocks(group.whole() ? "grond.groep.geheel" : "grond.groep.deels", values));
        boolean missing = false;
        if (group.whole()) {
            List<InventoryLine> explained = group.lines().stream().filter(l -> l.toelichting() != null && !l.toelichting().isBlank()).toList();
            for (InventoryLine l : explained) {
                blocks.addAll(ph.blocks("grond.groep.toelichting", "nummer", Integer.toString(l.number()), "toelichting", l.toelichting().strip()));
            }
            missing = explained.size() < group.lines().size();
        } else {
            for (String kind : group.kinds()) {
                String key = "grond." + g.code() + "." + kind;
                if (ph.has(key)) {
                    blocks.addAll(ph.blocks(key, values));
                } else {
                    missing = true;
                }
            }
        }
        if (missing && !caseTextGiven) {
            blocks.addAll(ph.blocks("grond.groep.motivering-ontbreekt", values));
            ph.warn("Grond " + g.code() + ", " + documents + ": er is geen standaardmotivering voor wat hier niet openbaar is"
                    + (group.whole() ? " (geheel geweigerd)" : " (" + String.join(", ", group.kinds()) + ")")
                    + "; schrijf de motivering in het concept.");
        }
        return new Section("grond:" + g.code() + ":" + n, ph.text("kop.groep", values), 4, blocks);
    }

    /** "PERSON_NAME" → "person-name", "handmatig" → "handmatig"; the key part of the texts. */
    static String kind(String category) {
        if (category == null || category.isBlank()) {
            return "onbekend";
        }
        String k = category.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return k.isEmpty() ? "onbekend" : k;
    }

    private String kindWords(String kind) {
        String words = ph.raw("gegevens." + kind);
        return words.isBlank() ? ph.raw("gegevens.handmatig").isBlank() ? kind : ph.text("gegevens.handmatig") : ph.text("gegevens." + kind);
    }

    /** The kinds in the order of the [gegevens.*] texts. */
    private List<String> kindOrder() {
        return ph.keys().stream().filter(k -> k.startsWith("gegevens.")).map(k -> k.substring("gegevens.".length())).distinct().toList();
    }

    private String annexes(List<InventoryLine> lines) {
        Set<Beoordeling> judged = new LinkedHashSet<>();
        for (Beoordeling b : Beoordeling.values()) {
            if (lines.stream().anyMatch(l -> l.beoordeling() == b) && annexOf.containsKey(b)) {
                judged.add(b);
            }
        }
        return Words.join(judged.stream().map(b -> "bijlage " + annexOf.get(b) + " (" + b.label() + ")").toList());
    }

    private static List<Integer> numbers(List<InventoryLine> lines) {
        return lines.stream().map(InventoryLine::number).toList();
    }
}
