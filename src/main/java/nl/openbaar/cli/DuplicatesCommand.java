package nl.openbaar.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.document.ChoosingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.OrganisingDocuments;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DuplicateGroup;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar duplicates --case KENMERK}: finds exact and near duplicates again (with the given thresholds)
 * and lists the groups: the document kept and the others with reason and similarity. The case handler decides
 * with {@code --mark ID --of ID}, {@code --not ID} or {@code --undecide ID} (document ids as listed in brackets);
 * such a decision survives every later duplicate run.
 */
@Command(name = "duplicates", description = "Zoek (bijna-)dubbele documenten van een verzoek en toon de groepen.")
public class DuplicatesCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "KENMERK")
    String kenmerk;
    @Option(names = "--resemblance", paramLabel = "0-1", description = "minimale overeenkomst van de tekst (standaard 0.8)")
    Double resemblance;
    @Option(names = "--containment", paramLabel = "0-1", description = "minimaal deel van een document dat in een ander staat (standaard 0.8)")
    Double containment;
    @Option(names = "--mark", paramLabel = "ID", description = "beslis: dit document is een dubbel van --of")
    Long mark;
    @Option(names = "--of", paramLabel = "ID", description = "het document dat behouden blijft")
    Long of;
    @Option(names = "--not", paramLabel = "ID", description = "beslis: dit document is geen dubbel, wat de berekening ook zegt")
    Long not;
    @Option(names = "--undecide", paramLabel = "ID", description = "terug naar de berekende stand")
    Long undecide;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        check(resemblance, "resemblance");
        check(containment, "containment");
        long requestId = Cli.bean(FindingRequests.class).get(kenmerk).verzoek().id();
        decide(requestId);
        OrganisingDocuments organising = Cli.bean(OrganisingDocuments.class);
        List<DuplicateGroup> groups = resemblance == null && containment == null ? organising.organise(requestId)
                : organising.organise(requestId, resemblance == null ? 0.8 : resemblance, containment == null ? 0.8 : containment);
        Documents documents = Cli.bean(Documents.class);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DuplicateGroup g : groups) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kept", summary(documents.get(g.kept())));
                List<Map<String, Object>> members = new ArrayList<>();
                for (DuplicateGroup.Member member : g.members()) {
                    Map<String, Object> x = summary(documents.get(member.documentId()));
                    x.put("reason", member.reason().name());
                    x.put("similarity", member.similarity());
                    members.add(x);
                }
                m.put("duplicates", members);
                list.add(m);
            }
            Cli.printJson(out, Map.of("kenmerk", kenmerk, "groups", list));
            return 0;
        }
        if (groups.isEmpty()) {
            out.println("Geen dubbele documenten gevonden.");
        }
        for (DuplicateGroup g : groups) {
            Document kept = documents.get(g.kept());
            out.println("Behouden: " + label(kept));
            for (DuplicateGroup.Member m : g.members()) {
                out.printf("  dubbel:  %s — %s (%.0f%%)%n", label(documents.get(m.documentId())), m.reason().label(), m.similarity() * 100);
            }
        }
        out.flush();
        return 0;
    }

    /** Applies the case handler's decision, if one was given; documents of another request are refused. */
    private void decide(long requestId) {
        if ((mark == null) != (of == null)) {
            throw new InvalidInputException("of", "--mark en --of horen bij elkaar");
        }
        ChoosingDocuments choosing = Cli.bean(ChoosingDocuments.class);
        Documents documents = Cli.bean(Documents.class);
        for (Long id : java.util.Arrays.asList(mark, not, undecide)) {
            if (id != null && documents.get(id).requestId() != requestId) {
                throw new InvalidInputException("id", "document " + id + " hoort niet bij " + kenmerk);
            }
        }
        if (mark != null) {
            choosing.markDuplicate(mark, of);
        }
        if (not != null) {
            choosing.markNotDuplicate(not);
        }
        if (undecide != null) {
            choosing.undecide(undecide);
        }
    }

    private static void check(Double v, String field) {
        if (v != null && (v <= 0 || v > 1)) {
            throw new InvalidInputException(field, "een getal tussen 0 en 1");
        }
    }

    private static String label(Document d) {
        return (d.inventoryNumber() == null ? "-" : "nr. " + d.inventoryNumber()) + " " + d.fileName() + " [" + d.id() + "]";
    }

    static Map<String, Object> summary(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("inventoryNumber", d.inventoryNumber());
        m.put("fileName", d.fileName());
        m.put("title", d.title());
        return m;
    }
}
