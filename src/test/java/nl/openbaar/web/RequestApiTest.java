package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API and the first back-office page, over HTTP against the whole application on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestApiTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("openbaar.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void users() {
        if (!accounts.exists("behandelaar")) {
            accounts.create("behandelaar", "Behandelaar", "geheim-wachtwoord-1", Set.of(Role.CASE_HANDLER));
            accounts.create("publicist", "Publicatie", "geheim-wachtwoord-2", Set.of(Role.PUBLISHER));
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registerAndExtendThroughTheApi() throws Exception {
        String body = """
                {"name":"Jan Jansen","received":"2021-06-11","subject":"Clearview AI","items":["Documenten","Overleg"]}""";
        HttpResponse<String> created = send("POST", "/api/verzoeken", "behandelaar", "geheim-wachtwoord-1", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        String kenmerk = json.path("kenmerk").asString();
        assertThat(json.path("deadline").asString()).isEqualTo("2021-07-09");

        HttpResponse<String> extended = send("POST", "/api/verzoeken/" + kenmerk + "/gebeurtenissen", "behandelaar",
                "geheim-wachtwoord-1", """
                        {"type":"extended","date":"2021-06-25","details":{"reason":"omvang"}}""");
        assertThat(extended.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(extended.body()).path("deadlines").path("deadline").asString()).isEqualTo("2021-08-06");

        HttpResponse<String> late = send("POST", "/api/verzoeken/" + kenmerk + "/gebeurtenissen", "behandelaar",
                "geheim-wachtwoord-1", """
                        {"type":"extended","date":"2021-06-28","details":{"reason":"nog eens"}}""");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(late.body()).path("field").asString()).isEqualTo("type");

        HttpResponse<String> scoped = send("PATCH", "/api/verzoeken/" + kenmerk, "behandelaar", "geheim-wachtwoord-1", """
                {"scopedFrom":"2020-01-01","scopedTo":"2021-06-11","scopeReason":"pas sinds 2020 documenten"}""");
        assertThat(scoped.statusCode()).as(scoped.body()).isEqualTo(200);
        assertThat(JSON.readTree(scoped.body()).path("scopedPeriod").path("from").asString()).isEqualTo("2020-01-01");

        assertThat(send("GET", "/api/verzoeken/" + kenmerk, "publicist", "geheim-wachtwoord-2", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/verzoeken/ONBEKEND", "publicist", "geheim-wachtwoord-2", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiNeedsCredentialsAndTheRightRole() throws Exception {
        assertThat(send("GET", "/api/verzoeken", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/verzoeken", "behandelaar", "fout-wachtwoord", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/verzoeken", "publicist", "geheim-wachtwoord-2", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionListsTheRequestEndpoints() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        assertThat(paths.has("/api/verzoeken")).isTrue();
        assertThat(paths.has("/api/verzoeken/{kenmerk}/gebeurtenissen")).isTrue();
    }

    @Test
    void theBackOfficeRedirectsToLoginAndListsRequestsAfterwards() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/beheer/verzoeken"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
