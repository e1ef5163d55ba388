package nl.openbaar.letter.model;

import java.util.List;

/**
 * A part of a letter under one heading ("Procedure", "Besluit", "Overwegingen" …).
 *
 * @param id      a stable name for the part ("procedure", "grond:10.2.e", "bijlage-1"), for tests and editors
 * @param heading the printed heading; null for a part without one (the opening, the signature)
 * @param level   2 for a part of the letter, 3 for a part within the previous one (a ground in the considerations)
 */
public record Section(String id, String heading, int level, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public Section(String id, String heading, List<Block> blocks) {
        this(id, heading, 2, blocks);
    }

    /** All running text of this part, for search and tests. */
    public String text() {
        StringBuilder s = new StringBuilder(heading == null ? "" : heading + "\n");
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> s.append(p.text()).append('\n');
                case Block.ItemList l -> l.items().forEach(i -> s.append(i).append('\n'));
                case Block.SubHeading h -> s.append(h.text()).append('\n');
                case Block.Table t -> {
                    s.append(String.join(" | ", t.headers())).append('\n');
                    t.rows().forEach(r -> s.append(String.join(" | ", r)).append('\n'));
                }
                case Block.Signature sig -> sig.lines().forEach(l -> s.append(l).append('\n'));
            }
        }
        return s.toString();
    }
}
