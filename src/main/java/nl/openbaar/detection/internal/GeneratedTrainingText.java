package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Training text for the name tagger in the genres of a Woo case, with the person names marked: e-mail
 * headers ("Van: Verbeek, Lotte"), greetings and signatures, memos, minutes ("Aanwezig: …"), letters
 * ("Geachte heer Van der Meer,") and modern news prose ("minister X (VVD) zei…"), with names drawn from the
 * shipped first-name and surname lists in every written form: initials, interfixes, titles (not part of the
 * name, as in CoNLL), display names, double surnames, diacritics and names of foreign origin. Organisations,
 * places, laws, months and sentence-initial words give the capitalised words that are <b>not</b> names.
 * Deterministic for a seed.
 */
public final class GeneratedTrainingText {

    private final Random random;
    private final List<String> firstNames;
    private final List<String> surnames;
    private final List<String> frequentSurnames;

    /** Foreign-origin surnames common in the Netherlands, as written (the Meertens list of 2007 has few). */
    private static final String[] FOREIGN_SURNAMES = {"Yılmaz", "Öztürk", "Çelik", "Şahin", "Kaya", "Demir", "Aydın",
        "Çelebi", "Doğan", "Arslan", "Koç", "Kılıç", "el Amrani", "el Idrissi", "Bouzid", "Benali", "Ouali", "Haddou",
        "Ait Taleb", "Boukhari", "el Khatib", "Nguyen", "Tran", "Pham", "Singh", "Ramdin", "Pinas", "Biharie",
        "Ramsaroep", "Mahabier", "Wong", "Chen", "Kowalski", "Nowak", "Wiśniewska", "Müller", "Schäfer", "García",
        "Fernández", "da Silva", "dos Santos", "Abdi", "Osman", "Haile", "Tesfay", "Rahimi", "Hosseini", "Karimi"};
    private static final String[] FOREIGN_FIRST = {"Mehmet", "Ayşe", "Fatma", "Emre", "Zeynep", "Mohamed", "Fatima",
        "Youssef", "Khadija", "Samira", "Ahmed", "Nour", "Thi", "Minh", "Priya", "Rajesh", "Aïcha", "Noël", "Zoë",
        "Chloë", "Anaïs", "José", "Inês", "Łukasz", "Agnieszka", "Dmitri", "Olena", "Tigist", "Reza", "Shirin"};
    /** Names in international news, sport and culture: the tagger must know names outside the Dutch lists too. */
    private static final String[] WORLD_FIRST = {"John", "Michael", "Sarah", "Emily", "James", "Robert", "Jennifer",
        "Pierre", "Jean-Luc", "Marie", "Isabelle", "François", "Hans", "Jürgen", "Angela", "Klaus", "Giuseppe", "Marco",
        "Giulia", "Carlos", "Pedro", "Lucía", "Javier", "Vladimir", "Sergej", "Olga", "Anna", "Piotr", "Tomasz", "Recep",
        "Xi", "Li", "Hiroshi", "Yuki", "Kofi", "Nelson", "Barack", "Donald", "Kamala", "Boris", "Keir", "Ursula",
        "Emmanuel", "Volodymyr", "Jens", "Björn", "Sven", "Lars", "Ingrid", "Remco", "Wout", "Mathieu", "Tadej", "Jonas",
        "Lionel", "Cristiano", "Kylian", "Erling", "Luka", "Novak", "Rafael", "Serena", "Iga", "Max", "Lewis", "Charles"};
    private static final String[] WORLD_SUR = {"Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Dubois",
        "Lefèvre", "Moreau", "Laurent", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Rossi", "Russo", "Bianchi",
        "Romano", "González", "Rodríguez", "López", "Martínez", "Ivanov", "Petrov", "Smirnov", "Kowalczyk", "Lewandowski",
        "Zieliński", "Erdoğan", "Wang", "Zhang", "Tanaka", "Suzuki", "Annan", "Mandela", "Obama", "Trump", "Harris",
        "Johnson", "Starmer", "Macron", "Zelensky", "Stoltenberg", "Andersson", "Nilsson", "Evenepoel", "Van Aert",
        "Van der Poel", "Pogačar", "Vingegaard", "Messi", "Ronaldo", "Mbappé", "Haaland", "Modrić", "Djokovic", "Nadal",
        "Swiatek", "Verstappen", "Hamilton", "Leclerc", "Vandenbroucke", "Museeuw", "Peeters", "Janssens", "Maes",
        "Claes", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Goossens", "Dewulf"};
    private static final String[] WORLD_PROSE = {
        "{W} won zondag de sprint in {place}, voor {W} en {W}.",
        "De Belgische renner {W} viel in de laatste kilometer.",
        "{W} scoorde twee keer voor Feyenoord tegen Ajax.",
        "Bondscoach {W} selecteerde ook de jonge {W}.",
        "De Amerikaanse minister van Buitenlandse Zaken {W} bezocht {day} Kyiv.",
        "President {W} ontving zijn Franse ambtgenoot {W} in het Witte Huis.",
        "Volgens {W}, analist bij {acro}, is de economie aan het afkoelen.",
        "In de finale versloeg {W} de Spanjaard {W} in vier sets.",
        "{W} ( {age} ) tekende een contract tot 2028.",
        "De film van regisseur {W} ging in première in Cannes.",
        "Schrijver {W} won de prijs voor zijn roman over {topic}.",
        "{W} en {W} voerden in {place} gesprekken over {topic}.",
        "Ook {W} kwam niet verder dan de tweede ronde.",
        "Na afloop zei {W} dat hij tevreden was.",
    };
    private static final String[] INTERFIXES = {"van", "de", "van der", "van den", "van de", "ter", "ten", "den", "in 't",
        "van 't", "op den", "te", "de la", "van den", "van der", "de", "van"};
    private static final String[] TITLES = {"mevrouw", "de heer", "dhr.", "mw.", "mevr.", "drs.", "mr.", "dr.", "ir.",
        "prof. dr.", "ing.", "prof.", "drs. ing.", "mr. drs."};
    private static final String[] OFFICES = {"minister", "staatssecretaris", "Kamerlid", "burgemeester", "wethouder",
        "gedeputeerde", "premier", "minister-president", "commissaris van de Koning", "fractievoorzitter", "senator",
        "oud-minister", "europarlementariër", "ombudsman", "griffier", "directeur-generaal", "secretaris-generaal"};
    private static final String[] PARTIES = {"VVD", "PvdA", "CDA", "D66", "GroenLinks", "SP", "PVV", "ChristenUnie",
        "SGP", "BBB", "NSC", "Volt", "JA21", "DENK", "PvdD", "FvD"};
    private static final String[] JOBS = {"Beleidsmedewerker", "Senior adviseur", "Juridisch adviseur", "Woo-coördinator",
        "Afdelingshoofd", "Projectleider", "Teamleider", "Communicatieadviseur", "Directiesecretaris",
        "Coördinerend beleidsmedewerker", "Informatiemanager", "Privacy officer", "Jurist", "Programmamanager"};
    private static final String[] ORGS = {"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Ministerie van Justitie en Veiligheid",
        "Autoriteit Persoonsgegevens", "Directie Digitale Overheid", "Directie Constitutionele Zaken", "Tweede Kamer",
        "Eerste Kamer", "Raad van State", "Gemeente Utrecht", "Gemeente Den Haag", "Provincie Noord-Holland",
        "Rijksdienst voor Ondernemend Nederland", "Belastingdienst", "Politie Eenheid Amsterdam", "Nationale Politie",
        "Logius", "Algemene Rekenkamer", "Openbaar Ministerie", "Clearview AI", "Microsoft", "Rijkswaterstaat",
        "Dienst Justitiële Inrichtingen", "Centraal Bureau voor de Statistiek", "Kiesraad", "Staatsbosbeheer",
        "Hoogheemraadschap van Rijnland", "Universiteit Leiden", "Nederlandse Omroep Stichting", "Europese Commissie",
        "Team Woo", "Directie Wetgeving en Juridische Zaken", "Landsadvocaat", "Pels Rijcken", "Kamer van Koophandel",
        "Ministry of Justice and Security", "Ministry of the Interior and Kingdom Relations", "Dutch Data Protection Authority",
        "Ministry of Foreign Affairs", "European Data Protection Board", "Court of Justice of the European Union",
        "Department of Homeland Security", "Netherlands Police", "Council of State"};
    private static final String[] PLACES = {"Den Haag", "Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Zwolle",
        "Maastricht", "Eindhoven", "Brussel", "Leeuwarden", "Arnhem", "Nijmegen", "Tilburg", "Almere", "Breda",
        "Apeldoorn", "Haarlem", "Enschede", "Middelburg", "Den Helder", "Lelystad", "Berlijn", "Parijs", "Washington"};
    private static final String[] DAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};
    private static final String[] TOPICS = {"gezichtsherkenning", "de Woo-verzoeken", "de begroting", "het stikstofbeleid",
        "de toeslagenaffaire", "de digitale identiteit", "de Omgevingswet", "het asielbeleid", "de woningmarkt",
        "de AVG", "de Wet open overheid", "de verkiezingen", "de jeugdzorg", "de energietransitie", "Clearview AI",
        "de archiefwet", "de zorgkosten", "de inzet van algoritmes", "het klimaatakkoord", "de Hoofdlijnenbrief"};

