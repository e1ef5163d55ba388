package nl.openbaar.letter.model;

import java.util.List;

/** A piece of a letter's body. Renderers (PDF, DOCX, text) walk these; none of them holds layout. */
public sealed interface Block {

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
    }

    /**
     * A list. NUMBERED counts 1, 2, 3; BULLETED marks each item; LABELLED items carry their own label, as the
     * parts of an article do ("a. de eenheid van de Kroon …").
     */
    record ItemList(Kind kind, List<String> items) implements Block {
        public enum Kind { NUMBERED, BULLETED, LABELLED }

        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** A heading inside a section (a ground in the considerations, an article in the annex). */
    record SubHeading(String text) implements Block {
    }

    /** A table with a header row; used for the inventory lists in the annexes. */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The signature: "De Minister van …,", "namens deze,", name, function. */
    record Signature(List<String> lines) implements Block {
        public Signature {
            lines = List.copyOf(lines);
        }
    }
}
