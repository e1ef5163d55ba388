package nl.openbaar.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.letter.compose.DraftEdits;
import nl.openbaar.letter.internal.JdbcLetterDrafts;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.EditableText;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterComment;
import nl.openbaar.letter.model.Section;
import nl.openbaar.letter.model.SectionVersion;
import nl.openbaar.letter.model.SentLetter;
import nl.openbaar.letter.render.EditedDocx;
import nl.openbaar.letter.render.LetterDocx;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter of a case as a draft the lawyer works on: generated from the case, edited section by section in the
 * browser or in Word (every saved text a version with who and when), commented on by colleagues. The letter that is
 * rendered, sent and published is always the draft as it stands ({@link WritingLetter} applies the edits).
 */
@Service
public class DraftingLetter {

    /** Custom properties of a DOCX for editing: which case and which letter it is. */
    public static final String CASE_PROPERTY = "Openbaar-kenmerk";
    public static final String LETTER_PROPERTY = "Openbaar-brief";

    /** One section of the draft as the editor shows it. */
    public record DraftSection(Section generated, Section current, boolean editable, String text, SectionVersion edit, boolean stale,
            int versions, List<LetterComment> comments) {

        public String id() {
            return current.id();
        }

        public String name() {
            return DraftEdits.name(current);
        }

        /** The lawyer's text is in force (not the generated one). */
        public boolean edited() {
            return edit != null && edit.inForce();
        }
    }

    public record Draft(String kenmerk, DraftKey key, Letter letter, List<DraftSection> sections) {
    }

    private final WritingLetter writing;
    private final JdbcLetterDrafts drafts;
    private final FindingRequests requests;
    private final Clock clock;

