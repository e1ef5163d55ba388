package nl.openbaar.inventory.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.law.Regime;

/**
 * The inventory list of one request: a line per document in inventory-number order, and the problems found
 * when it was derived from the judgements and redactions.
 *
 * @param matter the request's kenmerk in the characters the VWS "Matter" column accepts
 */
public record Inventaris(String kenmerk, Regime regime, String matter, List<InventoryLine> lines, List<Inconsistency> problems) {

    public Inventaris {
        lines = lines.stream().sorted(Comparator.comparingInt(InventoryLine::number)).toList();
        problems = List.copyOf(problems);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<InventoryLine> with(Beoordeling beoordeling) {
        return lines.stream().filter(l -> l.beoordeling() == beoordeling).toList();
    }

    public int count(Beoordeling beoordeling) {
        return with(beoordeling).size();
    }

    /** The number of documents per judgement, every judgement present (zero when none). */
    public Map<Beoordeling, Integer> counts() {
        Map<Beoordeling, Integer> counts = new EnumMap<>(Beoordeling.class);
        for (Beoordeling b : Beoordeling.values()) {
            counts.put(b, count(b));
        }
        return counts;
    }

    /** Every ground applied in this request, in the order the lines give them (the law's order per line). */
    public Set<String> groundsUsed() {
        Set<String> used = new LinkedHashSet<>();
        for (InventoryLine l : lines) {
            used.addAll(l.grounds());
        }
        return used;
    }

    /** The judgements under which a ground was applied, in annex order. */
    public List<Beoordeling> judgementsWith(String ground) {
        List<Beoordeling> list = new ArrayList<>();
        for (Beoordeling b : Beoordeling.values()) {
            if (with(b).stream().anyMatch(l -> l.grounds().contains(ground))) {
                list.add(b);
            }
        }
        return list;
    }
}
