package nl.openbaar.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.inventory.MakingInventory;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.CaseFile;
import nl.openbaar.letter.compose.CaseFiles;
import nl.openbaar.letter.compose.DecisionComposer;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.compose.LetterComposer;
import nl.openbaar.letter.compose.DraftEdits;
import nl.openbaar.letter.compose.Scrubbing;
import nl.openbaar.letter.internal.JdbcLetterDrafts;
import nl.openbaar.letter.internal.JdbcSearchRecords;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.SectionVersion;
import java.util.Map;
import nl.openbaar.letter.model.ArticleTexts;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.search.Zoekslagen;
import nl.openbaar.letter.render.AccessiblePdf;
import nl.openbaar.letter.render.LetterDocx;
import nl.openbaar.letter.render.LetterHtml;
import nl.openbaar.letter.render.LetterText;
import nl.openbaar.organisation.OrganisationSettings;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a letter of a request from its case file: the decision, or one of the letters during the procedure, each
 * dated by the step it belongs to (the acknowledgement on the day it was recorded, the decision on the day it was
 * taken, or today while it is a draft). As PDF (PDF/A-2a + PDF/UA-1), DOCX for editing, or plain text.
 */
@Service
@Transactional(readOnly = true)
public class WritingLetter {

    public enum Format { PDF, DOCX, TXT }

    private final FindingRequests requests;
    private final MakingInventory inventories;
    private final LetterTexts texts;
    private final JdbcSearchRecords searches;
    private final Zoekslagen sweeps;
    private final DeadlineCalendar calendar;
    private final RuleBase law;
    private final OrganisationSettings organisation;
    private final JdbcLetterDrafts drafts;
    private final Clock clock;

    public WritingLetter(FindingRequests requests, MakingInventory inventories, LetterTexts texts, JdbcSearchRecords searches,
            Zoekslagen sweeps, DeadlineCalendar calendar, RuleBase law, OrganisationSettings organisation, JdbcLetterDrafts drafts,
            Clock clock) {
        this.drafts = drafts;
        this.organisation = organisation;
        this.sweeps = sweeps;
        this.requests = requests;
        this.inventories = inventories;
        this.texts = texts;
        this.searches = searches;
        this.calendar = calendar;
        this.law = law;
        this.clock = clock;
    }

    /**
     * @param date      the letter's date; null for the date of its step (or today)
     * @param published true for the version without the requester's personal data
     */
    public Letter letter(String kenmerk, LetterType type, LocalDate date, boolean published) {
        return letter(kenmerk, DraftKey.of(type), date, published);
    }

    /**
     * The letter as the lawyer left it: generated from the case, with the sections they edited (in the browser or
     * in Word) in place of the generated ones; the published version is scrubbed of the requester after that, so an
     * edit that names them cannot leak.
     */
    public Letter letter(String kenmerk, DraftKey key, LocalDate date, boolean published) {
        VerzoekView view = requests.get(kenmerk);
        DraftKey resolved = resolve(view, key);
        Letter generated = generated(view, resolved, date, published);
        Map<String, SectionVersion> edits = drafts.latest(view.verzoek().id(), resolved);
        if (edits.values().stream().noneMatch(SectionVersion::inForce)) {
            return generated;
        }
        Letter edited = DraftEdits.apply(generated, edits);
        return published ? Scrubbing.scrub(edited, view.verzoek().verzoeker(), texts.forCase(view.verzoek().id())) : edited;
    }

    /** The key with the event a forwarding or views letter belongs to (the latest of its kind when none was named). */
    public DraftKey resolve(String kenmerk, DraftKey key) {
        return resolve(requests.get(kenmerk), key);
    }

    private DraftKey resolve(VerzoekView view, DraftKey key) {
        if (!DraftKey.perEvent(key.type())) {
            return key;
        }
        EventType type = key.type() == LetterType.FORWARDING ? EventType.FORWARDED : EventType.VIEWS_REQUESTED;
        return new DraftKey(key.type(), event(view, type, key.eventId()).map(Event::id).orElse(null));
    }

    /** The letter exactly as Openbaar generates it from the case, without the lawyer's edits. */
    public Letter generated(String kenmerk, DraftKey key, LocalDate date, boolean published) {
        VerzoekView view = requests.get(kenmerk);
        return generated(view, resolve(view, key), date, published);
    }

