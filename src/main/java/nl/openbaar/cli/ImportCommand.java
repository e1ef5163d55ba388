package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.audit.Auditing;
import nl.openbaar.publication.ImportingBundle;
import nl.openbaar.publication.model.BundlePart;
import nl.openbaar.publication.model.BundleSplit;
import nl.openbaar.publication.model.ImportMetadata;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar import --bundle FILE.pdf}: imports a bundle the organisation published before. It is split into
 * decision, inventory and documents, the decision's date, subject, organisation and kenmerk are read from the letter
 * ({@code --metadata m.json} overrides any of them), every part goes through the leak gate, and the publication waits
 * for a second publisher's approval ({@code openbaar publication approve}). {@code --dry-run} only shows the split.
 */
@Command(name = "import", description = "Een eerder gepubliceerde bundel (besluit, inventaris en documenten in één PDF) importeren en splitsen.")
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--bundle", required = true, paramLabel = "BUNDEL.pdf")
    Path bundle;
    @Option(names = "--metadata", paramLabel = "m.json", description = "subject, organisation, kenmerk, decisionDate, receivedDate,"
            + " regime, decisionKind, summary: gaat voor wat uit het besluit is gelezen")
    Path metadata;
    @Option(names = "--user", description = "het account (publicatiemedewerker) dat importeert; niet nodig bij --dry-run")
    String user;
    @Option(names = "--dry-run", description = "alleen tonen hoe de bundel wordt gesplitst en wat uit het besluit is gelezen")
    boolean dryRun;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ImportMetadata typed = metadata == null ? ImportMetadata.NONE : readMetadata(metadata);
        ImportingBundle importing = Cli.bean(ImportingBundle.class);
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            BundleSplit split = importing.split(bundle);
            if (json) {
                Cli.printJson(out, Map.of("split", view(split), "metadata", typed.over(split.metadata())));
            } else {
                print(out, split, typed.over(split.metadata()));
            }
            out.flush();
            return 0;
        }
        if (user == null) {
            throw new InvalidInputException("user", "geef --user (een publicatiemedewerker), of --dry-run");
        }
        Cli.bean(nl.openbaar.account.CasePolicy.class).requireRole(Cli.account(user), nl.openbaar.account.Role.PUBLISHER);
        ImportingBundle.Imported r = importing.importBundle(bundle, typed, user);
        Map<String, Object> after = new LinkedHashMap<>(PublicationCommand.view(r.publication()));
        after.put("parts", r.split().parts().size());
        after.put("refused", r.refused().size());
        Cli.bean(Auditing.class).record(user, nl.openbaar.audit.model.AuditAction.PUBLICATION_IMPORTED, Auditing.Subject.of("publicatie", r.publication().publicId(),
                r.publication().kenmerk()), null, after);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>(PublicationCommand.view(r.publication()));
            m.put("split", view(r.split()));
            m.put("refused", r.refused().stream().map(x -> Map.of("document", x.part().number(), "pages", x.part().firstPage() + "-"
                    + x.part().lastPage(), "findings", x.findings())).toList());
            Cli.printJson(out, m);
        } else {
            print(out, r.split(), null);
            for (ImportingBundle.Refused x : r.refused()) {
                out.println("GEWEIGERD door de controle, niet opgenomen: document " + x.part().number() + " (pagina " + x.part().firstPage()
                        + "-" + x.part().lastPage() + "): " + String.join("; ", x.findings()));
            }
            out.println("Geïmporteerd en klaargezet voor goedkeuring: " + r.publication().publicId() + " — " + r.publication().title()
                    + " (een andere publicatiemedewerker keurt goed: openbaar publication approve " + r.publication().publicId() + " --user …)");
        }
        out.flush();
        return r.refused().isEmpty() ? 0 : 1;
    }

    private static ImportMetadata readMetadata(Path file) {
        try {
            return Cli.JSON.readValue(Files.readString(file), ImportMetadata.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw new InvalidInputException("metadata", file + " is geen leesbare JSON met subject, organisation, kenmerk,"
                    + " decisionDate (jjjj-mm-dd), receivedDate, regime, decisionKind, summary");
        }
    }

    private static List<Map<String, Object>> view(BundleSplit split) {
        return split.parts().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("number", p.number());
            m.put("pages", p.firstPage() + "-" + p.lastPage());
            m.put("title", p.title());
            m.put("judgement", p.judgement());
            m.put("grounds", p.grounds());
            m.put("date", p.date() == null ? null : p.date().toString());
            m.put("found", p.found());
            return m;
        }).toList();
    }

    private static void print(PrintWriter out, BundleSplit split, ImportMetadata m) {
        out.println(split.pages() + " pagina's, " + split.parts().size() + " delen:");
        for (BundlePart p : split.parts()) {
            out.printf("  %-10s %-6s pagina %-7s %s%s  [%s]%n", switch (p.kind()) {
                case DECISION -> "besluit";
                case INVENTORY -> "inventaris";
                default -> "document";
            }, p.number() == null ? "" : p.number(), p.firstPage() + "-" + p.lastPage(), p.title(),
                    p.judgement() == null ? "" : " — " + p.judgement() + (p.grounds() == null ? "" : " (" + p.grounds() + ")"), p.found());
        }
        split.warnings().forEach(w -> out.println("  let op: " + w));
        if (m != null) {
            out.println("Uit het besluit: datum " + m.decisionDate() + ", onderwerp '" + m.subject() + "', organisatie " + m.organisation()
                    + ", kenmerk " + m.kenmerk() + ", ontvangen " + m.receivedDate() + ", regime " + m.regime() + ", besluit " + m.decisionKind());
        }
    }
}