    public DraftingLetter(WritingLetter writing, JdbcLetterDrafts drafts, FindingRequests requests, Clock clock) {
        this.writing = writing;
        this.drafts = drafts;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Draft draft(String kenmerk, DraftKey key) {
        long id = requests.get(kenmerk).verzoek().id();
        DraftKey k = writing.resolve(kenmerk, key);
        Letter generated = writing.generated(kenmerk, k, null, false);
        Letter current = writing.letter(kenmerk, k, null, false);
        Map<String, SectionVersion> edits = drafts.latest(id, k);
        Map<String, List<LetterComment>> comments = new LinkedHashMap<>();
        drafts.comments(id, k).forEach(c -> comments.computeIfAbsent(c.sectionId(), x -> new ArrayList<>()).add(c));
        List<DraftSection> sections = new ArrayList<>();
        List<Section> all = new ArrayList<>(generated.sections());
        all.addAll(generated.annexes());
        for (Section g : all) {
            Section c = current.section(g.id()) == null ? g : current.section(g.id());
            SectionVersion edit = edits.get(g.id());
            boolean editable = EditableText.editable(g) && !generated.annexes().contains(g);
            sections.add(new DraftSection(g, c, editable, EditableText.of(c), edit,
                    edit != null && DraftEdits.stale(g, edit), edit == null ? 0 : edit.version(),
                    comments.getOrDefault(g.id(), List.of())));
        }
        return new Draft(kenmerk, k, current, sections);
    }

    /**
     * Saves a section's text as its next version. The same text as now stores nothing; the generated text again
     * stores a return to it ("herstel"), so the section follows the case again.
     *
     * @return the version in force after saving, or null when the section follows the generated text
     */
    @Transactional
    public SectionVersion save(String kenmerk, DraftKey key, String sectionId, String text, String user) {
        return save(kenmerk, key, sectionId, text, user, SectionVersion.BROWSER);
    }

    private SectionVersion save(String kenmerk, DraftKey key, String sectionId, String text, String user, String origin) {
        if (text == null) {
            throw new InvalidInputException("tekst", "de tekst ontbreekt");
        }
        if (text.length() > EditableText.MAX_LENGTH) {
            throw new InvalidInputException("tekst", "de tekst van een onderdeel is langer dan 20.000 tekens");
        }
        String body = EditableText.normalise(text);
        if (body.isEmpty()) {
            throw new InvalidInputException("tekst", "een onderdeel van de brief kan niet leeg zijn; herstel de gegenereerde tekst als"
                    + " u het niet wilt wijzigen");
        }
        long id = requests.get(kenmerk).verzoek().id();
        DraftKey k = writing.resolve(kenmerk, key);
        Section generated = editableSection(writing.generated(kenmerk, k, null, false), sectionId);
        String generatedText = EditableText.normalise(EditableText.of(generated));
        SectionVersion latest = drafts.latest(id, k).get(sectionId);
        boolean inForce = latest != null && latest.inForce();
        String now = inForce ? latest.text() : generatedText;
        if (body.equals(now)) {
            return inForce ? latest : null;
        }
        boolean back = body.equals(generatedText);
        drafts.addVersion(id, k, sectionId, body, generatedText, back ? SectionVersion.RESET : origin, user, clock.instant());
        SectionVersion saved = drafts.latest(id, k).get(sectionId);
        return saved.inForce() ? saved : null;
    }

    /** Back to the text Openbaar generates from the case (kept as a version, so the edit can be found again). */
    @Transactional
    public void reset(String kenmerk, DraftKey key, String sectionId, String user) {
        long id = requests.get(kenmerk).verzoek().id();
        DraftKey k = writing.resolve(kenmerk, key);
        Section generated = editableSection(writing.generated(kenmerk, k, null, false), sectionId);
        SectionVersion latest = drafts.latest(id, k).get(sectionId);
        if (latest != null && latest.inForce()) {
            String g = EditableText.of(generated);
            drafts.addVersion(id, k, sectionId, g, g, SectionVersion.RESET, user, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<SectionVersion> versions(String kenmerk, DraftKey key, String sectionId) {
        long id = requests.get(kenmerk).verzoek().id();
        return drafts.versions(id, writing.resolve(kenmerk, key), sectionId);
    }

    @Transactional
    public LetterComment comment(String kenmerk, DraftKey key, String sectionId, String text, String user) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("opmerking", "de opmerking is leeg");
        }
        if (text.length() > 4_000) {
            throw new InvalidInputException("opmerking", "een opmerking is ten hoogste 4.000 tekens");
        }
        long id = requests.get(kenmerk).verzoek().id();
        DraftKey k = writing.resolve(kenmerk, key);
        Letter letter = writing.generated(kenmerk, k, null, false);
        if (letter.section(sectionId) == null) {
            throw new InvalidInputException("sectie", "de brief heeft geen onderdeel '" + sectionId + "'");
        }
        long c = drafts.addComment(id, k, sectionId, text.strip(), user, clock.instant());
        return drafts.comments(id, k).stream().filter(x -> x.id() == c).findFirst().orElseThrow();
    }

    /** The draft as a Word document that can be edited and uploaded again. */
    @Transactional(readOnly = true)
    public byte[] docx(String kenmerk, DraftKey key) {
        DraftKey k = writing.resolve(kenmerk, key);
        return LetterDocx.forEditing(writing.letter(kenmerk, k, null, false), Map.of(CASE_PROPERTY, kenmerk, LETTER_PROPERTY, k.code()));
    }

    /**
     * Reads a DOCX from {@link #docx} back after editing in Word: every editable section whose text changed becomes a
     * new version (origin "word"). The letterhead, dates in the reference block, the signature and the annexes (the
     * inventory lists, the law texts) are the system's and are not read.
     *
     * @return the ids of the sections that changed
     */
    @Transactional
    public List<String> upload(String kenmerk, DraftKey key, InputStream docx, String user) {
        DraftKey k = writing.resolve(kenmerk, key);
        EditedDocx.Edited edited;
        try {
            edited = EditedDocx.read(new ByteArrayInputStream(docx.readNBytes(20 * 1024 * 1024 + 1)));
        } catch (IOException e) {
            throw new InvalidInputException("bestand", "het bestand kon niet gelezen worden");
        }
        if (!kenmerk.equals(edited.properties().get(CASE_PROPERTY)) || !k.code().equals(edited.properties().get(LETTER_PROPERTY))) {
            throw new InvalidInputException("bestand", "dit Word-bestand hoort bij " + edited.properties().getOrDefault(CASE_PROPERTY, "een andere zaak")
                    + " (" + edited.properties().getOrDefault(LETTER_PROPERTY, "?") + "), niet bij deze brief");
        }
        Letter current = writing.letter(kenmerk, k, null, false);
        Letter generated = writing.generated(kenmerk, k, null, false);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : edited.sections().entrySet()) {
            Section g = generated.section(e.getKey());
            if (g == null || !EditableText.editable(g) || generated.annexes().contains(g) || e.getValue().isBlank()) {
                continue;
            }
            String now = EditableText.normalise(EditableText.of(current.section(e.getKey())));
            if (!now.equals(EditableText.normalise(e.getValue()))) {
                save(kenmerk, k, e.getKey(), e.getValue(), user, SectionVersion.WORD);
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    /** The letters of a case as they went out. */
    @Transactional(readOnly = true)
    public List<SentLetter> sent(String kenmerk) {
        return drafts.sent(requests.get(kenmerk).verzoek().id());
    }

    @Transactional(readOnly = true)
    public byte[] sentPdf(String kenmerk, long id) {
        return drafts.sentPdf(requests.get(kenmerk).verzoek().id(), id)
                .orElseThrow(() -> new NotFoundException("brief " + id + " van " + kenmerk + " bestaat niet"));
    }

    private static Section editableSection(Letter letter, String sectionId) {
        Section s = sectionId == null ? null : letter.section(sectionId);
        if (s == null) {
            throw new InvalidInputException("sectie", "de brief heeft geen onderdeel '" + sectionId + "'");
        }
        if (!EditableText.editable(s) || letter.annexes().contains(s)) {
            throw new InvalidInputException("sectie", "'" + DraftEdits.name(s) + "' komt uit de zaak en de wet en wordt niet met de hand"
                    + " bewerkt (de inventarislijsten, de wetsartikelen)");
        }
        return s;
    }

}
