package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.request.model.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same limits as the web form and the API (request.model.Limits): exit 2 naming the option, and nothing stored. */
class HostileCliInputTest {

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

    private static CliRun add(String... extra) {
        List<String> args = new ArrayList<>(List.of("request", "add", "--received", "2026-01-05"));
        List<String> given = List.of(extra);
        if (!given.contains("--name")) {
            args.addAll(List.of("--name", "Jan Jansen"));
        }
        if (!given.contains("--subject")) {
            args.addAll(List.of("--subject", "Clearview AI"));
        }
        args.addAll(given);
        return run(args.toArray(String[]::new));
    }

    private static void refused(CliRun r, String option) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(option);
    }

    @Test
    void everyHostileInputIsExitTwoNamingTheOption() {
        refused(add("--name", "x".repeat(Limits.NAME + 1)), "name");
        refused(add("--subject", "x".repeat(Limits.SUBJECT + 1)), "subject");
        refused(add("--phone", "1".repeat(Limits.PHONE + 1)), "phone");
        refused(add("--organisation", "x".repeat(Limits.ORGANISATION + 1)), "organisation");
        refused(add("--kenmerk", "WOO/2026/1"), "kenmerk");
        refused(add("--requested-from", "-999999999-01-01"), "--requested-from");
        refused(add("--letter-date", "+999999999-01-01"), "--letter-date");
        List<String> items = new ArrayList<>();
        for (int i = 0; i <= Limits.ITEMS; i++) {
            items.add("--item");
            items.add("onderdeel " + i);
        }
        refused(add(items.toArray(String[]::new)), "items");
        assertThat(run("request", "list", "--json").json()).isEmpty();

        CliRun ok = add("--kenmerk", "WOO-2026-A.1", "--json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        refused(run("request", "event", "WOO-2026-A.1", "--type", "acknowledged", "--date", "2026-01-06", "--note",
                "x".repeat(Limits.NOTE + 1)), "note");
        refused(run("request", "amend", "WOO-2026-A.1", "--name", "x".repeat(Limits.NAME + 1)), "name");
        refused(run("deadline", "--regime", "woo", "--received", "-999999999-01-01"), "--received");
    }
}
