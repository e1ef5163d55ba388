package nl.openbaar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** At least 12 characters, not the user name, not a common password (also not one with digits stuck on). */
class PasswordRulesTest {

    private static void refused(String username, String password, String why) {
        assertThatThrownBy(() -> PasswordRules.check(username, password)).as(password)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(why)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
    }

    @Test
    void tooShortOrTooLong() {
        refused("jansen", "kort-maar-1", "ten minste 12");
        refused("jansen", "x".repeat(30) + "ééééééééééééééééééééééé", "hoogstens 72");
    }

    @Test
    void theUserNameOrBuiltOnIt() {
        refused("behandelaar01", "behandelaar01", "gebruikersnaam");
        refused("behandelaar01", "Behandelaar01!!", "gebruikersnaam");
        refused("e.devries@gemeente.nl", "e.devries-zomer-2026", "gebruikersnaam");
        refused("jansen", "nesnaj-en-meer-tekst", "gebruikersnaam");
    }

    @Test
    void commonPasswordsAlsoWithDigitsOrSignsAround() {
        refused("jansen", "qwertyuiop123", "veelgebruikte");       // on the list as it is
        refused("jansen", "123qweasdzxc", "veelgebruikte");
        refused("jansen", "Password12345!", "veelgebruikte");     // 'password' with digits after it
        refused("jansen", "!!Welkom2026!!", "veelgebruikte");     // the Dutch supplement
        refused("jansen", "Wachtwoord123", "veelgebruikte");
        refused("jansen", "123456789012", "veelgebruikte");
        refused("jansen", "abcabcabcabc", "dezelfde tekens");
        refused("jansen", "aaaaaaaaaaaaaaaa", "dezelfde tekens");
    }

    @Test
    void aPassphraseOrARandomPasswordIsAccepted() {
        PasswordRules.check("jansen", "fiets-regen-koffie-dijk");
        PasswordRules.check("jansen", "Kq7mZ2vR9xLp4TwN8cYb");
        PasswordRules.check("behandelaar", "geheim-wachtwoord-1");
        assertThat(Accounts.acceptablePassword("jansen", "jansen-is-mijn-naam")).isFalse();
        assertThat(Accounts.acceptablePassword("jansen", "fiets-regen-koffie-dijk")).isTrue();
    }
}