    private Letter generated(VerzoekView view, DraftKey key, LocalDate date, boolean published) {
        String kenmerk = view.verzoek().kenmerk();
        LetterType type = key.type();
        ComputingDeadline engine = new ComputingDeadline(law, calendar.calendar());
        return switch (type) {
            case DECISION -> {
                LocalDate d = date != null ? date : last(view, EventType.DECIDED).map(Event::date).orElse(LocalDate.now(clock));
                yield new DecisionComposer(law, new ArticleTexts(law, DefaultTexts.articleSupplement()))
                        .compose(file(view, inventories.inventaris(kenmerk), inventories.redactions(kenmerk), d, published, engine));
            }
            case ACKNOWLEDGEMENT -> {
                LocalDate d = date != null ? date : last(view, EventType.ACKNOWLEDGED).map(Event::date).orElse(LocalDate.now(clock));
                yield new LetterComposer(law).acknowledgement(file(view, null, null, d, published, engine));
            }
            case EXTENSION -> {
                Event e = last(view, EventType.EXTENDED).orElseThrow(() -> new InvalidInputException("type",
                        "er is geen verdaging vastgelegd; leg die eerst vast met `openbaar request event " + kenmerk + " --type extended`"));
                LocalDate d = date != null ? date : e.date();
                CaseFile f = file(view, null, null, e.date(), published, engine);
                // The letter states the term as it ran before the extension, and the new one.
                CaseFile before = new CaseFile(f.view(), null, null, null, f.texts(), f.organisation(), f.extendedTo(),
                        CaseFiles.asOf(withoutEvent(view, e), e.date(), engine).extensionLastDay(), d, published);
                yield new LetterComposer(law).extension(before, e, f.extendedTo().get(e.id()));
            }
            case FORWARDING -> {
                Event e = event(view, EventType.FORWARDED, key.eventId()).orElseThrow(() -> new InvalidInputException("type",
                        "er is geen doorzending vastgelegd (`openbaar request event " + kenmerk + " --type forwarded --detail body=…`)"));
                yield new LetterComposer(law).forwarding(file(view, null, null, date != null ? date : e.date(), published, engine), e);
            }
            case VIEWS -> {
                Event e = event(view, EventType.VIEWS_REQUESTED, key.eventId()).orElseThrow(() -> new InvalidInputException("type",
                        "er is geen verzoek om een zienswijze vastgelegd (`--type views-requested --detail thirdParty=…`)"));
                yield new LetterComposer(law).views(file(view, null, null, date != null ? date : e.date(), published, engine), e);
            }
        };
    }

    public byte[] render(Letter letter, Format format) {
        return switch (format) {
            case PDF -> AccessiblePdf.render(LetterHtml.of(letter, AccessiblePdf.css("brief.css")));
            case DOCX -> LetterDocx.of(letter);
            case TXT -> LetterText.of(letter).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /** The inventory the decision would be written from. */
    public Inventaris inventaris(String kenmerk) {
        return inventories.inventaris(kenmerk);
    }

    private CaseFile file(VerzoekView view, Inventaris inv, java.util.Map<Long, nl.openbaar.inventory.model.DocumentRedactions> boxes,
            LocalDate date, boolean published, ComputingDeadline engine) {
        long id = view.verzoek().id();
        return CaseFiles.of(view, inv, boxes, zoekslag(view.verzoek().kenmerk(), id), texts.forCase(id), organisation.organisation(),
                date, published, engine);
    }

    /**
     * The search the decision states: the one the case handler recorded for the letter (it may describe searches
     * outside Openbaar), else the latest sweep Openbaar ran itself.
     */
    private Zoekslag zoekslag(String kenmerk, long requestId) {
        return searches.find(requestId).orElseGet(() -> sweeps.latest(kenmerk)
                .map(s -> new Zoekslag(s.terms(), s.sources(), s.from(), s.to(),
                        s.performedAt() == null ? null : LocalDate.ofInstant(s.performedAt(), clock.getZone())))
                .orElse(null));
    }

    private static java.util.Optional<Event> last(VerzoekView view, EventType type) {
        return view.procedure().stream().filter(e -> e.type() == type).max(Comparator.comparing(Event::date).thenComparing(Event::id));
    }

    /** The named event of that type, or the latest of that type when none is named. */
    private static java.util.Optional<Event> event(VerzoekView view, EventType type, Long id) {
        if (id == null) {
            return last(view, type);
        }
        return view.procedure().stream().filter(e -> e.type() == type && e.id() == id).findFirst();
    }

    private static VerzoekView withoutEvent(VerzoekView view, Event e) {
        List<Event> others = view.events().stream().filter(x -> x.id() != e.id()).toList();
        return new VerzoekView(view.verzoek(), others, view.deadlines());
    }
}
