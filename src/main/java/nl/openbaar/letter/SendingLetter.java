package nl.openbaar.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.openbaar.account.Actor;
import nl.openbaar.letter.internal.JdbcLetterDrafts;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.model.SentLetter;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a letter: its final PDF (PDF/A-2a + PDF/UA-1, addressed) is rendered from the draft as it stands and kept with
 * the case, and the step goes on the timeline with that date. For the decision that is "besluit genomen" (when not yet
 * recorded) and "besluit verzonden"; for an acknowledgement the acknowledgement itself when it was not recorded yet.
 * A draft that still holds a place to fill in («…») is not sent.
 */
@Service
public class SendingLetter {

    private final WritingLetter writing;
    private final JdbcLetterDrafts drafts;
    private final FindingRequests requests;
    private final RecordingEvent recording;
    private final Clock clock;

    public SendingLetter(WritingLetter writing, JdbcLetterDrafts drafts, FindingRequests requests, RecordingEvent recording, Clock clock) {
        this.writing = writing;
        this.drafts = drafts;
        this.requests = requests;
        this.recording = recording;
        this.clock = clock;
    }

    @Transactional
    public SentLetter send(String kenmerk, DraftKey key, LocalDate date, Actor actor) {
        String user = actor.username();
        if (date == null) {
            throw new InvalidInputException("datum", "de verzenddatum ontbreekt");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("datum", "een brief kan niet in de toekomst verzonden zijn");
        }
        VerzoekView view = requests.get(kenmerk);
        DraftKey k = writing.resolve(kenmerk, key);
        Letter draft = writing.letter(kenmerk, k, null, false);
        List<String> open = openPlaces(draft);
        if (!open.isEmpty()) {
            throw new InvalidInputException("brief", "de brief heeft nog in te vullen plaatsen («…») in: " + String.join(", ", open));
        }
        if (k.type() == LetterType.DECISION) {
            if (!has(view, EventType.DECIDED)) {
                recording.record(kenmerk, new NewEvent(EventType.DECIDED.code(), date, null, null, Map.of()), actor);
            }
            if (!has(view, EventType.SENT)) {
                recording.record(kenmerk, new NewEvent(EventType.SENT.code(), date, null, "besluit " + kenmerk, Map.of()), actor);
            }
        } else if (k.type() == LetterType.ACKNOWLEDGEMENT && !has(view, EventType.ACKNOWLEDGED)) {
            recording.record(kenmerk, new NewEvent(EventType.ACKNOWLEDGED.code(), date, null, null, Map.of()), actor);
        }
        // Rendered after the steps are on the timeline, so the letter carries the date of its step.
        byte[] pdf = writing.render(writing.letter(kenmerk, k, null, false), WritingLetter.Format.PDF);
        long id = drafts.addSent(view.verzoek().id(), k, date, user, clock.instant(), pdf);
        return drafts.sent(view.verzoek().id()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Sections that still hold a place for the lawyer to fill in. */
    static List<String> openPlaces(Letter letter) {
        return letter.sections().stream().filter(s -> s.text().contains("«"))
                .map(s -> nl.openbaar.letter.compose.DraftEdits.name(s)).distinct().toList();
    }

    private static boolean has(VerzoekView view, EventType type) {
        return view.procedure().stream().anyMatch(e -> e.type() == type);
    }
}
