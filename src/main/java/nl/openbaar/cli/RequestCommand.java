package nl.openbaar.cli;

import static nl.openbaar.shared.DutchDates.short_;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.request.AmendingRequest;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.RequestJson;
import nl.openbaar.request.model.Amendment;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openbaar request add|list|show|event}: requests and their timelines in the configured database. */
@Command(name = "request", description = "Verzoeken registreren, tonen en hun tijdlijn bijwerken.",
        subcommands = {RequestCommand.Add.class, RequestCommand.ListRequests.class, RequestCommand.Show.class,
            RequestCommand.AddEvent.class, RequestCommand.Amend.class})
public class RequestCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Registreer een binnengekomen verzoek.")
    static class Add implements Callable<Integer> {
        @Option(names = "--kenmerk", description = "eigen kenmerk; anders volgens het ingestelde patroon")
        String kenmerk;
        @Option(names = "--regime", description = "woo of wob; standaard volgens de datum van ontvangst")
        String regime;
        @Option(names = "--name", required = true, description = "naam van de verzoeker")
        String name;
        @Option(names = "--address")
        String address;
        @Option(names = "--email")
        String email;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--letter-date", description = "datum van de brief")
        LocalDate letterDate;
        @Option(names = "--received", required = true, description = "datum van ontvangst")
        LocalDate received;
        @Option(names = "--channel", description = "post, email, webform, desk, phone")
        String channel;
        @Option(names = "--subject", required = true, description = "de bestuurlijke aangelegenheid")
        String subject;
        @Option(names = "--item", description = "een gevraagd onderdeel (herhaalbaar, in volgorde)")
        List<String> items = new ArrayList<>();
        @Option(names = "--requested-from")
        LocalDate requestedFrom;
        @Option(names = "--requested-to")
        LocalDate requestedTo;
        @Option(names = "--scoped-from")
        LocalDate scopedFrom;
        @Option(names = "--scoped-to")
        LocalDate scopedTo;
        @Option(names = "--scope-reason")
        String scopeReason;
        @Option(names = "--organisation")
        String organisation;
        @Option(names = "--user", defaultValue = "cli")
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            NewRequest in = new NewRequest(kenmerk, regime, new Verzoeker(name, address, email, phone), letterDate, received,
                    channel, subject, items, Periode.of(requestedFrom, requestedTo), Periode.of(scopedFrom, scopedTo),
                    scopeReason, organisation);
            VerzoekView v = Cli.bean(RegisteringRequest.class).register(in, Cli.actor(user));
            print(spec, v, json);
            return 0;
        }
    }

    @Command(name = "list", description = "Alle verzoeken, de meest urgente eerst.")
    static class ListRequests implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<VerzoekView> all = Cli.bean(FindingRequests.class).byUrgency();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, all.stream().map(RequestJson::summary).toList());
            } else {
                for (VerzoekView v : all) {
                    DeadlineReport d = v.deadlines();
                    out.printf("%-18s %-4s %s  %-20s %s%n", v.verzoek().kenmerk(), v.verzoek().regime().shortName(),
                            short_(d.deadline()), d.status().label() + (d.daysLeft() == null ? "" : " (" + d.daysLeft() + " d)"),
                            v.verzoek().bestuurlijkeAangelegenheid());
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Een verzoek met tijdlijn en termijnen.")
    static class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            print(spec, Cli.bean(FindingRequests.class).get(kenmerk), json);
            return 0;
        }
    }

    @Command(name = "event", description = "Leg een gebeurtenis vast, bv. --type extended --date 2021-06-25 --detail reason=\"…\".")
    static class AddEvent implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--type", required = true, description = "acknowledged, extended, contact, deadline-agreed,"
                + " views-requested, views-received, suspended, resumed, default-notice, appeal-not-timely, defence-filed,"
                + " court-order, forwarded, decided, sent, published, objection-received, withdrawn")
        String type;
        @Option(names = "--date", required = true)
        LocalDate date;
        @Option(names = "--note")
        String note;
        @Option(names = "--letter", description = "kenmerk of bestand van de brief")
        String letter;
        @Option(names = "--reason", description = "reden (verplicht bij extended)")
        String reason;
        @Option(names = "--detail", description = "extra gegeven sleutel=waarde, bv. agreedDate=2021-09-03, body=AIVD,"
                + " thirdParty=…, termDays=14, basis=…, decideBy=…, penaltyPerDay=…, penaltyMaximum=…, scope=deels")
        Map<String, String> details = new LinkedHashMap<>();
        @Option(names = "--user", defaultValue = "cli")
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, String> all = new LinkedHashMap<>(details);
            if (reason != null) {
                all.put(Event.REASON, reason);
            }
            for (String key : all.keySet()) {
                if (key.isBlank()) {
                    throw new InvalidInputException("detail", "lege sleutel");
                }
            }
            VerzoekView v = Cli.bean(RecordingEvent.class).record(kenmerk, new NewEvent(type, date, note, letter, all), Cli.actor(user));
            print(spec, v, json);
            return 0;
        }
    }

    @Command(name = "amend", description = "Wijzig of vul gegevens van een verzoek aan (bv. de afgebakende periode of het regime).")
    static class Amend implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--regime", description = "woo of wob (overgangsgevallen)")
        String regime;
        @Option(names = "--name")
        String name;
        @Option(names = "--address")
        String address;
        @Option(names = "--email")
        String email;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--subject")
        String subject;
        @Option(names = "--item", description = "vervangt alle onderdelen (herhaalbaar, in volgorde)")
        List<String> items;
        @Option(names = "--requested-from")
        LocalDate requestedFrom;
        @Option(names = "--requested-to")
        LocalDate requestedTo;
        @Option(names = "--scoped-from")
        LocalDate scopedFrom;
        @Option(names = "--scoped-to")
        LocalDate scopedTo;
        @Option(names = "--scope-reason")
        String scopeReason;
        @Option(names = "--organisation")
        String organisation;
        @Option(names = "--user", defaultValue = "cli")
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Amendment a = new Amendment(regime, name, address, email, phone, subject, items, requestedFrom, requestedTo,
                    scopedFrom, scopedTo, scopeReason, organisation);
            print(spec, Cli.bean(AmendingRequest.class).amend(kenmerk, a, Cli.actor(user)), json);
            return 0;
        }
    }

    static void print(CommandLine.Model.CommandSpec spec, VerzoekView v, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, RequestJson.full(v));
            return;
        }
        out.println(v.verzoek().kenmerk() + " (" + v.verzoek().regime().shortName() + "): " + v.verzoek().bestuurlijkeAangelegenheid());
        int n = 1;
        for (String item : v.verzoek().items()) {
            out.println("  " + n++ + ". " + item);
        }
        for (Event e : v.events()) {
            out.println("  " + short_(e.date()) + "  " + e.type().label() + (e.note() == null ? "" : " — " + e.note()));
        }
        DeadlineReport d = v.deadlines();
        out.println("Termijn: " + short_(d.deadline()) + " (" + d.status().label() + ")");
        out.println("  " + d.explanation());
        d.warnings().forEach(w -> out.println("  Let op: " + w));
        out.flush();
    }
}
