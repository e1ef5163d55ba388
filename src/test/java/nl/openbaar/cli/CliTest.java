package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract that scripts depend on, run in-process against a temporary data folder. */
class CliTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void dataFolder() {
        System.setProperty("openbaar.data-dir", data.toString());
    }

    @AfterAll
    static void closeContext() {
        Cli.close();
        System.clearProperty("openbaar.data-dir");
    }

    @Test
    void deadlineJsonGivesTheExtendedDeadlineAndItsExplanation() {
        CliRun r = run("deadline", "--regime", "wob", "--received", "2021-06-11", "--extended", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().path("deadline").asString()).isEqualTo("2021-08-06");
        assertThat(r.json().path("explanation").asString())
                .isEqualTo("ontvangen 11-06-2021; 4 weken → 09-07-2021; verdaagd met 4 weken → 06-08-2021");
        CliRun plain = run("deadline", "--regime", "woo", "--received", "2024-04-11", "--json");
        assertThat(plain.json().path("deadline").asString()).isEqualTo("2024-05-13");
        assertThat(plain.json().path("extended").asBoolean()).isFalse();
    }

    @Test
    void deadlineInWords() {
        CliRun r = run("deadline", "--regime", "woo", "--received", "2026-04-07");
        assertThat(r.out()).contains("woensdag 6 mei 2026").contains("05-05-2026 is Bevrijdingsdag");
    }

    @Test
    void impossibleDateAndUnknownRegimeAreBadInputNamingTheField() {
        CliRun date = run("deadline", "--regime", "wob", "--received", "2021-02-30", "--json");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("--received").contains("2021-02-30");
        // with --json a script still gets one document to parse: the error, naming what was wrong
        assertThat(date.json().path("error").path("exit").asInt()).isEqualTo(2);
        assertThat(date.json().path("error").path("message").asString()).contains("2021-02-30");
        CliRun regime = run("deadline", "--regime", "wet", "--received", "2021-02-03");
        assertThat(regime.exit()).isEqualTo(2);
        assertThat(regime.err()).contains("regime").contains("wet");
    }

    @Test
    void requestsAreRegisteredListedShownAndGetEventsAndBadInputWritesNothing() throws Exception {
        CliRun add = run("request", "add", "--name", "Jan Jansen", "--received", "2021-06-11", "--letter-date", "2021-06-09",
                "--subject", "het gebruik van Clearview AI", "--item", "Documenten over Clearview", "--item",
                "Intern overleg", "--json");
        assertThat(add.exit()).as(add.err()).isZero();
        String kenmerk = add.json().path("kenmerk").asString();
        assertThat(kenmerk).isEqualTo("WOB-2021-0001");
        assertThat(add.json().path("items")).hasSize(2);

        CliRun ext = run("request", "event", kenmerk, "--type", "extended", "--date", "2021-06-25", "--reason",
                "zorgvuldige besluitvorming", "--json");
        assertThat(ext.exit()).as(ext.err()).isZero();
        assertThat(ext.json().path("deadlines").path("deadline").asString()).isEqualTo("2021-08-06");

        CliRun late = run("request", "event", kenmerk, "--type", "default-notice", "--date", "2021-08-18",
                "--detail", "x=", "--json");
        assertThat(late.exit()).isZero();

        CliRun twice = run("request", "event", kenmerk, "--type", "extended", "--date", "2021-06-28", "--reason", "nogmaals");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("type").contains("één keer");

        CliRun bad = run("request", "add", "--name", "X", "--received", "2021-06-11", "--subject", "y", "--regime", "wet");
        assertThat(bad.exit()).isEqualTo(2);
        CliRun badEmail = run("request", "add", "--name", "X", "--received", "2021-06-11", "--subject", "y", "--email", "geen-adres");
        assertThat(badEmail.exit()).isEqualTo(2);
        assertThat(badEmail.err()).contains("email");

        CliRun list = run("request", "list", "--json");
        assertThat(list.json()).hasSize(1);
        CliRun show = run("request", "show", kenmerk, "--json");
        assertThat(show.json().path("events")).hasSize(3);
        CliRun missing = run("request", "show", "GEEN-0001");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(Files.exists(data.resolve("db"))).isTrue();
    }
}
