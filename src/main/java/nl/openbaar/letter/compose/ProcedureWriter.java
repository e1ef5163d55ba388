package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.model.Block;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.shared.DutchDates;

/**
 * The "Procedure" part of a decision, written from the timeline: a sentence per step, with the dates. Steps
 * that belong together are written together, as a lawyer would: the extension sent with the acknowledgement
 * ("Tevens heb ik u laten weten …"), consecutive contacts in one sentence ("Bij e-mails van 13, 23, 25 en 26
 * augustus 2021 …"), a deadline agreed in such a contact right after it. A step recorded with the detail
 * {@code decisionText} is printed in those words instead.
 */
final class ProcedureWriter {

    /** The detail of an event that replaces its standard sentence in the decision. */
    static final String DECISION_TEXT = "decisionText";
    /** How a contact went: e-mail, telefoon, brief, gesprek. */
    static final String MEDIUM = "medium";

    private final Phrases ph;
    private final CaseFile file;

    ProcedureWriter(Phrases ph, CaseFile file) {
        this.ph = ph;
        this.file = file;
    }

    List<Block> paragraphs() {
        List<Event> steps = file.view().procedure().stream()
                .filter(e -> !e.date().isAfter(file.date()))
                .filter(e -> switch (e.type()) {
                    case DECIDED, SENT, PUBLISHED, OBJECTION_RECEIVED, WITHDRAWN, FORWARDED -> false;
                    default -> true;
                })
                .toList();
        // Contacts about the progress are told in one sentence, where the first one falls, with a deadline agreed
        // in their course (seed 000: "Bij e-mails van 13, 23, 25 en 26 augustus 2021 … Daarbij is een termijn
        // afgesproken van 3 september 2021."), even when another step came in between.
        List<Event> contacts = steps.stream().filter(e -> e.type() == EventType.CONTACT && e.detail(DECISION_TEXT) == null).toList();
        List<Event> agreedInContact = contacts.isEmpty() ? List.of() : steps.stream()
                .filter(e -> e.type() == EventType.DEADLINE_AGREED && e.detail(DECISION_TEXT) == null)
                .filter(e -> !e.date().isBefore(contacts.get(0).date()) && !e.date().isAfter(contacts.get(contacts.size() - 1).date()))
                .toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Event e = steps.get(i);
            if (e.detail(DECISION_TEXT) != null) {
                blocks.addAll(Phrases.split(e.detail(DECISION_TEXT)));
                continue;
            }
            if ((contacts.contains(e) && e != contacts.get(0)) || agreedInContact.contains(e)) {
                continue;
            }
            String text;
            switch (e.type()) {
                case ACKNOWLEDGED -> {
                    text = ph.text("procedure.bevestigd", concat(date(e), new String[] {"briefkenmerk", e.letter()}));
                    if (i + 1 < steps.size() && steps.get(i + 1).type() == EventType.EXTENDED && steps.get(i + 1).date().equals(e.date())
                            && steps.get(i + 1).detail(DECISION_TEXT) == null) {
                        text += " " + ph.text("procedure.verdaagd.tevens", extension(steps.get(++i)));
                    }
                }
                case EXTENDED -> text = ph.text("procedure.verdaagd", concat(new String[] {"datum", DutchDates.long_(e.date()),
                        "briefkenmerk", e.letter()}, extension(e)));
                case CONTACT -> {
                    String medium = medium(contacts);
                    String dates = Words.dates(contacts.stream().map(Event::date).toList());
                    text = medium == null ? ph.text("procedure.contact.zonder-vorm", "data", dates)
                            : ph.text("procedure.contact", "data", dates, "contactvorm", medium);
                    for (Event agreed : agreedInContact) {
                        text += " " + ph.text("procedure.termijn-afgesproken", "afgesproken", agreedDate(agreed));
                    }
                }
                case DEADLINE_AGREED -> text = ph.text("procedure.termijn-afgesproken.los", date(e)[0], date(e)[1],
                        "afgesproken", agreedDate(e));
                case RECEIVED -> text = ph.text("procedure.ontvangen", date(e));
                case DEFAULT_NOTICE -> text = ph.text("procedure.ingebrekestelling", concat(date(e), new String[] {"briefdatum",
                        longDate(e.detail("letterDate"))}));
                case APPEAL_NOT_TIMELY -> text = ph.text("procedure.beroep-niet-tijdig", date(e));
                case DEFENCE_FILED -> text = ph.text("procedure.verweerschrift", date(e));
                case COURT_ORDER -> text = ph.text("procedure.uitspraak", concat(date(e), new String[] {
                    "beslisuiterlijk", longDate(e.detail(Event.DECIDE_BY)),
                    "dwangsomperdag", e.detail(Event.PENALTY_PER_DAY), "dwangsommaximum", e.detail(Event.PENALTY_MAXIMUM)}));
                case VIEWS_REQUESTED -> text = ph.text("procedure.zienswijze-gevraagd", date(e));
                case VIEWS_RECEIVED -> text = ph.text("procedure.zienswijze-ontvangen", date(e));
                case SUSPENDED -> text = ph.text("procedure.opgeschort", concat(date(e), new String[] {"grondslag", e.detail(Event.BASIS)}));
                case RESUMED -> text = ph.text("procedure.hervat", date(e));
                case CLARIFICATION_REQUESTED -> text = ph.text("procedure.precisering-gevraagd", date(e));
                case CLARIFICATION_RECEIVED -> text = ph.text("procedure.precisering-ontvangen", date(e));
                default -> text = null;
            }
            if (text != null && !text.isBlank()) {
                blocks.add(new Block.Paragraph(text));
            }
        }
        return blocks;
    }

    private String[] extension(Event e) {
        LocalDate to = file.extendedTo().get(e.id());
        int weeks = RuleBase.standard().deadlines(file.view().verzoek().regime()).extensionWeeks();
        return concat(new String[] {"verdagingweken", Words.number(weeks), "nieuwetermijn", to == null ? null : DutchDates.long_(to)},
                Reason.of(e.detail(Event.REASON)).places());
    }

    private static String[] date(Event e) {
        return new String[] {"datum", DutchDates.long_(e.date())};
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String agreedDate(Event e) {
        return longDate(e.detail(Event.AGREED_DATE));
    }

    private static String longDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return DutchDates.long_(LocalDate.parse(iso));
        } catch (java.time.DateTimeException ex) {
            return iso;
        }
    }

    /** The form of a group of contacts when all went the same way: "e-mail", "e-mails", "telefoongesprekken" … */
    private static String medium(List<Event> group) {
        String first = group.get(0).detail(MEDIUM);
        if (first == null || group.stream().anyMatch(e -> !first.equalsIgnoreCase(String.valueOf(e.detail(MEDIUM))))) {
            return null;
        }
        boolean many = group.size() > 1;
        Map<String, String[]> forms = Map.of(
                "e-mail", new String[] {"e-mail", "e-mails"}, "email", new String[] {"e-mail", "e-mails"},
                "telefoon", new String[] {"telefoongesprek", "telefoongesprekken"},
                "brief", new String[] {"brief", "brieven"}, "gesprek", new String[] {"gesprek", "gesprekken"});
        String[] f = forms.get(first.strip().toLowerCase(Locale.ROOT));
        return f == null ? null : f[many ? 1 : 0];
    }

}
