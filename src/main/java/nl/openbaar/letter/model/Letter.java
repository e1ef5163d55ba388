package nl.openbaar.letter.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter ready to render: who sends it, to whom, the reference lines, the body in sections, and annexes that
 * start on a new page. Built by the composers from a case; rendered to PDF, DOCX or text.
 *
 * @param title       the document title (PDF metadata, first heading): never personal data
 * @param sender      the body's name, its return address and the lines of the contact column
 * @param recipient   the address block; empty in the anonymised version
 * @param references  "Datum", "Onderwerp", "Ons kenmerk" … in order
 * @param salutation  "Geachte …,"; in the anonymised version "Geachte" with the name gone (as seed 000)
 * @param anonymised  true for the version that is published
 * @param warnings    what a lawyer must look at before signing (a ground without a standard text …)
 */
public record Letter(
        LetterType type,
        String title,
        Sender sender,
        List<String> recipient,
        List<Reference> references,
        String salutation,
        List<Section> sections,
        List<Section> annexes,
        boolean anonymised,
        List<String> warnings) {

    public Letter {
        recipient = List.copyOf(recipient);
        references = List.copyOf(references);
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
        warnings = List.copyOf(warnings);
    }

    /** A line in the reference block: "Ons kenmerk" → "WOO-2026-0001". */
    public record Reference(String label, String value) {
    }

    /**
     * @param organisation  "Ministerie van …"
     * @param returnAddress "Postbus 20301 2500 EH Den Haag"
     * @param contactLines  the right-hand column: department, visiting address, website
     */
    public record Sender(String organisation, String returnAddress, List<String> contactLines) {
        public Sender {
            contactLines = List.copyOf(contactLines);
        }
    }

    /** The ids of the sections in order, annexes included: what tests check the order with. */
    public List<String> outline() {
        List<String> ids = new ArrayList<>();
        sections.forEach(s -> ids.add(s.id()));
        annexes.forEach(s -> ids.add(s.id()));
        return ids;
    }

    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .or(() -> annexes.stream().filter(s -> s.id().equals(id)).findFirst())
                .orElse(null);
    }
}