    /** Sentences of news and policy prose; {P} a name in any form, {T} a title and name, {O} an office and name. */
    private static final String[] PROSE = {
        "{O} zei {day} dat het kabinet {topic} opnieuw wil bekijken.",
        "Volgens {P} is {topic} niet op tijd geregeld.",
        "{P} ({party}) wil dat {org} opheldering geeft over {topic}.",
        "Dat schrijft {O} in een brief aan de Tweede Kamer.",
        "{P}, woordvoerder van {org}, bevestigt dat het onderzoek loopt.",
        "In {place} sprak {T} met bewoners over {topic}.",
        "{O} ({party}) stuurde {day} een brief over {topic}.",
        "De motie van {P} en {P} werd aangenomen.",
        "{P} werd in {month} benoemd tot directeur van {org}.",
        "Het gesprek met {T} vond plaats op {num} {month} in {place}.",
        "Op verzoek van {P} is het stuk aangepast.",
        "{P} en {P} waren niet bereikbaar voor commentaar.",
        "Eerder verklaarde {O} dat er geen documenten zijn.",
        "De Kamerleden {S} ({party}) en {S} ({party}) stelden vragen over {topic}.",
        "Volgens {O} gaat het om een incident.",
        "{P} ({age}) uit {place} diende een klacht in bij {org}.",
        "Advocaat {P} noemt het besluit onbegrijpelijk.",
        "{S} liet weten dat {org} de zaak onderzoekt.",
        "Naast {P} zat {P}, die namens {org} het woord voerde.",
        "Het rapport is opgesteld door {T} en {T}.",
        "{O} reageerde verrast op de uitspraak van de Raad van State.",
        "Ook {O} uit {place} was aanwezig.",
        "{S} zegt dat {S} het dossier beter kent.",
        "De rechter in {place} gaf {P} gelijk.",
        "Collega {PF} heeft de stukken inmiddels doorgestuurd.",
        "Met dank aan {P} voor het meelezen.",
        "In {month} heeft {P} het verzoek ingediend bij {org}.",
        "De brief is ondertekend door {T}, {job} bij {org}.",
        "{org} heeft {topic} besproken met {T}.",
        "Gisteren heeft {PF} gebeld over {topic}.",
        "{P} vraagt of {PF} dit kan oppakken.",
        "Zoals {S} al aangaf, ligt {topic} bij {org}.",
        "{P} van {acro} noemt de cijfers zorgwekkend.",
        "Topman {P} van {acro} trad {day} af.",
        "Kun jij {P} vragen of {org} al gereageerd heeft?",
        "{P}, {job} bij de directie {unit}, schreef het advies.",
        "Ook {P} ({party}) en {P} ({party}) stemden tegen.",
        "Het interview met {P} verscheen {day} in de krant.",
        "{P} uit {place} kreeg van de rechter een taakstraf.",
        "Volgens {T} van {acro} gaat het om fraude.",
        "{P} en haar collega {P} waarschuwden voor {topic}.",
        "Oud-minister {P} schreef een boek over {topic}.",
        "De zaak tegen {PX} diende {day} bij de rechtbank in {place}.",
    };
    /** Capitalised words that are not names: what the tagger must learn to leave alone. */
    private static final String[] NEGATIVE = {
        "De Tweede Kamer debatteert {day} over {topic}.",
        "Het {org} heeft in {month} een besluit genomen.",
        "In {place} is de Algemene Verordening Gegevensbescherming streng gehandhaafd.",
        "Op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Wet open overheid is informatie weggelakt.",
        "Zie ook de Kamerbrief van {num} {month} over {topic}.",
        "Bijlage {num}: Inventarislijst Woo-besluit.",
        "Onderwerp: Reactie op {topic}",
        "Het College van burgemeester en wethouders van {place} neemt het verzoek in behandeling.",
        "Donderdag volgt een Commissiedebat over {topic}.",
        "Via de Rijksoverheid is het bericht verspreid.",
        "{org} en {org} werken samen aan {topic}.",
        "Nieuwsuur en NRC Handelsblad berichtten eerder over {topic}.",
        "Het Openbaar Ministerie in {place} onderzoekt de zaak.",
        "Bezwaar kan worden ingediend binnen zes weken.",
        "Kenmerk: {num}-{num}",
        "Datum: {num} {month} 2024",
        "Verzonden: Maandag {num} Jan 2020 10:12",
        "Op Dinsdag {num} Feb. is het overleg in {place}.",
        "Gepland voor {num} Mrt, {num} Apr en {num} Jun.",
        "This message may contain information that is not intended for you.",
        "If you are not the addressee or if this message was sent to you by mistake, please inform the sender.",
        "The State accepts no liability for damage of any kind resulting from the risks inherent in the electronic transmission of messages.",
        "Please find attached the documents for the meeting on Monday.",
        "Thank you for your email, I will get back to you shortly.",
        "Dear colleagues, see below for the latest version.",
        "Volgens {acro} is de vraag naar {topic} gestegen.",
        "Het {acro} publiceerde {day} nieuwe cijfers.",
        "Analisten van {acro} en {acro} verwachten dat {topic} duurder wordt.",
        "De directie {unit} heeft het stuk voorbereid.",
        "Kun je dit vóór {day} naar de directie {unit} sturen?",
        "Zou jij de stukken over {topic} willen nalezen?",
        "Wil je {org} even bellen over {topic}?",
        "Graag ontvang ik uw reactie voor {num} {month}.",
        "Dank voor het snelle antwoord.",
        "Heb je de brief van {acro} al gezien?",
        "Bij {acro} werken ruim {num}.000 mensen.",
        "{acro} meldt dat de storing in {place} is verholpen.",
        "Ook in {place} en {place} wordt {topic} besproken.",
        "De afdeling {unit} van {org} is verhuisd naar {place}.",
    };
    private static final String[] ACRONYMS = {"ING", "UBS", "KPN", "NOS", "CBS", "UWV", "DUO", "GGD", "RIVM", "TNO",
        "KNMI", "ABN AMRO", "NS", "ProRail", "DNB", "AFM", "ACM", "CPB", "SCP", "IND", "COA", "RVO", "NVWA", "ANWB", "FNV",
        "VNG", "IPO", "NAVO", "VN", "EU", "KLM", "ASML", "Philips", "Shell", "Rabobank", "Booking.com", "Google", "Meta"};
    private static final String[] UNITS = {"Informatiehuishouding", "Digitale Overheid", "Communicatie", "Wetgeving",
        "Financiën", "Bedrijfsvoering", "Openbare Orde en Veiligheid", "Burgerschap en Informatiebeleid", "Juridische Zaken",
        "Internationale Zaken", "Strategie", "Ruimtelijke Ordening", "Handhaving", "Inkoop"};
    /** Short chat and mail replies: capitalised ordinary words at the start of a line or after a speaker. */
    private static final String[] REPLIES = {"Prima.", "Top, dank!", "Oké.", "Ja.", "Nee.", "Klopt.", "Goed idee.",
        "Helder.", "Akkoord.", "Dank!", "Super.", "Mooi zo.", "Precies.", "Eens.", "Hm.", "Lijkt me goed.", "Thanks!",
        "Zeker.", "Graag.", "Geen probleem.", "Duidelijk.", "Check.", "Komt goed."};
    /** Headings of a Woo/Wob decision: capitalised words alone on a line that are no names. */
    private static final String[] HEADINGS = {"Wijze van openbaarmaking", "Inventarisatie documenten", "Zienswijzen",
        "Besluit", "Overwegingen", "Procedure", "Plaats van openbaarmaking", "Bijlagen", "Termijnen", "Bezwaar",
        "Ontvangst verzoek", "Reikwijdte van het verzoek", "Juridisch kader", "Weigeringsgronden", "Motivering",
        "Persoonlijke beleidsopvattingen", "Eerbiediging van de persoonlijke levenssfeer", "Uw verzoek",
        "Verloop van de procedure", "Afwegingen", "Conclusie", "Inleiding", "Samenvatting", "Achtergrond",
        "Vervolgstappen", "Beslispunten", "Toelichting", "Aanleiding", "Kernpunten", "Advies", "Openbaarmaking",
        "Reeds openbare documenten", "Belanghebbenden", "Rechtsmiddelenclausule", "Leeswijzer", "Inventarislijst"};
    private static final String[] DECISION_PROSE = {
        "Bij brief van {num} {month} 2022 heeft u een verzoek ingediend op grond van de Wet open overheid (Woo).",
        "Ik heb besloten de documenten gedeeltelijk openbaar te maken.",
        "Op grond van artikel 5.1, tweede lid, onder e, van de Woo maak ik persoonsgegevens niet openbaar.",
        "Namen van ambtenaren die niet in de openbaarheid treden, zijn weggelakt.",
        "De documenten worden geplaatst op rijksoverheid.nl.",
        "Wijze van openbaarmaking is digitaal.",
        "Belanghebbenden zijn in de gelegenheid gesteld hun zienswijze te geven.",
        "Deze documenten vallen onder de reikwijdte van uw verzoek.",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken.",
        "In de inventarislijst is per document aangegeven welke weigeringsgrond is toegepast.",
    };
    /** How the body of a mail or memo often starts: capitalised ordinary words after a blank line. */
    private static final String[] OPENINGS = {"Naar aanleiding van ons gesprek stuur ik je de stukken.",
        "Zoals besproken hierbij de concepttekst.", "In de bijlage vind je het overzicht.", "Hierbij het verslag.",
        "Dank voor je snelle reactie.", "Graag je reactie voor vrijdag.", "Even ter info.", "Vanmorgen is besloten dat het stuk later komt.",
        "Onderstaand de vragen van de Kamer.", "Ter voorbereiding op het overleg van donderdag.", "Bijgaand de nota.",
        "Naast de brief is er ook een factsheet.", "Inmiddels is de termijn verlengd.", "Helaas lukt het niet eerder.",
        "Volgens de planning is het stuk klaar.", "Met betrekking tot de vragen het volgende.", "Allereerst dank."};
    private static final String[] GREETINGS = {"Hoi", "Hallo", "Beste", "Dag", "Hi", "Goedemorgen", "Lieve"};
    private static final String[] SIGNOFFS = {"Met vriendelijke groet,", "Groet,", "Groeten,", "Vriendelijke groet,",
        "Hartelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,", "Gr.", "Alvast bedankt,"};

