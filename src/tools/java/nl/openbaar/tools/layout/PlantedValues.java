package nl.openbaar.tools.layout;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Invented personal data in the many ways people write it, each value unique in a corpus so that an evaluator can
 * look for it in a document's redacted output. Seeded: the same seed gives the same values.
 */
final class PlantedValues {

    private static final List<String> FIRST = List.of("Pieter", "Annemarie", "Joost", "Fatima", "Sanne", "Mohamed", "Lieke",
            "Bram", "Yasmina", "Gerrit", "Ilse", "Hendrik", "Noor", "Sven", "Esra", "Willemijn", "Ruud", "Marloes", "Tobias",
            "Chantal", "Dirk-Jan", "Aylin", "Koen", "Femke", "Barend", "Ingeborg", "Thijs", "Naima", "Wouter", "Jolanda");
    /** Surnames are made of a head and a tail ("Brink" + "horst"), each used once in a corpus. */
    private static final List<String> HEADS = List.of("Brink", "Veld", "Ooster", "Haver", "Zwanen", "Hooge", "Bakke",
            "Wol", "Doorn", "Lamb", "Schuur", "Mulde", "Vlas", "Elz", "Harm", "Bouw", "Stapel", "Nijen", "Ouwe", "Riet",
            "Smeul", "Vreugden", "Kamer", "Linde", "Roze", "Esse", "Wilger", "Beuke", "Heide", "Zand");
    private static final List<String> TAILS = List.of("horst", "kamp", "wijk", "burg", "veld", "hof", "man", "inga",
            "stra", "sma", "hoven", "dijk", "berg", "broek", "kade", "meijer", "boom", "donk");
    private static final List<String> INTERFIX = List.of("", "", "", "van", "de", "van der", "van den", "ter");
    private static final List<String> STREETS = List.of("Lindenlaan", "Kastanjestraat", "Molenweg", "Havenkade",
            "Prinsengracht", "Beukenhof", "Schoolstraat", "Wilhelminapark", "Dorpsstraat", "Vondellaan", "Koningsweg",
            "Rozengracht", "Esdoornstraat", "Meidoornlaan", "Tulpstraat");
    private static final List<String> DOMAINS = List.of("minvws.nl", "rijksoverheid.nl", "ministerie-voorbeeldzaken.nl",
            "gemeente-voorbeeldstad.nl", "provincie-voorbeeld.nl", "example.org", "adviesbureau-voorbeeld.nl");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final List<String> DAY_WORDS = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
            "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
            "negentien", "twintig");

    /** An invented person. */
    record Person(String first, String interfix, String surname) {

        String full() {
            return first + " " + (interfix.isEmpty() ? "" : interfix + " ") + surname;
        }

        String initialled() {
            return first.charAt(0) + ". " + (interfix.isEmpty() ? "" : interfix + " ") + surname;
        }

        String local() {
            String s = (interfix + surname).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            return first.toLowerCase(Locale.ROOT).replace("-", "") + "." + s;
        }
    }

    private final Random random;
    private final Set<String> used = new HashSet<>();

    PlantedValues(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    Person person() {
        String surname = surname();
        if (chance(0.25)) {
            surname = surname + "-" + surname();
        }
        return new Person(pick(FIRST), pick(INTERFIX), surname);
    }

    /** A surname not used before in this corpus while there are any left; in a large case they repeat, as in life. */
    private String surname() {
        String s = pick(HEADS) + pick(TAILS);
        for (int tries = 0; tries < 50 && !used.add("surname:" + s); tries++) {
            s = pick(HEADS) + pick(TAILS);
        }
        return s;
    }

    /** A phone number in one of the notations people use; subscriber digits never repeat in a corpus. */
    String phone() {
        while (true) {
            // mobile numbers are 06 followed by a digit 1-9; the area 070 by a digit 2-9
            String n = between(2, 9) + digits(7);
            String area = "70";
            String p = switch (random.nextInt(11)) {
                case 0 -> "06-" + n;
                case 1 -> "06 " + n.substring(0, 4) + " " + n.substring(4);
                case 2 -> "+31 6 " + n;
                case 3 -> "+31 (0)6-" + n.substring(0, 4) + " " + n.substring(4);
                case 4 -> "0031 6 " + n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5);
                case 5 -> "0" + area + "-" + n.substring(1);
                case 6 -> "(0" + area + ") " + n.substring(1, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
                case 7 -> "06." + n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "." + n.substring(6);
                case 8 -> "+31 " + area + " " + n.substring(1, 4) + " " + n.substring(4);
                case 9 -> "06 - " + n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
                default -> "06" + n;
            };
            if (used.add("digits:" + n.substring(1))) {
                return p;
            }
        }
    }

    String email(Person p) {
        String local = switch (random.nextInt(5)) {
            case 0 -> p.local();
            case 1 -> p.first().toLowerCase(Locale.ROOT).charAt(0) + "." + p.local().substring(p.local().indexOf('.') + 1);
            case 2 -> p.local().replace('.', '_');
            case 3 -> p.local() + "-" + pick(TAILS);
            default -> p.local().replace(".", "");
        };
        String address = local + "@" + pick(DOMAINS);
        return used.add(address) ? address : email(p);
    }

    String iban() {
        while (true) {
            String bank = pick(List.of("ABNA", "INGB", "RABO", "TRIO", "SNSB"));
            String account = digits(10);
            String check = ibanCheck("NL", bank + account);
            String compact = "NL" + check + bank + account;
            if (!used.add(compact)) {
                continue;
            }
            return chance(0.6) ? compact.replaceAll("(.{4})", "$1 ").strip() : compact;
        }
    }

    static String ibanCheck(String country, String bban) {
        StringBuilder s = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            s.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(s.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    /** A BSN passing the elfproef. */
    String bsn() {
        while (true) {
            String d = digits(8);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += (9 - k) * (d.charAt(k) - '0');
            }
            int last = sum % 11;
            if (last > 9 || d.charAt(0) == '0') {
                continue;
            }
            String bsn = d + last;
            if (used.add(bsn)) {
                return chance(0.3) ? bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6) : bsn;
            }
        }
    }

    String street() {
        while (true) {
            String s = pick(STREETS) + " " + between(2, 399) + (chance(0.2) ? pick(List.of("a", "b", "-II", " bis")) : "");
            if (used.add(s)) {
                return s;
            }
        }
    }

    String postcode() {
        while (true) {
            char a = (char) ('A' + random.nextInt(26));
            char b = (char) ('A' + random.nextInt(26));
            String letters = "" + a + b;
            if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
                continue;
            }
            String p = between(1000, 9999) + (chance(0.8) ? " " : "") + letters;
            if (used.add(p)) {
                return p;
            }
        }
    }

    String plate() {
        while (true) {
            String l1 = letters(2);
            String l3 = letters(3);
            String p = switch (random.nextInt(4)) {
                case 0 -> between(10, 99) + "-" + l3 + "-" + between(1, 9);
                case 1 -> l1 + "-" + between(100, 999) + "-" + letters(1);
                case 2 -> between(1, 9) + "-" + l3 + "-" + between(10, 99);
                default -> letters(1) + "-" + between(100, 999) + "-" + l1;
            };
            if (used.add(p)) {
                return p;
            }
        }
    }

    /** A date of birth as written after "geboren op" or "geboortedatum:": in words or in digits. */
    String birthDate() {
        while (true) {
            int day = between(1, 20);
            int month = between(1, 12);
            int year = between(1940, 2004);
            String d = switch (random.nextInt(3)) {
                case 0 -> DAY_WORDS.get(day - 1) + " " + MONTHS.get(month - 1) + " " + year;
                case 1 -> day + " " + MONTHS.get(month - 1) + " " + year;
                default -> String.format(Locale.ROOT, "%02d-%02d-%d", day, month, year);
            };
            if (used.add(d)) {
                return d;
            }
        }
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String letters(int n) {
        String allowed = "BDFGHJKLNPRSTVXZ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(allowed.charAt(random.nextInt(allowed.length())));
        }
        return s.toString();
    }
}
