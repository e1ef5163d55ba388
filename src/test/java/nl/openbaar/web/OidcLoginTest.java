package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.Set;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OpenID Connect, configured: the login page offers the provider, the authorization request goes to it, and
 * a person the provider vouches for gets exactly the roles of the local account of that name; anyone else is
 * refused. (Off by default: without a registration there is no OIDC at all, as the other web tests show.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class OidcLoginTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws Exception {
        String data = Files.createTempDirectory("openbaar-oidc-").toString();
        r.add("openbaar.data-dir", () -> data);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:oidc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String p = "spring.security.oauth2.client.";
        r.add(p + "registration.organisatie.client-id", () -> "openbaar");
        r.add(p + "registration.organisatie.client-secret", () -> "geheim");
        r.add(p + "registration.organisatie.client-name", () -> "Rijksportaal");
        r.add(p + "registration.organisatie.scope", () -> "openid,profile");
        r.add(p + "registration.organisatie.authorization-grant-type", () -> "authorization_code");
        r.add(p + "registration.organisatie.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        r.add(p + "provider.organisatie.authorization-uri", () -> "https://login.example.nl/auth");
        r.add(p + "provider.organisatie.token-uri", () -> "https://login.example.nl/token");
        r.add(p + "provider.organisatie.jwk-set-uri", () -> "https://login.example.nl/certs");
        r.add(p + "provider.organisatie.user-name-attribute", () -> "preferred_username");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void theLoginPageOffersTheProviderAndTheAuthorizationRequestGoesThere() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Inloggen met Rijksportaal").contains("/oauth2/authorization/organisatie");
        String location = mvc.perform(get("/oauth2/authorization/organisatie")).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("https://login.example.nl/auth?").contains("client_id=openbaar").contains("scope=openid")
                .contains("redirect_uri=");
    }

    @Test
    void theProviderSaysWhoTheLocalAccountSaysWhat() {
        if (!accounts.exists("e.devries")) {
            accounts.create("e.devries", "E. de Vries", "een-lang-wachtwoord", Set.of(Role.LAWYER));
        }
        ClientRegistration reg = registrations.findByRegistrationId("organisatie");
        var service = OidcAccounts.userService(accounts, "preferred_username");
        var user = service.loadUser(request(reg, "E.deVries"));
        assertThat(user.getName()).isEqualTo("e.devries");
        assertThat(user.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_LAWYER");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.loadUser(request(reg, "onbekend")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("onbekend");
    }

    private static OidcUserRequest request(ClientRegistration reg, String username) {
        var now = java.time.Instant.now();
        OidcIdToken id = OidcIdToken.withTokenValue("id-token").issuer("https://login.example.nl").subject("sub-" + username)
                .audience(Set.of("openbaar")).issuedAt(now).expiresAt(now.plusSeconds(300)).claim("preferred_username", username)
                .build();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token", now, now.plusSeconds(300),
                Set.of("openid"));
        return new OidcUserRequest(reg, access, id);
    }
}
