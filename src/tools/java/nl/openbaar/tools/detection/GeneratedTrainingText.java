package nl.openbaar.tools.detection;

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

    /** The word lists and sentence templates, as data. */
    private static final WordSections WORDS = WordSections.read("generated-text.txt");

    private final Random random;
    private final List<String> firstNames;
    private final List<String> surnames;
    private final List<String> frequentSurnames;

    /** Foreign-origin surnames common in the Netherlands, as written (the Meertens list of 2007 has few). */
    private static final String[] FOREIGN_SURNAMES = WORDS.section("foreign-surnames");
    private static final String[] FOREIGN_FIRST = WORDS.section("foreign-first");
    /** Names in international news, sport and culture: the tagger must know names outside the Dutch lists too. */
    private static final String[] WORLD_FIRST = WORDS.section("world-first");
    private static final String[] WORLD_SUR = WORDS.section("world-sur");
    private static final String[] WORLD_PROSE = WORDS.section("world-prose");
    private static final String[] INTERFIXES = WORDS.section("interfixes");
    private static final String[] TITLES = WORDS.section("titles");
    private static final String[] OFFICES = WORDS.section("offices");
    private static final String[] PARTIES = WORDS.section("parties");
    private static final String[] JOBS = WORDS.section("jobs");
    private static final String[] ORGS = WORDS.section("orgs");
    private static final String[] PLACES = WORDS.section("places");
    private static final String[] DAYS = WORDS.section("days");
    private static final String[] MONTHS = WORDS.section("months");
    private static final String[] TOPICS = WORDS.section("topics");

    /** Sentences of news and policy prose; {P} a name in any form, {T} a title and name, {O} an office and name. */
    private static final String[] PROSE = WORDS.section("prose");
    /** Capitalised words that are not names: what the tagger must learn to leave alone. */
    private static final String[] NEGATIVE = WORDS.section("negative");
    private static final String[] ACRONYMS = WORDS.section("acronyms");
    private static final String[] UNITS = WORDS.section("units");
    /** Short chat and mail replies: capitalised ordinary words at the start of a line or after a speaker. */
    private static final String[] REPLIES = WORDS.section("replies");
    /** Headings of a Woo/Wob decision: capitalised words alone on a line that are no names. */
    private static final String[] HEADINGS = WORDS.section("headings");
    private static final String[] DECISION_PROSE = WORDS.section("decision-prose");
    /** How the body of a mail or memo often starts: capitalised ordinary words after a blank line. */
    private static final String[] OPENINGS = WORDS.section("openings");
    private static final String[] GREETINGS = WORDS.section("greetings");
    private static final String[] SIGNOFFS = WORDS.section("signoffs");

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
            b.add("De minister van " + pick(MINISTRIES) + ",\nnamens deze,\n\n");
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

    private static final String[] MINISTRIES = WORDS.section("ministries");
    private static final String[] MINUTES_ROLES = WORDS.section("minutes-roles");
    private static final String[] STREETS = WORDS.section("streets");
    private static final String[] LETTER_SIGNOFFS = WORDS.section("letter-signoffs");
    private static final String[] SIGNING_OFFICES = WORDS.section("signing-offices");
    private static final String[] MAIL_DOMAINS = WORDS.section("mail-domains");
    private static final String[] ONSETS = WORDS.section("onsets");
    private static final String[] VOWELS = WORDS.section("vowels");
    private static final String[] ENDINGS = WORDS.section("endings");

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
                b.add(" (" + pick(MINUTES_ROLES) + ")");
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
        b.add(pick(STREETS) + " "
                + (1 + random.nextInt(200)) + "\n" + (1000 + random.nextInt(8999)) + " AB " + pick(PLACES) + "\n\n");
        b.add("Datum " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2023\nBetreft Uw verzoek om informatie\n\n");
        b.add("Geachte " + (woman ? "mevrouw " : "heer ")).name(p.surnameAlone()).add(",\n\n");
        for (int k = 0; k < 2; k++) {
            sentence(b, pick(PROSE));
            b.add(" ");
        }
        sentence(b, pick(NEGATIVE));
        b.add("\n\n" + pick(LETTER_SIGNOFFS) + "\n\n");
        if (random.nextBoolean()) {
            b.add("De " + pick(SIGNING_OFFICES) + " van " + pick(ORGS) + ",\n"
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
        return ascii(local.toLowerCase(Locale.ROOT)) + "@" + pick(MAIL_DOMAINS);
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
