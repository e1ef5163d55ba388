package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.openbaar.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The account page refuses the user name as password and a common password, naming the field; a passphrase is taken. */
class PasswordPagesTest extends WebTest {

    private MvcResult create(String username, String password) throws Exception {
        account("pw-admin", Role.ADMIN);
        return mvc.perform(post("/beheer/accounts").with(user("pw-admin").roles("ADMIN")).with(csrf())
                .param("username", username).param("password", password).param("roles", "CASE_HANDLER")).andReturn();
    }

    @Test
    void weakPasswordsAreRefusedNamingTheField() throws Exception {
        assertThat(create("pw-kees-bakker", "pw-kees-bakker").getFlashMap().get("accountError")).asString()
                .startsWith("password:").contains("gebruikersnaam");
        assertThat(create("pw-kees-bakker", "Password12345!").getFlashMap().get("accountError")).asString()
                .startsWith("password:").contains("veelgebruikte");
        assertThat(accounts.exists("pw-kees-bakker")).isFalse();
        assertThat(create("pw-kees-bakker", "fiets-regen-koffie-dijk").getFlashMap().get("accountError")).isNull();
        assertThat(accounts.exists("pw-kees-bakker")).isTrue();
    }
}