    public GeneratedTrainingText(long seed) {
        this.random = new Random(seed);
        this.firstNames = capitalised(read("lexicon/first-names.txt"));
        List<String> sur = new ArrayList<>();
        for (String s : read("lexicon/surnames.txt.gz")) {
            boolean interfix = s.endsWith("+");
            String core = interfix ? s.substring(0, s.length() - 1) : s;
            if (core.length() >= 3 && Character.isLetter(core.charAt(0))) {
                sur.add((interfix ? "+" : "") + capitalise(core));
            }
        }
        this.surnames = sur;
        List<String> frequent = new ArrayList<>();
        for (String line : read("lexicon/surnames-top1000.tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("name")) {
                frequent.add(line.substring(0, tab));
            }
        }
        this.frequentSurnames = frequent;
    }

    /** A generated text and its names (character spans). */
    public record Text(String text, List<int[]> names) {
    }

    public List<Text> texts(int count) {
        List<Text> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Builder b = new Builder();
            switch (random.nextInt(11)) {
                case 0, 1, 2 -> mail(b);
                case 3, 4, 5 -> prose(b);
                case 6 -> minutes(b);
                case 7 -> letter(b);
                case 8 -> memo(b);
                case 9 -> {
                    if (random.nextBoolean()) {
                        world(b);
                    } else {
                        decision(b);
                    }
                }
                default -> chat(b);
            }
            out.add(new Text(b.text.toString(), List.copyOf(b.names)));
        }
        return out;
    }

    // ------------------------------------------------------------------ people

    private record Person(String first, String initials, String interfix, String surname) {
        String full() {
            return first + " " + (interfix.isEmpty() ? "" : interfix + " ") + surname;
        }

        String initialsName() {
            return initials + " " + (interfix.isEmpty() ? "" : interfix + " ") + surname;
        }

        /** "Van der Meer": the interfix capitalised when no given name precedes it. */
        String surnameAlone() {
            return interfix.isEmpty() ? surname : upperFirst(interfix) + " " + surname;
        }
    }

    private Person person() {
        String first = random.nextInt(12) == 0 ? pick(FOREIGN_FIRST) : pick(firstNames);
        if (random.nextInt(8) == 0) {
            first = first + "-" + pick(firstNames); // Jan-Willem, Anne-Marie
        }
        String interfix = "";
        String surname;
        int r = random.nextInt(20);
        if (r < 9) {
            String s = pick(frequentSurnames);
            int sp = s.lastIndexOf(' ');
            if (sp > 0 && Character.isLowerCase(s.charAt(0))) {
                interfix = s.substring(0, sp);
                surname = s.substring(sp + 1);
            } else {
                surname = s;
            }
        } else if (r < 17) {
            String s = pick(surnames);
            if (s.startsWith("+")) {
                interfix = pick(INTERFIXES);
                surname = s.substring(1);
            } else {
                surname = s;
            }
        } else {
            String s = pick(FOREIGN_SURNAMES);
            int sp = s.lastIndexOf(' ');
            if (sp > 0 && Character.isLowerCase(s.charAt(0))) {
                interfix = s.substring(0, sp);
                surname = s.substring(sp + 1);
            } else {
                surname = s;
            }
        }
        if (random.nextInt(15) == 0) {
            String second = pick(frequentSurnames);
            surname = surname + "-" + second; // Hoekstra-de Graaf, Jansen-Bakker
        }
        StringBuilder initials = new StringBuilder();
        int n = 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
        initials.append(Character.toUpperCase(first.charAt(0))).append('.');
        for (int k = 1; k < n; k++) {
            initials.append((char) ('A' + random.nextInt(26))).append('.');
        }
        if (!interfix.isEmpty() && random.nextInt(6) == 0) {
            // Flemish style: the interfix keeps its capital after a first name ("Karel De Gucht", "Vande Lanotte")
            interfix = random.nextInt(4) == 0 && interfix.startsWith("van ") ? "Van" + interfix.substring(4)
                    : upperFirst(interfix);
        }
        return new Person(first, initials.toString(), interfix, surname);
    }

    /** Any written form of a person's name (the part a CoNLL annotator marks). */
    private String nameForm(Person p) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> p.full();
            case 4, 5 -> p.initialsName();
            case 6 -> p.surnameAlone();
            case 7 -> p.initials + " (" + p.first + ") " + (p.interfix.isEmpty() ? "" : p.interfix + " ") + p.surname;
            case 8 -> p.first + " " + (p.interfix.isEmpty() ? "" : p.interfix + " ") + p.surname.toUpperCase(Locale.ROOT).charAt(0) + ".";
            default -> p.full();
        };
    }

    // ------------------------------------------------------------------ genres

    private void mail(Builder b) {
        Person from = person();
        Person to = person();
        String fromDisplay = random.nextBoolean() ? from.full() : surnameFirst(from);
        String fromMail = mailbox(from);
        b.add(random.nextInt(4) == 0 ? "From: " : "Van: ").name(fromDisplay).add(" <" + fromMail + ">\n");
        b.add(random.nextBoolean() ? "Verzonden: " : "Datum: ").add(pick(DAYS) + " " + (1 + random.nextInt(28)) + " "
                + pick(MONTHS) + " 2021 " + (8 + random.nextInt(10)) + ":" + (10 + random.nextInt(50)) + "\n");
        b.add("Aan: ").name(random.nextBoolean() ? to.full() : surnameFirst(to));
        if (random.nextBoolean()) {
            b.add(" <" + mailbox(to) + ">");
        }
        b.add("\n");
        if (random.nextBoolean()) {
            b.add("CC: ");
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    b.add("; ");
                }
                if (random.nextInt(5) == 0) {
                    b.add(pick(ORGS));
                } else {
                    b.name(random.nextBoolean() ? person().full() : surnameFirst(person()));
                }
            }
            b.add("\n");
        }
        b.add("Onderwerp: " + (random.nextBoolean() ? "RE: " : "") + upperFirst(pick(TOPICS)) + "\n\n");
        b.add(pick(GREETINGS) + " ").name(to.first).add(",\n\n");
        if (random.nextBoolean()) {
            b.add(pick(OPENINGS) + " ");
        }
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            sentence(b, random.nextInt(4) == 0 ? pick(NEGATIVE) : pick(PROSE));
            b.add(random.nextBoolean() ? " " : "\n");
        }
        b.add("\n\n" + pick(SIGNOFFS) + "\n\n");
        b.name(random.nextInt(3) == 0 ? from.first : from.full()).add("\n");
        if (random.nextBoolean()) {
            b.add(pick(JOBS) + "\n");
        }
        b.add(pick(ORGS) + "\n");
        if (random.nextBoolean()) {
            b.add("T 06-" + (10000000 + random.nextInt(89999999)) + "\n");
        }
    }

    private void prose(Builder b) {
        int n = 2 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            sentence(b, random.nextInt(5) == 0 ? pick(NEGATIVE) : pick(PROSE));
            b.add(random.nextInt(3) == 0 ? "\n" : " ");
        }
    }

    private void decision(Builder b) {
        int n = 2 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            b.add((random.nextBoolean() ? (k + 1) + ". " : random.nextBoolean() ? " " : "") + pick(HEADINGS) + "\n");
            int m = 1 + random.nextInt(3);
            for (int j = 0; j < m; j++) {
                int r = random.nextInt(5);
                sentence(b, r < 3 ? pick(DECISION_PROSE) : r < 4 ? pick(PROSE) : pick(NEGATIVE));
                b.add(random.nextBoolean() ? " " : "\n");
            }
            b.add("\n");
        }
        if (random.nextBoolean()) {
            b.add("De minister van " + pick(new String[] {"Justitie en Veiligheid", "Binnenlandse Zaken en Koninkrijksrelaties",
                "Financiën", "Volksgezondheid, Welzijn en Sport"}) + ",\nnamens deze,\n\n");
            b.name(person().initialsName()).add("\n" + pick(JOBS) + "\n");
        }
    }

    private void world(Builder b) {
        int n = 2 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            int r = random.nextInt(6);
            sentence(b, r < 3 ? pick(WORLD_PROSE) : r < 5 ? pick(PROSE) : pick(NEGATIVE));
            b.add(random.nextInt(3) == 0 ? "\n" : " ");
        }
    }

    private static final String[] ONSETS = {"B", "Br", "C", "D", "F", "G", "Gr", "K", "Kr", "L", "M", "N", "P", "R", "S",
        "St", "T", "Tr", "V", "Z", "Ch", "Sh", "J", "H", "Y", "Ž", "Č"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ou", "ei", "ia", "y", "é", "ö", "ü"};
    private static final String[] ENDINGS = {"ini", "elli", "ami", "etti", "ov", "ova", "enko", "ski", "ska", "ić", "escu",
        "ez", "es", "os", "idis", "oglu", "yan", "ian", "sson", "sen", "berg", "mann", "eau", "ier", "ard", "ak", "uk",
        "ero", "ado", "ic", "uri", "anu", "ema", "ahi", "ine", "our"};

    /** A surname from nowhere ("Bortolami", "Tchmil"): the tagger must read the context, not remember the word. */
    private String inventedSurname() {
        StringBuilder b = new StringBuilder(pick(ONSETS));
        int syllables = 1 + random.nextInt(2);
        for (int k = 0; k < syllables; k++) {
            b.append(pick(VOWELS));
            if (k < syllables - 1) {
                b.append(Character.toLowerCase(pick(ONSETS).charAt(0)));
            }
        }
        return b.append(pick(ENDINGS)).toString();
    }

    /** A name in international news: first and last name, or the last name alone. */
    private String worldName() {
        String sur = random.nextInt(3) == 0 ? inventedSurname() : pick(WORLD_SUR);
        return random.nextInt(3) == 0 ? sur : pick(WORLD_FIRST) + " " + sur;
    }

    private void minutes(Builder b) {
        b.add("Verslag overleg " + pick(TOPICS) + "\n" + "Datum: " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2022\n");
        b.add(random.nextBoolean() ? "Aanwezig: " : "Aanwezigen: ");
        int n = 2 + random.nextInt(5);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.add(", ");
            }
            Person p = person();
            b.name(random.nextBoolean() ? p.full() : p.initialsName());
            if (random.nextInt(3) == 0) {
                b.add(" (" + pick(new String[] {"voorzitter", "BZK", "JenV", "AP", "notulen", "DGDOO"}) + ")");
            }
        }
        b.add("\n");
        if (random.nextBoolean()) {
            b.add("Afwezig: ").name(person().full()).add("\n");
        }
        b.add("Notulist: ").name(person().initialsName()).add("\n\n1. Opening\n");
        b.add("De voorzitter, ").name(person().full()).add(", opent de vergadering.\n");
        sentence(b, pick(PROSE));
        b.add("\n2. Actiepunten\n- ");
        b.name(person().surnameAlone()).add(" zorgt voor een nota over " + pick(TOPICS) + ".\n- ");
        sentence(b, pick(NEGATIVE));
        b.add("\n");
    }

    private void letter(Builder b) {
        Person p = person();
        boolean woman = random.nextBoolean();
        b.add(woman ? "Mevrouw " : "De heer ").name(p.initialsName()).add("\n");
        b.add(pick(new String[] {"Kerkstraat", "Dorpsweg", "Laan van Meerdervoort", "Stationsplein", "Molenweg"}) + " "
                + (1 + random.nextInt(200)) + "\n" + (1000 + random.nextInt(8999)) + " AB " + pick(PLACES) + "\n\n");
        b.add("Datum " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2023\nBetreft Uw verzoek om informatie\n\n");
        b.add("Geachte " + (woman ? "mevrouw " : "heer ")).name(p.surnameAlone()).add(",\n\n");
        for (int k = 0; k < 2; k++) {
            sentence(b, pick(PROSE));
            b.add(" ");
        }
        sentence(b, pick(NEGATIVE));
        b.add("\n\n" + pick(new String[] {"Hoogachtend,", "Met vriendelijke groet,"}) + "\n\n");
        if (random.nextBoolean()) {
            b.add("De " + pick(new String[] {"minister", "staatssecretaris", "burgemeester"}) + " van " + pick(ORGS) + ",\n"
                    + "namens deze,\n\n");
        }
        b.name(random.nextBoolean() ? person().full() : pick(TITLES) + " " + person().initialsName(), true).add("\n");
        b.add(pick(JOBS) + "\n");
    }

    private void memo(Builder b) {
        b.add(random.nextBoolean() ? "Nota\n\n" : "Notitie\n\n");
        b.add("Aan: ").name(person().full()).add("\n");
        b.add("Van: ").name(person().full()).add(", " + pick(ORGS) + "\n");
        if (random.nextBoolean()) {
            b.add("Kopie: ").name(person().initialsName()).add("; ").name(person().full()).add("\n");
        }
        b.add("Datum: " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2020\nOnderwerp: " + upperFirst(pick(TOPICS)) + "\n\n");
        int n = 2 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            sentence(b, random.nextInt(3) == 0 ? pick(NEGATIVE) : pick(PROSE));
            b.add(random.nextBoolean() ? " " : "\n\n");
        }
        b.add("\nContactpersoon: ").name(person().full()).add("\n");
    }

    private void chat(Builder b) {
        Person a = person();
        Person c = person();
        int n = 3 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            b.add("[" + (10 + random.nextInt(12)) + ":" + (10 + random.nextInt(50)) + "] ");
            b.name(k % 2 == 0 ? a.full() : c.first).add(": ");
            if (random.nextBoolean()) {
                b.add(pick(REPLIES) + " ");
            }
            sentence(b, random.nextInt(3) == 0 ? pick(NEGATIVE) : pick(PROSE));
            b.add("\n");
        }
    }

    /** Fills a sentence template; names are marked as they are written. */
    private void sentence(Builder b, String template) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                b.add(template.substring(i));
                break;
            }
            b.add(template.substring(i, open));
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            switch (slot) {
                case "P" -> b.name(nameForm(person()));
                case "PF" -> b.name(person().first);
                case "W" -> b.name(worldName());
                case "PX" -> {
                    Person p = person(); // a suspect as the press writes one: first name and initial of the surname
                    b.name(p.first + " " + Character.toUpperCase(p.surname.charAt(0)) + ".");
                }
                case "S" -> b.name(person().surnameAlone());
                case "T" -> {
                    Person p = person();
                    String title = pick(TITLES);
                    b.add(title + " ").name(title.endsWith(".") && random.nextBoolean() ? p.initialsName()
                            : random.nextBoolean() ? p.surnameAlone() : p.full());
                }
                case "O" -> {
                    String office = pick(OFFICES);
                    if (open == 0) {
                        office = upperFirst(office);
                    }
                    Person p = person();
                    b.add(office + " ").name(random.nextInt(3) == 0 ? p.surnameAlone() : p.full());
                }
                case "party" -> b.add(pick(PARTIES));
                case "acro" -> b.add(pick(ACRONYMS));
                case "unit" -> b.add(pick(UNITS));
                case "org" -> b.add(pick(ORGS));
                case "place" -> b.add(pick(PLACES));
                case "day" -> b.add(pick(DAYS));
                case "month" -> b.add(pick(MONTHS));
                case "topic" -> b.add(pick(TOPICS));
                case "job" -> b.add(pick(JOBS).toLowerCase(Locale.ROOT));
                case "num" -> b.add(Integer.toString(1 + random.nextInt(31)));
                case "age" -> b.add(Integer.toString(18 + random.nextInt(70)));
                default -> throw new IllegalStateException("unknown slot " + slot);
            }
            i = close + 1;
        }
    }

    private String surnameFirst(Person p) {
        // Outlook display names: "Verbeek, Lotte", "Heuvel, Ingrid van den", "Meer, J. van der"
        String given = random.nextInt(3) == 0 ? p.initials : p.first;
        return p.surname + ", " + given + (p.interfix.isEmpty() ? "" : " " + p.interfix);
    }

    private String mailbox(Person p) {
        String local = (random.nextBoolean() ? p.first : p.initials.replace(".", "")) + "."
                + (p.interfix.isEmpty() ? "" : p.interfix.replace(" ", "").replace("'", "") + ".") + p.surname;
        return ascii(local.toLowerCase(Locale.ROOT)) + "@" + pick(new String[] {"minbzk.nl", "minjenv.nl", "utrecht.nl",
            "autoriteitpersoonsgegevens.nl", "gmail.com", "rws.nl", "denhaag.nl"});
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9.\\-]", "");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<int[]> names = new ArrayList<>();

        Builder add(String s) {
            text.append(s);
            return this;
        }

        Builder name(String n) {
            names.add(new int[] {text.length(), text.length() + n.length()});
            text.append(n);
            return this;
        }

        /** A name after a title in the same string ("drs. D.J. Smit"): only the part after the title is marked. */
        Builder name(String titleAndName, boolean titled) {
            for (String t : TITLES) {
                if (titleAndName.startsWith(t + " ")) {
                    text.append(t).append(' ');
                    return name(titleAndName.substring(t.length() + 1));
                }
            }
            return name(titleAndName);
        }
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean up = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == ' ';
        }
        return b.toString();
    }

    private static List<String> capitalised(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.length() >= 2) {
                out.add(capitalise(w));
            }
        }
        return out;
    }

    private static List<String> read(String name) {
        try (InputStream raw = GeneratedTrainingText.class.getResourceAsStream("/nl/openbaar/detection/" + name)) {
            if (raw == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
