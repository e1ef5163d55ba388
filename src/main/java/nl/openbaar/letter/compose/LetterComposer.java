package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.model.Section;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.DutchDates;

/**
 * The letters during a request: acknowledgement, extension, forwarding to another body (with a copy to the
 * requester) and the request for a third party's views. The decision has its own composer.
 */
public final class LetterComposer {

    private final RuleBase law;

    public LetterComposer(RuleBase law) {
        this.law = law;
    }

    public Letter acknowledgement(CaseFile file) {
        Phrases ph = new Phrases(file);
        List<Block> body = ph.blocks("ontvangstbevestiging.tekst", common(ph, file));
        return toRequester(ph, file, LetterType.ACKNOWLEDGEMENT, ph.text("ontvangstbevestiging.onderwerp"), body);
    }

    /**
     * @param extended    the extension event
     * @param newDeadline the deadline after the extension, as of the day it was sent
     */
    public Letter extension(CaseFile file, Event extended, LocalDate newDeadline) {
        Phrases ph = new Phrases(file);
        List<Block> body = ph.blocks("verdaging.tekst", concat(concat(common(ph, file), new String[] {
            "nieuwetermijn", DutchDates.long_(newDeadline),
            "verdagingartikel", ph.text("artikel.verdaging")}), Reason.of(extended.detail(Event.REASON)).places()));
        return toRequester(ph, file, LetterType.EXTENSION, ph.text("verdaging.onderwerp"), body);
    }

    /** To the other body, with the requester in copy: the published version names neither the requester nor his address. */
    public Letter forwarding(CaseFile file, Event forwarded) {
        Phrases ph = new Phrases(file);
        String body = forwarded.detail(Event.BODY);
        boolean part = "deels".equals(forwarded.detail(Event.SCOPE));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("tekst", null, ph.blocks(part ? "doorzending.tekst.deels" : "doorzending.tekst",
                concat(common(ph, file), new String[] {"orgaan", body, "doorzendingartikel", ph.text("artikel.doorzending")}))));
        sections.add(closing(ph));
        List<String> copy = new ArrayList<>(Addressing.recipient(file));
        if (copy.isEmpty()) {
            copy.add(ph.raw("verzoeker.geanonimiseerd"));
        }
        sections.add(new Section("afschrift", ph.text("afschrift.kop"), List.of(new Block.ItemList(Block.ItemList.Kind.BULLETED,
                List.of(String.join(", ", copy))))));
        List<String> recipient = addressLines(body, forwarded.detail("bodyAddress"));
        Letter letter = new Letter(LetterType.FORWARDING, ph.text("doorzending.onderwerp") + " " + file.view().verzoek().kenmerk(),
                ph.sender(), recipient, DecisionComposer.references(ph, file, ph.text("doorzending.onderwerp")),
                ph.text("aanhef.orgaan"), sections, List.of(), file.anonymised(), ph.warnings());
        return scrubIfPublished(file, ph, letter);
    }

    /** To the third party; the requester is never named in it. */
    public Letter views(CaseFile file, Event asked) {
        Phrases ph = new Phrases(file);
        int days = parseDays(asked.detail(Event.VIEW_TERM_DAYS));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("tekst", null, ph.blocks("zienswijze.tekst", concat(common(ph, file), new String[] {
            "zienswijzedatum", DutchDates.long_(asked.date().plusDays(days)),
            "zienswijzetermijn", Integer.toString(days),
            "nummers", asked.detail("documents")}))));
        sections.add(closing(ph));
        String party = asked.detail(Event.THIRD_PARTY);
        List<String> recipient = file.anonymised() ? List.of() : addressLines(party == null ? "" : party, asked.detail("thirdPartyAddress"));
        List<Letter.Reference> refs = new ArrayList<>();
        refs.add(new Letter.Reference("Datum", DutchDates.long_(file.date())));
        refs.add(new Letter.Reference("Onderwerp", ph.text("zienswijze.onderwerp")));
        refs.add(new Letter.Reference("Ons kenmerk", file.view().verzoek().kenmerk()));
        Letter letter = new Letter(LetterType.VIEWS, ph.text("zienswijze.onderwerp") + " (" + file.view().verzoek().kenmerk() + ")",
                ph.sender(), recipient, refs, ph.text("aanhef.orgaan"), sections, List.of(), file.anonymised(), ph.warnings());
        return scrubIfPublished(file, ph, letter);
    }

    private Letter toRequester(Phrases ph, CaseFile file, LetterType type, String subject, List<Block> body) {
        List<Section> sections = List.of(new Section("tekst", null, body), closing(ph));
        Letter letter = new Letter(type, subject + " (" + file.view().verzoek().kenmerk() + ")", ph.sender(),
                Addressing.recipient(file), DecisionComposer.references(ph, file, subject), Addressing.salutation(ph, file),
                sections, List.of(), file.anonymised(), ph.warnings());
        return scrubIfPublished(file, ph, letter);
    }

    private static Letter scrubIfPublished(CaseFile file, Phrases ph, Letter letter) {
        return file.anonymised() ? Addressing.scrub(letter, file.view().verzoek().verzoeker(), ph.raw("verzoeker.geanonimiseerd")) : letter;
    }

    private static Section closing(Phrases ph) {
        List<Block> blocks = new ArrayList<>(ph.blocks("groet"));
        blocks.add(new Block.Signature(ph.signature()));
        return new Section("ondertekening", null, blocks);
    }

    private String[] common(Phrases ph, CaseFile file) {
        Verzoek v = file.view().verzoek();
        return new String[] {
            "verdagingweken", Words.number(law.deadlines(v.regime()).extensionWeeks()),
            "beslistermijnartikel", ph.text("artikel.beslistermijn")};
    }

    private static List<String> addressLines(String name, String address) {
        List<String> lines = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            lines.add(name.strip());
        }
        if (address != null) {
            for (String part : address.split("\\s*[;\\n]\\s*")) {
                if (!part.isBlank()) {
                    lines.add(part.strip());
                }
            }
        }
        return lines;
    }

    private static int parseDays(String s) {
        try {
            return s == null ? 14 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 14;
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
