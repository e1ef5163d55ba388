package nl.openbaar.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.pipeline.ProposingForReview;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.ReviewingRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar review …}: the review step of the pipeline from the command line, the same use cases as the
 * review screen. {@code propose} runs detection over the whole case and stores its proposals (what detection is sure
 * of accepted as "automatisch", the rest waiting); {@code list} shows them; {@code accept}/{@code reject} decide one
 * or more, optionally for every occurrence of the same person in the case; {@code accept-all} accepts what waits in a
 * document. Deciding needs {@code --user}: an enabled account on the case team, recorded as the decider and in the
 * audit log.
 */
@Command(name = "review", description = "Lakvoorstellen maken, bekijken en beoordelen (accepteren of afwijzen).",
        subcommands = {ReviewCommand.Propose.class, ReviewCommand.ListProposals.class, ReviewCommand.Accept.class,
                ReviewCommand.Reject.class, ReviewCommand.AcceptAll.class})
public class ReviewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The account must exist, be enabled and be on the case team: the one rule ({@link CasePolicy}), as on the review screen. */
    static Actor caseWorker(String username, String kenmerk) {
        Actor a = Cli.account(username);
        Cli.bean(CasePolicy.class).requireCaseWork(a, kenmerk);
        return a;
    }

    static Map<String, Object> view(Redaction r, Map<Long, Document> docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        Document d = docs.get(r.documentId());
        m.put("id", r.id());
        m.put("document", d == null ? null : d.inventoryNumber());
        m.put("pages", r.areas().stream().map(a -> a.page()).distinct().sorted().toList());
        m.put("category", r.category());
        m.put("ground", r.ground());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("text", r.coveredText());
        m.put("subject", r.subject());
        m.put("score", r.score());
        m.put("proposedBy", r.proposedBy());
        m.put("decidedBy", r.decidedBy());
        m.put("reason", r.explanation());
        return m;
    }

    @Command(name = "propose", description = "Zoek persoonsgegevens in het hele verzoek en sla de voorstellen op.")
    static class Propose implements Callable<Integer> {
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--by", defaultValue = "cli", description = "wie dit doet, voor het auditlog")
        String by;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String k = Cli.bean(FindingRequests.class).get(kenmerk).verzoek().kenmerk();
            ProposingForReview.Outcome o = Cli.bean(ProposingForReview.class).propose(k);
            Cli.bean(Auditing.class).record(by, AuditAction.REDACTIONS_PROPOSED, Auditing.Subject.request(k), null,
                    Map.of("proposals", o.proposals(), "documents", o.documents()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, Map.of("kenmerk", k, "proposals", o.proposals(), "documents", o.documents()));
            } else {
                out.println(o.proposals() + " lakvoorstellen in " + o.documents() + " documenten van " + k
                        + "; zekere vondsten zijn al geaccepteerd (automatisch), de rest wacht op beoordeling (openbaar review list).");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "Toon de lakvoorstellen van een verzoek of document.")
    static class ListProposals implements Callable<Integer> {
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--document", paramLabel = "NUMMER", description = "alleen dit document (inventarisnummer)")
        Integer document;
        @Option(names = "--status", description = "voorgesteld, geaccepteerd of afgewezen")
        String status;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            VerzoekView v = Cli.bean(FindingRequests.class).get(kenmerk);
            Map<Long, Document> docs = Cli.bean(Documents.class).forRequest(v.verzoek().kenmerk()).stream()
                    .collect(Collectors.toMap(Document::id, Function.identity()));
            RedactionStatus wanted = status == null ? null : parseStatus(status);
            List<Redaction> all = Cli.bean(FindingRedactions.class).forRequest(v.verzoek().id()).stream()
                    .filter(r -> wanted == null || r.status() == wanted)
                    .filter(r -> document == null || (docs.get(r.documentId()) != null
                            && document.equals(docs.get(r.documentId()).inventoryNumber())))
                    .sorted(Comparator.comparing((Redaction r) -> docs.get(r.documentId()) == null || docs.get(r.documentId()).inventoryNumber() == null
                            ? Integer.MAX_VALUE : docs.get(r.documentId()).inventoryNumber()).thenComparing(Redaction::id))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                all.forEach(r -> rows.add(view(r, docs)));
                Cli.printJson(out, rows);
            } else {
                for (Redaction r : all) {
                    Map<String, Object> m = view(r, docs);
                    out.printf("%6d  doc %-4s p.%-6s %-13s %-8s %-12s %s%n", r.id(), m.get("document"),
                            ((List<?>) m.get("pages")).stream().map(String::valueOf).collect(Collectors.joining(",")),
                            r.status().labelNl(), r.ground(), r.category(), r.coveredText() == null ? "" : r.coveredText());
                }
                long waiting = all.stream().filter(r -> r.status() == RedactionStatus.PROPOSED).count();
                out.println(all.size() + " voorstellen, waarvan " + waiting + " nog te beoordelen");
            }
            out.flush();
            return 0;
        }
    }

    static RedactionStatus parseStatus(String s) {
        for (RedactionStatus st : RedactionStatus.values()) {
            if (st.name().equalsIgnoreCase(s) || st.labelNl().equalsIgnoreCase(s)) {
                return st;
            }
        }
        throw new InvalidInputException("status", "kies voorgesteld, geaccepteerd of afgewezen");
    }

    abstract static class Decide implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "nummers uit openbaar review list")
        List<Long> ids;
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--user", required = true, description = "het account dat beoordeelt (in het zaakteam)")
        String user;
        @Option(names = "--all-occurrences", description = "ook voor elk ander voorkomen van dezelfde persoon of tekst in het verzoek")
        boolean all;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Redaction decide(ReviewingRedactions reviewing, long id, String user);

        abstract AuditAction action();

        @Override
        public Integer call() {
            FindingRedactions finding = Cli.bean(FindingRedactions.class);
            ReviewingRedactions reviewing = Cli.bean(ReviewingRedactions.class);
            VerzoekView v = Cli.bean(FindingRequests.class).get(kenmerk);
            String k = v.verzoek().kenmerk();
            caseWorker(user, k);
            List<Map<String, Object>> done = new ArrayList<>();
            for (long id : ids) {
                Redaction before = finding.get(id);
                if (before.requestId() != v.verzoek().id()) {
                    throw new InvalidInputException("id", "voorstel " + id + " hoort niet bij " + k);
                }
                Redaction after = decide(reviewing, id, user);
                List<Redaction> changed = new ArrayList<>(List.of(after));
                if (all) {
                    changed.addAll(reviewing.applyToAllOccurrences(id, user));
                }
                for (Redaction r : changed) {
                    Cli.bean(Auditing.class).record(user, action(), Auditing.Subject.of("weglakking", r.id(), k),
                            Map.of("status", before.status()), Map.of("status", r.status(), "ground", r.ground()));
                    done.add(Map.of("id", r.id(), "status", r.status().name().toLowerCase(Locale.ROOT)));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, done);
            } else {
                out.println(done.size() + " voorstel(len) " + (action() == AuditAction.REDACTION_ACCEPTED ? "geaccepteerd" : "afgewezen"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "accept", description = "Accepteer voorstellen: ze worden weggelakt.")
    static class Accept extends Decide {
        @Override
        Redaction decide(ReviewingRedactions reviewing, long id, String user) {
            return reviewing.accept(id, user);
        }

        @Override
        AuditAction action() {
            return AuditAction.REDACTION_ACCEPTED;
        }
    }

    @Command(name = "reject", description = "Wijs voorstellen af: de tekst blijft leesbaar.")
    static class Reject extends Decide {
        @Override
        Redaction decide(ReviewingRedactions reviewing, long id, String user) {
            return reviewing.reject(id, user);
        }

        @Override
        AuditAction action() {
            return AuditAction.REDACTION_REJECTED;
        }
    }

    @Command(name = "accept-all", description = "Accepteer alles wat in een document nog wacht.")
    static class AcceptAll implements Callable<Integer> {
        @Option(names = "--case", required = true, paramLabel = "KENMERK")
        String kenmerk;
        @Option(names = "--document", required = true, paramLabel = "NUMMER")
        int document;
        @Option(names = "--user", required = true)
        String user;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String k = Cli.bean(FindingRequests.class).get(kenmerk).verzoek().kenmerk();
            caseWorker(user, k);
            Document d = Cli.bean(Documents.class).forRequest(k).stream()
                    .filter(x -> x.inventoryNumber() != null && x.inventoryNumber() == document).findFirst()
                    .orElseThrow(() -> new InvalidInputException("document", "geen document " + document + " in " + k));
            int n = Cli.bean(ReviewingRedactions.class).acceptAllProposed(d.id(), user);
            Cli.bean(Auditing.class).record(user, AuditAction.REDACTIONS_ACCEPTED_ALL, Auditing.Subject.of("document", d.id(), k), null,
                    Map.of("accepted", n));
            spec.commandLine().getOut().println(n + " voorstel(len) in document " + document + " geaccepteerd");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
