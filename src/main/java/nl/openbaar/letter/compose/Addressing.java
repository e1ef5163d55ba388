package nl.openbaar.letter.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;
import nl.openbaar.request.model.Verzoeker;

/**
 * Who a letter goes to, how it greets, and the published version: the requester's name, address and contact
 * data removed everywhere (seed 000 is published with "Geachte" and the name gone).
 */
final class Addressing {

    private Addressing() {
    }

    static List<String> recipient(CaseFile file) {
        if (file.anonymised()) {
            return List.of();
        }
        Verzoeker who = file.view().verzoek().verzoeker();
        List<String> lines = new ArrayList<>();
        lines.add(who.name());
        if (who.address() != null) {
            for (String part : who.address().split("\\s*[,\\n]\\s*")) {
                if (!part.isBlank()) {
                    lines.add(part.strip());
                }
            }
        } else if (who.email() != null) {
            lines.add(who.email());
        }
        return lines;
    }

    static String salutation(Phrases ph, CaseFile file) {
        return file.anonymised() ? ph.text("aanhef.geanonimiseerd") : ph.text("aanhef");
    }

    /**
     * Every text of the letter with the requester's personal data replaced: the name by {@code asName} ("de
     * verzoeker"), the address, its parts, e-mail and phone by nothing. Applied after composing, so a case text
     * or an item that names the requester cannot leak into the published version.
     */
    static Letter scrub(Letter letter, Verzoeker who, String asName) {
        List<Pattern> name = new ArrayList<>();
        List<Pattern> other = new ArrayList<>();
        if (who.name() != null) {
            name.add(literal(who.name()));
        }
        List<String> contact = new ArrayList<>();
        if (who.address() != null) {
            contact.add(who.address());
            for (String part : who.address().split("\\s*[,\\n]\\s*")) {
                if (part.strip().length() >= 4) {
                    contact.add(part.strip());
                }
            }
        }
        if (who.email() != null) {
            contact.add(who.email());
        }
        if (who.phone() != null) {
            contact.add(who.phone());
            contact.add(who.phone().replaceAll("[\\s-]", ""));
        }
        contact.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).forEach(c -> other.add(literal(c)));
        java.util.function.UnaryOperator<String> clean = s -> {
            if (s == null) {
                return null;
            }
            String out = s;
            for (Pattern p : other) {
                out = p.matcher(out).replaceAll("");
            }
            for (Pattern p : name) {
                out = p.matcher(out).replaceAll(Matcher.quoteReplacement(asName));
            }
            return out;
        };
        return new Letter(letter.type(), clean.apply(letter.title()), letter.sender(), List.of(),
                letter.references().stream().map(r -> new Letter.Reference(r.label(), clean.apply(r.value()))).toList(),
                clean.apply(letter.salutation()), scrub(letter.sections(), clean), scrub(letter.annexes(), clean), true,
                letter.warnings());
    }

    private static List<Section> scrub(List<Section> sections, java.util.function.UnaryOperator<String> clean) {
        return sections.stream().map(s -> new Section(s.id(), clean.apply(s.heading()), s.level(), s.blocks().stream()
                .map(b -> (Block) switch (b) {
                    case Block.Paragraph p -> new Block.Paragraph(clean.apply(p.text()));
                    case Block.ItemList l -> new Block.ItemList(l.kind(), l.items().stream().map(clean).toList());
                    case Block.SubHeading h -> new Block.SubHeading(clean.apply(h.text()));
                    case Block.Table t -> new Block.Table(clean.apply(t.caption()), t.headers(),
                            t.rows().stream().map(r -> r.stream().map(clean).toList()).toList());
                    case Block.Signature sig -> sig;
                }).toList())).toList();
    }

    private static Pattern literal(String s) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
