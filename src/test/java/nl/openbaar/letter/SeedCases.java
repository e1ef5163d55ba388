package nl.openbaar.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.organisation.model.Organisation;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;

/**
 * The facts of the two published decisions the letters are checked against, as Openbaar would hold them: seed 000
 * (JenV, Wob, 28 October 2021: 89 documents, grounds 10.2.e, 10.2.g and 11.1) and seed 003 (BZK, Wob, 9 December
 * 2021: no documents, search terms and period, forwarded to the AIVD). The requesters are invented; the published
 * decisions left their names out.
 */
public final class SeedCases {

    public static final Verzoeker REQUESTER_000 = new Verzoeker("Marieke van den Berg", "Lindenlaan 17, 3581 AB Utrecht",
            "m.vandenberg@voorbeeldpost.nl", "06-18273645");
    public static final Verzoeker REQUESTER_003 = new Verzoeker("Thomas Bakker", "Postbus 4321, 1000 AH Amsterdam",
            "t.bakker@voorbeeldpost.nl", "020-5551234");

    /** The split seed 000 does not print per list; an invented split of its 89 documents. */
    public static final int NIET = 9;
    public static final int DEELS = 50;
    public static final int OPENBAAR = 20;
    public static final int REEDS = 10;

    /** The body that signed seed 000, as its letterhead and signature show it (the signer's name is invented). */
    public static final Organisation JENV = new Organisation("Ministerie van Justitie en Veiligheid", "het ministerie",
            "mijn ministerie", "De Minister van Justitie en Veiligheid", null, "Postbus 20301 2500 EH Den Haag",
            "Turfmarkt 147, 2511 DP Den Haag", "Postbus 20301, 2500 EH Den Haag", "www.rijksoverheid.nl", null,
            new Organisation.Signer("namens deze,", "mr. A.B. Voorbeeld", "directeur Wetgeving en Juridische Zaken"));

    /** The body of seed 003. */
    public static final Organisation BZK = new Organisation("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "het ministerie",
            "mijn ministerie", "De Minister van Binnenlandse Zaken en Koninkrijksrelaties", null, "Postbus 20011 2500 EA Den Haag",
            "Turfmarkt 147, 2511 DP Den Haag", "Postbus 20011, 2500 EA Den Haag", "www.rijksoverheid.nl", null,
            new Organisation.Signer("namens deze,", "drs. C.D. Voorbeeld", "directeur Digitale Overheid"));

    private SeedCases() {
    }

