package nl.openbaar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.inventory.InventoryExport;
import nl.openbaar.inventory.JudgingDocument;
import nl.openbaar.inventory.MakingInventory;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.Inconsistency;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.letter.render.InventoryPdf;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar inventory --case K --format xlsx|pdf|csv [--out FILE]}: the inventory list derived from the
 * judgements and redactions, in the VWS layout. Refuses (exit 1) while the inventory disagrees with the redactions,
 * unless {@code --concept}. {@code inventory judge} records a judgement; {@code inventory check} lists problems.
 */
@Command(name = "inventory", description = "De inventarislijst (XLSX in de VWS-indeling, PDF, CSV) en de beoordeling per document.",
        subcommands = {InventoryCommand.Judge.class, InventoryCommand.Check.class})
public class InventoryCommand implements Callable<Integer> {

    @Option(names = "--case", description = "kenmerk van het verzoek")
    String kenmerk;
    @Option(names = "--format", description = "xlsx, pdf of csv; standaard naar de extensie van --out, anders xlsx")
    String format;
    @Option(names = "--out", description = "bestand; standaard inventaris-<kenmerk>.<formaat>")
    Path out;
    @Option(names = "--concept", description = "ook schrijven als de inventaris nog niet klopt (niet om te publiceren)")
    boolean concept;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (kenmerk == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        String f = format;
        if (f == null && out != null) {
            String name = out.getFileName().toString();
            f = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "xlsx";
        }
        f = f == null ? "xlsx" : f.toLowerCase(Locale.ROOT);
        if (!List.of("xlsx", "pdf", "csv").contains(f)) {
            throw new InvalidInputException("--format", "onbekend formaat '" + f + "': kies xlsx, pdf of csv");
        }
        Inventaris inv = Cli.bean(MakingInventory.class).inventaris(kenmerk);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!inv.consistent() && !concept) {
            err.println("De inventaris klopt niet; er is niets geschreven (--concept schrijft toch):");
            inv.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return 1;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (f) {
            case "xlsx" -> InventoryExport.xlsx(inv, bytes);
            case "csv" -> InventoryExport.csv(inv, bytes);
            default -> {
                String organisation = Cli.bean(nl.openbaar.organisation.OrganisationSettings.class).organisation().name();
                bytes.writeBytes(InventoryPdf.of(inv, organisation));
            }
        }
        Path target = out != null ? out : Path.of("inventaris-" + kenmerk.replaceAll("[^A-Za-z0-9._-]", "-") + "." + f);
        LetterCommand.write(target, bytes.toByteArray());
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", target.toString());
            result.put("documents", inv.lines().size());
            Map<String, Integer> counts = new LinkedHashMap<>();
            inv.counts().forEach((b, n) -> counts.put(b.phrase(), n));
            result.put("counts", counts);
            result.put("problems", inv.problems().stream().map(Inconsistency::toString).toList());
            Cli.printJson(o, result);
        } else {
            o.println("Inventaris " + kenmerk + " → " + target + " (" + inv.lines().size() + " documenten)");
            inv.problems().forEach(p -> o.println("  Let op: " + p));
            o.flush();
        }
        return 0;
    }

    @Command(name = "judge", description = "Leg de beoordeling van een document vast.")
    static class Judge implements Callable<Integer> {
        @Option(names = "--case", required = true)
        String kenmerk;
        @Option(names = "--document", required = true, description = "inventarisnummer")
        int number;
        @Option(names = "--judgement", required = true, description = "openbaar, deels openbaar, niet openbaar of reeds openbaar")
        String judgement;
        @Option(names = "--ground", description = "weigeringsgrond (herhaalbaar), bij niet openbaar")
        List<String> grounds = new ArrayList<>();
        @Option(names = "--remark")
        String remark;
        @Option(names = "--link", description = "vindplaats van een reeds openbaar document (herhaalbaar)")
        List<String> links = new ArrayList<>();
        @Option(names = "--title", description = "titel voor publicatie, als de eigen titel te veel zegt")
        String title;
        @Option(names = "--suspended", description = "openbaarmaking opgeschort (zienswijze derde)")
        boolean suspended;
        @Option(names = "--user", defaultValue = "cli")
        String user;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var j = Cli.bean(JudgingDocument.class).judge(kenmerk, new JudgingDocument.Judgement(null, number, judgement, grounds, remark,
                    links, title, suspended), user);
            spec.commandLine().getOut().println("Document " + number + ": " + j.beoordeling().phrase()
                    + (j.grounds().isEmpty() ? "" : " (" + String.join(", ", j.grounds()) + ")"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "check", description = "Controleer de inventaris tegen de beoordelingen en lakkaders.")
    static class Check implements Callable<Integer> {
        @Option(names = "--case", required = true)
        String kenmerk;
        @Option(names = "--json")
        boolean json;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Inventaris inv = Cli.bean(MakingInventory.class).inventaris(kenmerk);
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("consistent", inv.consistent());
                result.put("problems", inv.problems().stream().map(Inconsistency::toString).toList());
                List<Map<String, Object>> lines = new ArrayList<>();
                for (InventoryLine l : inv.lines()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", l.id());
                    line.put("beoordeling", l.beoordeling().phrase());
                    line.put("grounds", l.grounds());
                    lines.add(line);
                }
                result.put("lines", lines);
                Cli.printJson(o, result);
            } else {
                for (Beoordeling b : Beoordeling.values()) {
                    o.println(b.label() + ": " + inv.count(b));
                }
                inv.problems().forEach(p -> o.println("Fout: " + p));
                o.println(inv.consistent() ? "De inventaris klopt." : "De inventaris klopt niet.");
                o.flush();
            }
            return inv.consistent() ? 0 : 1;
        }
    }
}
