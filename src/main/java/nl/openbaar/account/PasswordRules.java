package nl.openbaar.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.openbaar.shared.InvalidInputException;

/**
 * What a password must be (NIST SP 800-63B's advice: length and a block list, no composition rules): 12 to 72
 * characters, not the user name or built on it, and not a common password — also not one with digits or signs stuck
 * on before or after ("Welkom2026!", "password12345"), and not one short piece repeated ("abcabcabcabc").
 * The lists are data: common-passwords.txt (zxcvbn's, MIT) and common-dutch-passwords.txt; see SOURCES.md.
 */
final class PasswordRules {

    static final int MIN = 12;
    /** bcrypt looks at the first 72 bytes only; a longer password would silently be cut. */
    static final int MAX = 72;

    private static volatile Set<String> common;

    private PasswordRules() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN) {
            throw new InvalidInputException("password", "een wachtwoord heeft ten minste " + MIN + " tekens");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX) {
            throw new InvalidInputException("password", "een wachtwoord heeft hoogstens " + MAX + " tekens");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = core(lower);
        if (username != null && !username.isBlank()) {
            String user = username.toLowerCase(Locale.ROOT);
            String local = user.contains("@") ? user.substring(0, user.indexOf('@')) : user;
            if (lower.contains(user) || (local.length() >= 3 && lower.contains(local))
                    || lower.contains(new StringBuilder(user).reverse())) {
                throw new InvalidInputException("password", "een wachtwoord mag de gebruikersnaam niet bevatten");
            }
        }
        Set<String> list = common();
        if (list.contains(lower) || (core.length() >= 3 && list.contains(core))) {
            throw new InvalidInputException("password", "dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden; "
                    + "kies een zin van een paar woorden die alleen u kent");
        }
        String unit = repeatedUnit(lower);
        if (unit.length() <= 4 || list.contains(unit) || lower.chars().distinct().count() < 5) {
            throw new InvalidInputException("password", "een wachtwoord van steeds dezelfde tekens is te raden");
        }
    }

    /** The password without the digits and signs before and after it: "welkom" from "!Welkom2026!". */
    private static String core(String lower) {
        int from = 0;
        int to = lower.length();
        while (from < to && !Character.isLetter(lower.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    /** The shortest piece the whole password repeats ("abc" for "abcabcabcabc"), or the password itself. */
    private static String repeatedUnit(String s) {
        for (int n = 1; n <= s.length() / 2; n++) {
            if (s.length() % n == 0 && s.substring(0, n).repeat(s.length() / n).equals(s)) {
                return s.substring(0, n);
            }
        }
        return s;
    }

    private static Set<String> common() {
        Set<String> c = common;
        if (c == null) {
            Set<String> words = new HashSet<>(60_000);
            read("common-passwords.txt", words);
            read("common-dutch-passwords.txt", words);
            common = c = Set.copyOf(words);
        }
        return c;
    }

    private static void read(String name, Set<String> into) {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/nl/openbaar/account/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing /nl/openbaar/account/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    into.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
