package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import nl.openbaar.account.Account;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.pipeline.PreparingVerifiedPackage;
import nl.openbaar.publication.ApprovingPublication;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.PreparingPublication;
import nl.openbaar.publication.PublishingDecision;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar publication …}: the last step of the pipeline from the command line, with the same four eyes as the
 * web app. {@code prepare} puts a verified package (from {@code process --out} or the latest background build) up for
 * approval with the anonymised decision and the inventory written from the case; {@code approve} by a publisher who
 * neither prepared it nor works on the case; {@code publish} puts it on the portal (search, sitemaps, DiWoo). Every
 * step names its account with {@code --user} and is written to the audit log.
 */
@Command(name = "publication", description = "Publicaties voorbereiden, goedkeuren (vier ogen) en op het portaal zetten.",
        subcommands = {PublicationCommand.Prepare.class, PublicationCommand.ListPublications.class, PublicationCommand.Approve.class,
                PublicationCommand.Reject.class, PublicationCommand.Publish.class})
public class PublicationCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Map<String, Object> view(Publicatie p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.publicId());
        m.put("kenmerk", p.kenmerk());
        m.put("title", p.title());
        m.put("status", p.status().name().toLowerCase(Locale.ROOT));
        m.put("decisionKind", p.decisionKind());
        m.put("preparedBy", p.preparedBy());
        m.put("approvedBy", p.approvedBy());
        return m;
    }

    /** A publisher's step: the account checked, the step taken, and the audit entry with the status before and after. */
    static Publicatie step(String id, String user, AuditAction action, Supplier<Publicatie> op, Map<String, Object> details) {
        Publicatie before = find(id);
        Publicatie p = op.get();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", p.status());
        after.putAll(details);
        Cli.bean(Auditing.class).record(user, action, Auditing.Subject.of("publicatie", id, p.kenmerk()),
                Map.of("status", before.status()), after);
        return p;
    }

    static Publicatie find(String id) {
        return Cli.bean(BackOfficePublications.class).find(id).orElseThrow(() -> new NotFoundException("publicatie " + id));
    }

    @Command(name = "prepare", description = "Zet een gecontroleerd pakket klaar voor goedkeuring.")
    static class Prepare implements Callable<Integer> {
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--package", paramLabel = "MAP", description = "een pakket van openbaar process --out")
        Path pkg;
        @Option(names = "--latest", description = "het laatste pakket dat op de achtergrond is gemaakt")
        boolean latest;
        @Option(names = "--summary", description = "samenvatting voor het portaal (geen persoonsgegevens)")
        String summary;
        @Option(names = "--kind", description = "soort besluit; standaard afgeleid uit de inventaris")
        String kind;
        @Option(names = "--user", required = true, description = "het account dat voorbereidt (in het zaakteam)")
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String k = Cli.bean(FindingRequests.class).get(kenmerk).verzoek().kenmerk();
            Cli.bean(CasePolicy.class).requireCaseWork(Cli.account(user), k);
            if ((pkg == null) == !latest) {
                throw new InvalidInputException("package", "geef --package MAP of --latest");
            }
            Path source = latest ? Cli.bean(BuildingPackageInBackground.class).latest(k)
                    .orElseThrow(() -> new InvalidInputException("latest", "er is nog geen gecontroleerd pakket van " + k)) : pkg;
            Publicatie p = Cli.bean(PreparingVerifiedPackage.class).prepare(k, source, new PreparingPublication.Options(summary, kind), user);
            Cli.bean(Auditing.class).record(user, AuditAction.PUBLICATION_PREPARED, Auditing.Subject.of("publicatie", p.publicId(), k), null, view(p));
            print(spec, json, p, "Klaargezet voor goedkeuring: " + p.publicId()
                    + " (een publicatiemedewerker buiten het zaakteam keurt goed: openbaar publication approve " + p.publicId() + " --user …)");
            return 0;
        }
    }

    static void print(CommandLine.Model.CommandSpec spec, boolean json, Publicatie p, String text) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, view(p));
        } else {
            out.println(text);
        }
        out.flush();
    }

    @Command(name = "list", description = "Publicaties van een verzoek, of alle die op goedkeuring of publicatie wachten.")
    static class ListPublications implements Callable<Integer> {
        @Option(names = "--case", paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BackOfficePublications pubs = Cli.bean(BackOfficePublications.class);
            List<Publicatie> list = kenmerk != null
                    ? pubs.forRequest(Cli.bean(FindingRequests.class).get(kenmerk).verzoek().kenmerk())
                    : pubs.withStatus(PublicationStatus.AWAITING_APPROVAL, PublicationStatus.APPROVED);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, list.stream().map(PublicationCommand::view).toList());
            } else {
                for (Publicatie p : list) {
                    out.printf("%s  %-15s %-18s %s%n", p.publicId(), p.kenmerk(), p.status().name().toLowerCase(Locale.ROOT), p.title());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "approve", description = "Keur een publicatie goed (niet wie haar voorbereidde of aan de zaak werkt).")
    static class Approve implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--user", required = true)
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Publicatie p = step(id, user, AuditAction.PUBLICATION_APPROVED, () -> Cli.bean(ApprovingPublication.class).approve(id, Cli.account(user)), Map.of());
            print(spec, json, p, "Goedgekeurd: " + id + " (openbaar publication publish " + id + " --user " + user + ")");
            return 0;
        }
    }

    @Command(name = "reject", description = "Stuur een publicatie terug met een reden.")
    static class Reject implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true)
        String reason;
        @Option(names = "--user", required = true)
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Publicatie p = step(id, user, AuditAction.PUBLICATION_REJECTED, () -> Cli.bean(ApprovingPublication.class).reject(id, reason, Cli.account(user)),
                    Map.of("reason", reason));
            print(spec, json, p, "Teruggestuurd: " + id);
            return 0;
        }
    }

    @Command(name = "publish", description = "Zet een goedgekeurde publicatie op het portaal.")
    static class Publish implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--user", required = true)
        String user;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Publicatie p = step(id, user, AuditAction.PUBLICATION_PUBLISHED, () -> Cli.bean(PublishingDecision.class).publish(id, Cli.account(user)), Map.of());
            print(spec, json, p, "Gepubliceerd: /besluiten/" + id);
            return 0;
        }
    }
}
