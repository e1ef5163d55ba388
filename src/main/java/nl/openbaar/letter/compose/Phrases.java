package nl.openbaar.letter.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.law.Regime;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Template;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.organisation.model.Organisation;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.DutchDates;

/**
 * The texts of one letter for one case: looks a key up for the case's regime, fills it with the values every
 * letter knows plus those of the text, and splits it into paragraphs and lists. Collects the warnings a lawyer
 * must see before signing.
 */
final class Phrases {

    private final TextCatalogue texts;
    private final Regime regime;
    private final Map<String, String> base = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Organisation organisation;
    private final String department;

    Phrases(CaseFile file) {
        this.texts = file.texts();
        Verzoek v = file.view().verzoek();
        this.regime = v.regime();
        base.put("kenmerk", v.kenmerk());
        base.put("regime", regime.shortName());
        base.put("wet", regime.fullName());
        base.put("onderwerp", v.bestuurlijkeAangelegenheid());
        base.put("ontvangstdatum", DutchDates.long_(v.receivedDate()));
        base.put("briefdatum", v.letterDate() == null ? null : DutchDates.long_(v.letterDate()));
        base.put("uwstuk", yourLetter(v.channel()));
        base.put("datum", DutchDates.long_(file.date()));
        base.put("afdeling", v.organisation());
        base.put("verzoeker", file.anonymised() ? raw("verzoeker.geanonimiseerd") : v.verzoeker().name());
        base.put("termijn", file.firstTerm() == null ? null : DutchDates.long_(file.firstTerm()));
        // The body's own names come from the settings, never from a text: the letterhead, the signature and the
        // portal must name the same organisation.
        Organisation org = file.organisation();
        this.organisation = org;
        this.department = v.organisation();
        base.put("organisatie", org.name());
        base.put("organisatiekort", org.shortName());
        base.put("mijnorganisatie", org.possessive());
        base.put("website", org.website());
    }

    Regime regime() {
        return regime;
    }

    /** The raw text of a key, or "" when absent. */
    String raw(String key) {
        return texts.find(key, regime).orElse("");
    }

    /** Every key of the texts in force (the regime suffix left on). */
    java.util.Set<String> keys() {
        return texts.keys();
    }

    boolean has(String key) {
        return !raw(key).isBlank();
    }

    /** A filled text; {@code values} alternate place name and value. */
    String text(String key, String... values) {
        return Template.fill(raw(key), values(values), key).strip();
    }

    /** A filled text as blocks: paragraphs split on blank lines, "- " lines as a list. */
    List<Block> blocks(String key, String... values) {
        return split(text(key, values));
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    List<String> warnings() {
        return warnings;
    }

    Letter.Sender sender() {
        return new Letter.Sender(organisation.name(), organisation.returnAddress() == null ? "" : organisation.returnAddress(),
                organisation.contactLines(department));
    }

    /** The signature from the settings; a letter without a signer's name is not ready to sign. */
    List<String> signature() {
        if (!organisation.signer().named()) {
            warn("De naam van de ondertekenaar is niet ingesteld (instelling openbaar.organisation.signer.name);"
                    + " vul de ondertekening in voordat u ondertekent.");
        }
        return organisation.signatureLines();
    }

    /** Whom an objection is addressed to (from the settings). */
    String objectionAddress() {
        return organisation.objectionAddress();
    }

    static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String para : text.split("\\n\\s*\\n")) {
            String p = para.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<String> lines = Arrays.stream(p.split("\n")).map(String::strip).toList();
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                blocks.add(new Block.ItemList(Block.ItemList.Kind.BULLETED, lines.stream().map(l -> l.substring(2).strip()).toList()));
            } else if (lines.stream().allMatch(l -> l.matches("\\d+\\.\\s.*"))) {
                blocks.add(new Block.ItemList(Block.ItemList.Kind.NUMBERED, lines.stream().map(l -> l.replaceFirst("^\\d+\\.\\s+", "")).toList()));
            } else {
                blocks.add(new Block.Paragraph(String.join(" ", lines)));
            }
        }
        return blocks;
    }

    private Map<String, String> values(String... pairs) {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static String yourLetter(Channel channel) {
        return switch (channel) {
            case POST -> "uw brief";
            case EMAIL -> "uw e-mail";
            case WEBFORM -> "uw verzoek via het webformulier";
            case DESK, PHONE -> "uw verzoek";
        };
    }
}