    public static VerzoekView seed000() {
        Verzoek v = new Verzoek(1, "3553465", Regime.WOB, REQUESTER_000, LocalDate.of(2021, 6, 9), LocalDate.of(2021, 6, 11),
                Channel.POST, "het gebruik van dan wel de samenwerking met Clearview AI in de organisatie van JenV",
                List.of("Documenten, inclusief alle onderhavige stukken, waaronder e-mails, berichten, correspondentie en rapporten, met"
                        + " betrekking tot Clearview AI en diens producten, lopende vanaf 1 januari 2017 tot heden;",
                        "Documenten, inclusief vergaderstukken, e-mails en rapporten, inzake intern overleg over het gebruik van Clearview AI"
                        + " en diens producten, lopende vanaf 1 januari 2017 tot heden;",
                        "Documenten, inclusief vergaderstukken, e-mails en rapporten, met betrekking tot het gebruik van Clearview AI,"
                        + " lopende vanaf 1 januari 2017 tot heden;",
                        "Documenten, inclusief vergaderstukken, gespreksverslagen, mailwisselingen, brieven en faxen, met inbegrip van"
                        + " bijlagen, en interne en externe adviezen met betrekking tot Clearview AI en diens producten lopende vanaf"
                        + " 1 januari 2017 tot heden;",
                        "Documenten, inclusief vergaderstukken, gespreksverslagen, mailwisselingen, brieven en faxen, met inbegrip van"
                        + " bijlagen, en interne en externe adviezen met betrekking tot gegevens die kunnen worden gebruikt dan wel"
                        + " gevoed aan of ingevoerd aan Clearview AI;",
                        "Een overzicht van de gegevensbronnen die werden gebruikt voor software van Clearview AI."),
                new Periode(LocalDate.of(2017, 1, 1), null), new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 11)),
                "Op mijn departement zijn sinds 1 januari 2020 pas documenten aanwezig over deze bestuurlijke aangelegenheid",
                "Directoraat-Generaal Politie en Veiligheidsregio's", Instant.parse("2021-06-11T08:00:00Z"));
        List<Event> events = new ArrayList<>();
        events.add(event(1, EventType.RECEIVED, "2021-06-11", null, Map.of()));
        events.add(event(2, EventType.ACKNOWLEDGED, "2021-06-25", "3405378", Map.of()));
        events.add(event(3, EventType.EXTENDED, "2021-06-25", "3405378", Map.of(Event.REASON, "een zorgvuldige besluitvorming meer tijd vergt")));
        events.add(event(4, EventType.CONTACT, "2021-08-13", null, Map.of("medium", "e-mail")));
        events.add(event(5, EventType.DEFAULT_NOTICE, "2021-08-18", null, Map.of("letterDate", "2021-08-17")));
        events.add(event(6, EventType.CONTACT, "2021-08-23", null, Map.of("medium", "e-mail")));
        events.add(event(7, EventType.CONTACT, "2021-08-25", null, Map.of("medium", "e-mail")));
        events.add(event(8, EventType.CONTACT, "2021-08-26", null, Map.of("medium", "e-mail")));
        events.add(event(9, EventType.DEADLINE_AGREED, "2021-08-26", null, Map.of(Event.AGREED_DATE, "2021-09-03")));
        events.add(event(10, EventType.CONTACT, "2021-08-31", null, Map.of("decisionText", "Bij e-mail van 31 augustus 2021 bent u"
                + " bericht dat de termijn van 3 september 2021 wegens omstandigheden niet haalbaar is. Daarbij is u tevens bericht dat"
                + " uw voorstel van 10 september 2021 ook niet haalbaar is.")));
        events.add(event(11, EventType.APPEAL_NOT_TIMELY, "2021-09-06", null, Map.of()));
        events.add(event(12, EventType.DEFENCE_FILED, "2021-09-17", null, Map.of()));
        events.add(event(13, EventType.DECIDED, "2021-10-28", null, Map.of()));
        return view(v, events);
    }

    /** 89 documents: 9 withheld, 50 redacted, 20 disclosed, 10 already public; grounds 10.2.e, 10.2.g and 11.1 only. */
    public static Inventaris inventory000() {
        List<InventoryDocument> docs = new ArrayList<>();
        Map<Long, DocumentBeoordeling> judgements = new HashMap<>();
        Map<Long, DocumentRedactions> redactions = new HashMap<>();
        int n = 0;
        for (int i = 0; i < NIET + DEELS + OPENBAAR + REEDS; i++) {
            n++;
            long id = 1000 + n;
            LocalDate date = LocalDate.of(2020, 1, 6).plusDays(i * 5L);
            docs.add(new InventoryDocument(id, n, n == 28 ? "Conceptverslag werkgroep gezichtsherkenning" : "E-mail over Clearview AI " + n,
                    "doc" + n + ".eml", n % 3 == 0 ? "application/pdf" : "email", date, null, n % 3 == 0 ? null : (long) (n / 4 + 1), null));
        }
        // Number 28 is the draft report seed 000 withholds under 11.1; the other withheld documents hold personal data.
        List<Integer> niet = List.of(3, 9, 15, 21, 28, 33, 40, 47, 52);
        List<Integer> reeds = List.of(80, 81, 82, 83, 84, 85, 86, 87, 88, 89);
        int deelsLeft = DEELS;
        for (InventoryDocument d : docs) {
            int nr = d.number();
            if (niet.contains(nr)) {
                judgements.put(d.documentId(), judged(d, Beoordeling.NIET_OPENBAAR, nr == 28 ? List.of("11.1") : List.of("10.2.e", "11.1"), List.of()));
            } else if (reeds.contains(nr)) {
                judgements.put(d.documentId(), judged(d, Beoordeling.REEDS_OPENBAAR, List.of(),
                        List.of("https://www.rijksoverheid.nl/documenten/kamerstukken/2020/0" + nr)));
            } else if (deelsLeft > 0) {
                deelsLeft--;
                judgements.put(d.documentId(), judged(d, Beoordeling.DEELS_OPENBAAR, List.of(), List.of()));
                redactions.put(d.documentId(), boxes(nr));
            } else {
                judgements.put(d.documentId(), judged(d, Beoordeling.OPENBAAR, List.of(), List.of()));
            }
        }
        return InventoryRules.derive("3553465", Regime.WOB, docs, judgements, redactions, RuleBase.standard());
    }

    /** The boxes inventory000() derives from, by document id. */
    public static Map<Long, DocumentRedactions> redactions000() {
        Map<Long, DocumentRedactions> redactions = new HashMap<>();
        List<Integer> niet = List.of(3, 9, 15, 21, 28, 33, 40, 47, 52);
        List<Integer> reeds = List.of(80, 81, 82, 83, 84, 85, 86, 87, 88, 89);
        int deelsLeft = DEELS;
        for (int nr = 1; nr <= NIET + DEELS + OPENBAAR + REEDS; nr++) {
            if (niet.contains(nr) || reeds.contains(nr) || deelsLeft == 0) {
                continue;
            }
            deelsLeft--;
            redactions.put(1000L + nr, boxes(nr));
        }
        return redactions;
    }

    private static DocumentRedactions boxes(int nr) {
        List<DocumentRedactions.Mark> boxes = new ArrayList<>();
        boxes.add(new DocumentRedactions.Mark("10.2.e", "Pieter de Vries", "PERSON_NAME"));
        boxes.add(new DocumentRedactions.Mark("10.2.e", "06-12345678", "PHONE_NUMBER"));
        if (nr % 4 == 0) {
            boxes.add(new DocumentRedactions.Mark("10.2.g", "woo-team@minjenv.nl", "GROUP_MAILBOX"));
        }
        if (nr % 7 == 0) {
            boxes.add(new DocumentRedactions.Mark("11.1", "Ik zou adviseren om af te wachten.", "POLICY_OPINION"));
        }
        return new DocumentRedactions(1000L + nr, boxes);
    }

    public static VerzoekView seed003() {
        Verzoek v = new Verzoek(2, "2021-0000627689", Regime.WOB, REQUESTER_003, LocalDate.of(2021, 10, 21), LocalDate.of(2021, 10, 25),
                Channel.POST, "het gebruik van dan wel samenwerking met Clearview AI", List.of(), null, null, null, null,
                Instant.parse("2021-10-25T08:00:00Z"));
        List<Event> events = new ArrayList<>();
        events.add(event(21, EventType.RECEIVED, "2021-10-25", null, Map.of()));
        events.add(event(22, EventType.ACKNOWLEDGED, "2021-10-25", "2021-0000557757", Map.of()));
        events.add(event(23, EventType.FORWARDED, "2021-11-18", null, Map.of(Event.BODY, "de AIVD", Event.SCOPE, "geheel",
                "consulted", "ja", Event.BASIS, "ter behandeling als informatieverzoek op grond van de Wet op de inlichtingen- en"
                + " veiligheidsdiensten (Wiv)")));
        events.add(event(24, EventType.DECIDED, "2021-12-09", null, Map.of()));
        return view(v, events);
    }

    public static Zoekslag zoekslag003() {
        return new Zoekslag(List.of("Clearview", "Clearview AI", "Clearview gezichtsherkenning", "Gezichtsherkenningssoftware",
                "Biometrische gezichtsherkenningssoftware", "Biometrische identificatie", "Biometrische herkenning"),
                List.of(), LocalDate.of(2017, 1, 1), LocalDate.of(2021, 11, 12), LocalDate.of(2021, 11, 12));
    }

    public static Inventaris emptyInventory(VerzoekView v) {
        return InventoryRules.derive(v.verzoek().kenmerk(), v.verzoek().regime(), List.of(), Map.of(), Map.of(), RuleBase.standard());
    }

    private static DocumentBeoordeling judged(InventoryDocument d, Beoordeling b, List<String> grounds, List<String> links) {
        return new DocumentBeoordeling(d.documentId(), b, grounds, null, links, null, false, "jurist", Instant.parse("2021-10-20T10:00:00Z"));
    }

    private static VerzoekView view(Verzoek v, List<Event> events) {
        LocalDate decided = events.stream().filter(e -> e.type() == EventType.DECIDED).map(Event::date).findFirst().orElseThrow();
        return new VerzoekView(v, events, ComputingDeadline.standard().compute(Timeline.facts(v, events, decided)));
    }

    private static Event event(long id, EventType type, String date, String letter, Map<String, String> details) {
        return new Event(id, type, LocalDate.parse(date), null, letter, details, Instant.parse(date + "T12:00:00Z"), "test");
    }
}
