package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Limits;
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

/**
 * Every hostile input of issue 12 against the running server (real Tomcat, so its own limits take part): too long,
 * too many, dates from the year −999999999, a kenmerk with '/', absurd page numbers. Each is a 4xx that names the
 * field (beside the field on a form, "field" in the API's JSON), never a 500, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestInputTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("openbaar.data-dir", data::toString);
        // The test's client talks plain http to localhost; java.net's cookie store keeps secure cookies for https only.
        registry.add("server.servlet.session.cookie.secure", () -> "false");
        // As behind a reverse proxy: the client's address from X-Forwarded-For (the proxy, here loopback, is trusted).
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    private static final String PASSWORD = "hostile-input-wachtwoord";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    FindingRequests finding;

    @BeforeEach
    void users() {
        if (!accounts.exists("behandelaar")) {
            accounts.create("behandelaar", "Behandelaar", PASSWORD, Set.of(Role.CASE_HANDLER));
        }
    }

    private static String repeat(int n) {
        return "x".repeat(n);
    }

    private static String lines(int n) {
        return IntStream.range(0, n).mapToObj(i -> "onderdeel " + i).collect(Collectors.joining("\n"));
    }

    // --- the web forms ---

    /** A browser: cookies kept, the form's CSRF token read from the page before posting. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String address = "127.0.0.1";

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
        }

        Browser from(String address) {
            this.address = address;
            return this;
        }

        HttpResponse<String> post(String formPath, String actionPath, List<String> fields) throws Exception {
            String page = get(formPath).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("a CSRF token on " + formPath).isTrue();
            List<String> all = new ArrayList<>(fields);
            all.add("_csrf");
            all.add(token.group(1));
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < all.size(); i += 2) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
            }
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + actionPath))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        Browser login() throws Exception {
            HttpResponse<String> r = post("/login", "/login", List.of("username", "behandelaar", "password", PASSWORD));
            assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("error");
            return this;
        }
    }

    private static List<String> requesterForm(String... overrides) {
        List<String> f = new ArrayList<>(List.of("name", "Ruud Lindeboom", "email", "r.lindeboom@example.org",
                "subject", "de subsidie voor het dorpshuis", "items", "Het subsidiebesluit"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = f.indexOf(overrides[i]);
            if (at >= 0 && at % 2 == 0) {
                f.set(at + 1, overrides[i + 1]);
            } else {
                f.add(overrides[i]);
                f.add(overrides[i + 1]);
            }
        }
        return f;
    }

    /** The form came back with a 400 and the error beside the named field. */
    private static void refusedBeside(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(field + ": " + r.body()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"" + field + "-error\"");
    }

    @Test
    void thePublicRequestFormRefusesWhatIsTooLongTooManyOrOutOfRange() throws Exception {
        Browser b = new Browser();
        int before = finding.byUrgency().size();
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("name", repeat(Limits.NAME + 1))), "name");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("subject", repeat(Limits.SUBJECT + 1))), "subject");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("email", repeat(400) + "@example.org")), "email");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("phone", repeat(Limits.PHONE + 1))), "phone");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("address", repeat(Limits.ADDRESS + 1))), "address");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("items", lines(Limits.ITEMS + 1))), "items");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("items", repeat(Limits.ITEM + 1))), "items");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("requestedFrom", "-999999999-01-01")),
                "requestedFrom");
        refusedBeside(b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("requestedTo", "+999999999-12-31")),
                "requestedTo");
        // 150,000 lines in the items field: longer than any field may be, refused before the page sees it.
        HttpResponse<String> lines = b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("items", "x\n".repeat(150_000)));
        assertThat(lines.statusCode()).isEqualTo(400);
        assertThat(lines.body()).contains("items: hoogstens");
        // Over Tomcat's 2 MB for a form: refused as a whole.
        HttpResponse<String> big = b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("items", lines(150_000)));
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("formulier");
        assertThat(finding.byUrgency()).hasSize(before);
    }

    @Test
    void aFormWithAHundredAndFiftyThousandFieldsOrOneHugeFieldIsA400NamingIt() throws Exception {
        Browser b = new Browser();
        List<String> many = requesterForm();
        for (int i = 0; i < 150_000; i++) {
            many.add("items");
            many.add("x");
        }
        HttpResponse<String> r = b.post("/verzoek-indienen", "/verzoek-indienen", many);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("formulier");

        HttpResponse<String> huge = b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm("website2", repeat(InputLimits.MAX_VALUE + 1)));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("website2");
    }

    @Test
    void theBackOfficeRegistrationRefusesAKenmerkWithASlashAndDatesOutOfRange() throws Exception {
        Browser b = new Browser().login();
        List<String> base = List.of("name", "Jan Jansen", "received", "2026-01-05", "subject", "Clearview AI", "channel", "email");
        List<String> slash = new ArrayList<>(base);
        slash.addAll(List.of("kenmerk", "WOO/2026/1"));
        refusedBeside(b.post("/beheer/verzoeken/nieuw", "/beheer/verzoeken", slash), "kenmerk");
        List<String> old = new ArrayList<>(base);
        old.addAll(List.of("letterDate", "-999999999-01-01"));
        refusedBeside(b.post("/beheer/verzoeken/nieuw", "/beheer/verzoeken", old), "letterDate");
        List<String> name = new ArrayList<>(List.of("name", repeat(Limits.NAME + 1), "received", "2026-01-05", "subject", "x"));
        refusedBeside(b.post("/beheer/verzoeken/nieuw", "/beheer/verzoeken", name), "name");
        assertThat(finding.byUrgency()).noneMatch(v -> v.verzoek().kenmerk().contains("/"));
    }

    @Test
    void pageNumbersAndDatesInAddressesAreA4xxNamingThem() throws Exception {
        Browser b = new Browser();
        for (String path : List.of("/zoeken?q=subsidie&pagina=107374183", "/zoeken?pagina=107374183", "/besluiten?pagina=107374183",
                "/zoeken?pagina=-1", "/zoeken?pagina=abc", "/besluiten?pagina=99999999999999999999")) {
            HttpResponse<String> r = b.get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 404);
            assertThat(r.body()).as(path).contains("pagina");
        }
        HttpResponse<String> old = b.get("/besluiten?van=-999999999-01-01");
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(old.body()).contains("van");
    }

    // --- sessions and guessing ---

    private static boolean setsSession(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("OPENBAAR_SESSION="));
    }

    @Test
    void anonymousPagesCreateNoSessionAndLoginDoes() throws Exception {
        Browser b = new Browser();
        for (String path : List.of("/", "/besluiten", "/zoeken?q=subsidie", "/categorieen", "/verzoek-indienen", "/status", "/login",
                "/beheer/verzoeken", "/?lang=en")) {
            HttpResponse<String> r = b.get(path);
            assertThat(setsSession(r)).as(path + " " + r.headers().allValues("Set-Cookie")).isFalse();
        }
        // The portal's pages set no cookie at all (the CSRF cookie only where there is a form to post).
        for (String path : List.of("/", "/besluiten", "/zoeken?q=subsidie", "/categorieen")) {
            assertThat(new Browser().get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> submitted = b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("id=\"code\"");
        assertThat(setsSession(submitted)).isFalse();
        HttpResponse<String> wrongLogin = b.post("/login", "/login", List.of("username", "behandelaar", "password", "fout-fout-fout-1"));
        assertThat(setsSession(wrongLogin)).isFalse();
        HttpResponse<String> login = b.post("/login", "/login", List.of("username", "behandelaar", "password", PASSWORD));
        assertThat(setsSession(login)).isTrue();
    }

    @Test
    void theStatusCodeOnlyByPostAndSoManyWrongCodesPerAddress() throws Exception {
        Browser b = new Browser().from("198.51.100.7");
        String receipt = b.post("/verzoek-indienen", "/verzoek-indienen", requesterForm()).body();
        String kenmerk = PublicationFlowTest.firstMatch(receipt, "id=\"kenmerk\">([^<]+)<");
        String code = PublicationFlowTest.firstMatch(receipt, "id=\"code\">([^<]+)<");
        // In a URL the code opens nothing.
        HttpResponse<String> byGet = b.get("/status?kenmerk=" + kenmerk + "&code=" + code);
        assertThat(byGet.body()).doesNotContain("de subsidie voor het dorpshuis");
        assertThat(b.post("/status", "/status", List.of("kenmerk", kenmerk, "code", code)).body()).contains("de subsidie voor het dorpshuis");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = b.post("/status", "/status", List.of("kenmerk", kenmerk, "code", "AAAA-BBBB-CCCC-" + (1000 + i)));
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains("kennen wij niet");
        }
        // The eleventh wrong try, and then also the right code, wait; another address is not held up.
        HttpResponse<String> held = b.post("/status", "/status", List.of("kenmerk", kenmerk, "code", code));
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(held.body()).doesNotContain("de subsidie voor het dorpshuis").contains("minuten");
        assertThat(new Browser().from("198.51.100.8").post("/status", "/status", List.of("kenmerk", kenmerk, "code", code)).body())
                .contains("de subsidie voor het dorpshuis");
    }

    @Test
    void loginsAreLimitedPerAddressBesidesTheLockOut() throws Exception {
        // Twenty wrong passwords for twenty different (unknown) accounts: no account is locked, the address is.
        Browser b = new Browser().from("203.0.113.9");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = b.post("/login", "/login", List.of("username", "gok" + i, "password", "fout-fout-fout-" + i));
            assertThat(r.headers().firstValue("Location")).get().asString().contains("error");
        }
        HttpResponse<String> held = b.post("/login", "/login", List.of("username", "behandelaar", "password", PASSWORD));
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(setsSession(held)).isFalse();
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verzoeken"))
                .header("X-Forwarded-For", "203.0.113.9").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("behandelaar:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(429);
        // The same account from another address still logs in: the account was not locked by this.
        new Browser().from("203.0.113.10").login();
    }

    // --- the JSON API ---

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("behandelaar:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String request(String field, Object value) {
        var node = JSON.createObjectNode().put("name", "Jan Jansen").put("received", "2026-01-05").put("subject", "Clearview AI");
        node.set(field, JSON.valueToTree(value));
        return node.toString();
    }

    private static void refusedNaming(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(field + ": " + r.body()).isEqualTo(status);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.path("field").asString()).isEqualTo(field);
        assertThat(json.path("message").asString()).isNotBlank();
    }

    @Test
    void theApiRefusesEachHostileBodyWithA400NamingTheField() throws Exception {
        int before = finding.byUrgency().size();
        refusedNaming(api("POST", "/api/verzoeken", request("name", repeat(Limits.NAME + 1))), 400, "name");
        refusedNaming(api("POST", "/api/verzoeken", request("subject", repeat(Limits.SUBJECT + 1))), 400, "subject");
        refusedNaming(api("POST", "/api/verzoeken", request("organisation", repeat(Limits.ORGANISATION + 1))), 400, "organisation");
        refusedNaming(api("POST", "/api/verzoeken", request("scopeReason", repeat(Limits.SCOPE_REASON + 1))), 400, "scope-reason");
        refusedNaming(api("POST", "/api/verzoeken", request("items", List.of(repeat(Limits.ITEM + 1)))), 400, "items");
        refusedNaming(api("POST", "/api/verzoeken", request("items", IntStream.range(0, 150_000).mapToObj(i -> "x").toList())), 400, "items");
        refusedNaming(api("POST", "/api/verzoeken", request("requestedFrom", "-999999999-01-01")), 400, "requested-from");
        refusedNaming(api("POST", "/api/verzoeken", request("received", "-999999999-01-01")), 400, "received");
        refusedNaming(api("POST", "/api/verzoeken", request("received", "gisteren")), 400, "received");
        refusedNaming(api("POST", "/api/verzoeken", request("kenmerk", "WOO/2026/1")), 400, "kenmerk");
        refusedNaming(api("POST", "/api/verzoeken", request("kenmerk", repeat(65))), 400, "kenmerk");
        refusedNaming(api("POST", "/api/verzoeken", "{\"name\":"), 400, "body");
        // A body over a megabyte is refused before it is read.
        refusedNaming(api("POST", "/api/verzoeken", request("subject", repeat(InputLimits.MAX_JSON_BYTES))), 413, "body");
        assertThat(finding.byUrgency()).hasSize(before);

        HttpResponse<String> created = api("POST", "/api/verzoeken", request("items", List.of("Documenten")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String kenmerk = JSON.readTree(created.body()).path("kenmerk").asString();
        refusedNaming(api("PATCH", "/api/verzoeken/" + kenmerk, "{\"name\":\"" + repeat(Limits.NAME + 1) + "\"}"), 400, "name");
        refusedNaming(api("PATCH", "/api/verzoeken/" + kenmerk, "{\"scopedFrom\":\"-999999999-01-01\"}"), 400, "scoped-from");
        refusedNaming(api("PATCH", "/api/verzoeken/" + kenmerk,
                JSON.createObjectNode().set("items", JSON.valueToTree(IntStream.range(0, 150_000).mapToObj(i -> "x").toList())).toString()),
                400, "items");
        refusedNaming(api("POST", "/api/verzoeken/" + kenmerk + "/gebeurtenissen",
                "{\"type\":\"acknowledged\",\"date\":\"2026-01-06\",\"note\":\"" + repeat(Limits.NOTE + 1) + "\"}"), 400, "note");
        refusedNaming(api("POST", "/api/verzoeken/" + kenmerk + "/gebeurtenissen",
                "{\"type\":\"acknowledged\",\"date\":\"-999999999-01-06\"}"), 400, "date");
        assertThat(finding.get(kenmerk).events()).hasSize(1);
    }
}
