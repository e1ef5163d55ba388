package nl.openbaar.tools.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The genres of a Woo bundle as content: memos with a letterhead and a contact table, minutes with attendees,
 * a citizen's letter with an address block, a contact list, a chat export, an e-mail body. Personal data is
 * planted in running text (where lines wrap), in narrow cells, in address blocks and signatures; public items
 * (the ministry's own contact data, a minister in office, companies, public bodies, headings, timestamps) beside
 * it. Fillers of varying length shift where the lines break.
 */
final class WooContent {

    private static final List<String> FILLER = List.of(
            "Naar aanleiding van het overleg van vorige week",
            "In het kader van de voorbereiding van het Kamerdebat",
            "Zoals eerder telefonisch besproken",
            "Met betrekking tot de stand van zaken rond de aanbesteding",
            "Voor de volledigheid merken wij op dat de planning is gewijzigd",
            "Gelet op de gevoeligheid van het onderwerp",
            "Ter voorbereiding op het bestuurlijk overleg",
            "Na afstemming met de directie Wetgeving",
            "Op verzoek van de projectleider",
            "In aanvulling op de eerdere notitie over de pilot");
    private static final List<String> CLOSERS = List.of(
            "zodat het dossier voor het einde van de maand kan worden afgerond.",
            "met het verzoek om uiterlijk vrijdag te reageren.",
            "waarna de stukken worden doorgestuurd naar de juridische afdeling.",
            "in afwachting van het advies van de landsadvocaat.",
            "zodat de termijn van de Woo niet wordt overschreden.",
            "en wordt de uitkomst in het volgende overleg besproken.");
    private static final List<String> BODIES = List.of("Veiligheidsregio Haaglanden", "GGD Hollands Midden", "het RIVM",
            "de Politie Eenheid Den Haag", "de gemeente Utrecht", "Rijkswaterstaat", "de Autoriteit Persoonsgegevens",
            "het Centraal Bureau voor de Statistiek");
    private static final List<String> COMPANIES = List.of("Clearview AI Inc.", "Deloitte Consulting B.V.",
            "Capgemini Nederland B.V.", "KPN B.V.", "Accenture B.V.", "ABN AMRO Bank N.V.");
    /** Office holders in office on the documents' date (2021), with the role they are named in. */
    private static final List<String[]> OFFICE_HOLDERS = List.of(
            new String[] {"minister", "Hugo de Jonge"}, new String[] {"staatssecretaris", "Raymond Knops"},
            new String[] {"minister", "Kajsa Ollongren"}, new String[] {"minister", "Ferd Grapperhaus"},
            new String[] {"minister-president", "Mark Rutte"}, new String[] {"minister", "Wopke Hoekstra"});
    private static final List<String> JOBS = List.of("beleidsmedewerker", "senior adviseur", "projectleider",
            "jurist", "communicatieadviseur", "programmamanager");

    private final PlantedValues v;

    WooContent(PlantedValues v) {
        this.v = v;
    }

    String filler() {
        StringBuilder s = new StringBuilder(v.pick(FILLER));
        for (int k = v.between(0, 3); k > 0; k--) {
            s.append(' ').append(v.pick(List.of("en", "maar ook", "alsmede", "daarnaast"))).append(' ')
                    .append(v.pick(FILLER).toLowerCase(java.util.Locale.ROOT));
        }
        return s.toString();
    }

    /** The ministry's own letterhead: public, and kept visible. */
    void letterhead(Composition c) {
        c.lines(c.visible("public-body", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "letterhead"),
                "Directie Digitale Overheid",
                c.visible("org-address", "Turfmarkt 147", "letterhead") + " | "
                        + c.visible("org-address", "2511 DP", "letterhead") + " Den Haag",
                "Postbus 20011 | 2500 EA Den Haag",
                "T " + c.visible("org-phone", "070 426 6426", "letterhead switchboard"),
                c.visible("website", "www.rijksoverheid.nl", "letterhead"));
    }

    /** A paragraph that names a person and gives their contact data in running text. */
    String contactParagraph(Composition c, String layout) {
        PlantedValues.Person p = v.person();
        String name = c.secret("person-name", v.chance(0.5) ? p.full() : p.initialled(), layout);
        String phone = c.secret("phone", v.phone(), layout);
        String email = c.secret("email", v.email(p), layout);
        return filler() + " is contact opgenomen met " + v.pick(List.of("mevrouw", "de heer", "collega")) + " " + name
                + ", " + v.pick(JOBS) + ", die bereikbaar is op " + phone + " en via " + email + ", "
                + v.pick(CLOSERS);
    }

    /** A paragraph about a citizen: address, BSN, date of birth, account, plate. */
    String citizenParagraph(Composition c, String layout) {
        PlantedValues.Person p = v.person();
        String name = c.secret("person-name", p.full(), layout);
        String street = c.secret("street-address", v.street(), layout);
        String postcode = c.secret("postcode", v.postcode(), layout);
        String bsn = c.secret("bsn", v.bsn(), layout);
        String dob = c.secret("date-of-birth", v.birthDate(), layout);
        String iban = c.secret("iban", v.iban(), layout);
        String plate = c.secret("licence-plate", v.plate(), layout);
        return filler() + " heeft de aanvrager, " + name + ", wonende aan de " + street + " te " + postcode + " "
                + v.pick(List.of("Utrecht", "Zwolle", "Amersfoort", "Leiden")) + ", geboren op " + dob
                + ", met burgerservicenummer " + bsn + ", verzocht de vergoeding over te maken op rekening " + iban
                + "; het voertuig met kenteken " + plate + " " + v.pick(CLOSERS);
    }

    /** Public people and bodies in running text: all of it stays. */
    String publicParagraph(Composition c) {
        String[] holder = v.pick(OFFICE_HOLDERS);
        String body = v.pick(BODIES);
        String company = v.pick(COMPANIES);
        return filler() + " heeft " + holder[0] + " " + c.visible("office-holder", holder[1], holder[0] + " in running text")
                + " de Kamer geïnformeerd over de rol van " + c.visible("public-body", body, "running text") + " en over het contract met "
                + c.visible("company", company, "running text") + " (KvK " + c.visible("company", String.valueOf(v.between(10000000, 99999999)),
                        "KvK number") + "), " + v.pick(CLOSERS);
    }

    /** A contact table with narrow cells: long addresses and numbers wrap inside them. */
    void contactTable(Composition c, String layout) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Naam", "Functie", "Telefoon", "E-mail"));
        for (int k = v.between(3, 6); k > 0; k--) {
            PlantedValues.Person p = v.person();
            rows.add(List.of(c.secret("person-name", p.full(), layout), v.pick(JOBS), c.secret("phone", v.phone(), layout),
                    c.secret("email", v.email(p), layout)));
        }
        c.table(rows, 0.3, 0.22, 0.2, 0.28);
    }

    /** BSNs in adjacent cells next to other numbers: no two cells may be read as one number. */
    void numberTable(Composition c, String layout) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Dossier", "BSN", "Kamer", "Bedrag"));
        for (int k = v.between(3, 5); k > 0; k--) {
            rows.add(List.of(String.valueOf(v.between(1000, 9999)), c.secret("bsn", v.bsn(), layout),
                    String.valueOf(v.between(10, 99)), v.between(100, 999) + ",00"));
        }
        c.table(rows, 0.25, 0.3, 0.15, 0.3);
    }

    /**
     * Applicants in a register split over columns as exported from a case system: first name and surname, street
     * and house number, postcode and place each in their own cell, a date of birth and a BSN. The values are found by
     * their column (the surnames are in no name list); none is the sum of two cells.
     */
    void applicantTable(Composition c, String layout) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Voornaam", "Achternaam", "Straat", "Huisnr", "Postcode", "Woonplaats", "Geboortedatum", "BSN"));
        for (int k = v.between(3, 5); k > 0; k--) {
            PlantedValues.Person p = v.person();
            String street = v.street();
            for (int tries = 0; tries < 20 && usedIn(c, street.substring(0, street.lastIndexOf(' '))); tries++) {
                street = v.street();
            }
            int cut = street.lastIndexOf(' ');
            String surname = (p.interfix().isEmpty() ? "" : p.interfix() + " ") + p.surname();
            rows.add(List.of(p.first(), c.secret("person-name", surname, layout + " (surname column)"),
                    c.secret("street-address", street.substring(0, cut), layout + " (street column)"), street.substring(cut + 1),
                    c.secret("postcode", v.postcode(), layout), v.pick(List.of("Utrecht", "Zwolle", "Amersfoort", "Leiden")),
                    c.secret("date-of-birth", v.birthDate(), layout), c.secret("bsn", v.bsn(), layout)));
        }
        c.table(rows, 0.11, 0.17, 0.15, 0.07, 0.1, 0.12, 0.14, 0.14);
    }

    /**
     * Contact people of other organisations: the person's name, phone and e-mail go, the organisation, job and
     * municipality columns stay.
     */
    void organisationTable(Composition c, String layout) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Contactpersoon", "Organisatie", "Functie", "Gemeente", "Telefoon", "E-mail"));
        for (int k = v.between(2, 4); k > 0; k--) {
            PlantedValues.Person p = v.person();
            rows.add(List.of(c.secret("person-name", p.full(), layout),
                    c.visible(v.chance(0.5) ? "company" : "public-body", v.chance(0.5) ? v.pick(COMPANIES) : v.pick(BODIES), "organisation column"),
                    c.visible("job-title", v.pick(JOBS), "job column"),
                    c.visible("public-body", v.pick(List.of("Utrecht", "Zwolle", "Leiden", "Amersfoort")), "municipality column"),
                    c.secret("phone", v.phone(), layout), c.secret("email", v.email(p), layout)));
        }
        c.table(rows, 0.18, 0.2, 0.14, 0.11, 0.15, 0.22);
    }

    /**
     * A case number and a sequence number side by side whose digits together pass the elfproef, and the real BSN in
     * its own column: the two cells are never read as one number, and the BSN is found.
     */
    void trapTable(Composition c, String layout) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Zaaknummer", "Volgnummer", "BSN", "Status"));
        for (int k = v.between(2, 4); k > 0; k--) {
            String joined = v.bsn();
            rows.add(List.of(c.visible("case-number", joined.substring(0, 5), layout + " (first half of an elfproef number)"),
                    c.visible("case-number", joined.substring(5), layout + " (second half)"), c.secret("bsn", v.bsn(), layout),
                    v.pick(List.of("in behandeling", "afgerond", "aangehouden"))));
        }
        c.table(rows, 0.25, 0.2, 0.3, 0.25);
    }

    private static boolean usedIn(Composition c, String text) {
        return c.secrets.stream().anyMatch(i -> i.text().contains(text)) || c.publics.stream().anyMatch(i -> i.text().contains(text));
    }

    void signature(Composition c, String layout) {
        PlantedValues.Person p = v.person();
        c.lines("Met vriendelijke groet,", "", c.secret("person-name", p.full(), layout), v.pick(JOBS),
                "Directie Digitale Overheid", "M " + c.secret("phone", v.phone(), layout), c.secret("email", v.email(p), layout));
    }

    void numberedAnswers(Composition c) {
        for (int k = 1; k <= v.between(2, 4); k++) {
            c.heading(c.visible("heading", "Antwoord " + k, "heading"));
            c.paragraph(filler() + ", " + v.pick(CLOSERS));
        }
    }

    /** A chat export: timestamps stay, speakers and the numbers they share go. */
    void chat(Composition c, String layout) {
        List<String> lines = new ArrayList<>();
        PlantedValues.Person a = v.person();
        PlantedValues.Person b = v.person();
        String an = c.secret("person-name", a.full(), layout);
        String bn = c.secret("person-name", b.full(), layout);
        for (int k = 0; k < v.between(4, 7); k++) {
            String time = String.format(java.util.Locale.ROOT, "%02d:%02d", v.between(8, 17), v.between(0, 59));
            String stamp = "[" + v.between(10, 28) + "-03-2021 " + c.visible("timestamp", time, "chat") + "]";
            String speaker = k % 2 == 0 ? an : bn;
            String text = k == 2 ? "bel me even op " + c.secret("phone", v.phone(), layout) : filler().toLowerCase(java.util.Locale.ROOT);
            lines.add(stamp + " " + speaker + ": " + text);
        }
        c.lines(lines.toArray(String[]::new));
    }

    /** A memo: letterhead, heading, paragraphs with contact data and public mentions, a contact table, a signature. */
    Composition memo(String title, boolean table) {
        return memo(title, table, false);
    }

    /**
     * A memo; with {@code registers} also a register split over columns and cells that together pass the elfproef
     * (for the formats whose reader gives the cells: Word and PDF tables).
     */
    Composition memo(String title, boolean table, boolean registers) {
        Composition c = new Composition(title);
        letterhead(c);
        c.heading("Notitie " + title);
        c.paragraph(contactParagraph(c, "running text"));
        c.paragraph(publicParagraph(c));
        c.paragraph(citizenParagraph(c, "running text"));
        if (table) {
            contactTable(c, "narrow table cell");
            numberTable(c, "adjacent numeric cells");
        }
        if (registers) {
            applicantTable(c, "register split over columns");
            organisationTable(c, "contacts with organisation columns");
            trapTable(c, "cells that together pass the elfproef");
        }
        c.paragraph(contactParagraph(c, "running text"));
        numberedAnswers(c);
        signature(c, "signature");
        return c;
    }

    /** Minutes: attendees, long paragraphs that run over columns and pages. */
    Composition minutes(String title, int paragraphs) {
        Composition c = new Composition(title);
        c.heading("Verslag " + title);
        List<String> attendees = new ArrayList<>();
        for (int k = 0; k < v.between(3, 5); k++) {
            attendees.add(c.secret("person-name", v.person().full(), "attendee list"));
        }
        c.paragraph("Aanwezig: " + String.join(", ", attendees) + ".");
        for (int k = 0; k < paragraphs; k++) {
            c.paragraph(k % 3 == 1 ? publicParagraph(c) : k % 3 == 2 ? citizenParagraph(c, "running text over columns")
                    : contactParagraph(c, "running text over columns"));
        }
        return c;
    }

    Composition chatExport(String title) {
        Composition c = new Composition(title);
        c.heading("Chatgeschiedenis " + title);
        chat(c, "chat line");
        return c;
    }

    Composition contactList(String title) {
        Composition c = new Composition(title);
        contactTable(c, "spreadsheet cell");
        return c;
    }

    /** An export of a register: one table, split over columns. */
    Composition register(String title) {
        Composition c = new Composition(title);
        applicantTable(c, "spreadsheet columns");
        return c;
    }

    /** A workbook with a contact list, a register and numbers that must stay apart, one table per sheet. */
    Composition workbook(String title) {
        Composition c = new Composition(title);
        contactTable(c, "spreadsheet cell");
        applicantTable(c, "spreadsheet columns");
        organisationTable(c, "spreadsheet contacts with organisation columns");
        trapTable(c, "spreadsheet cells that together pass the elfproef");
        return c;
    }
}
