package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.law.Weigeringsgrond;
import nl.openbaar.letter.model.ArticleTexts;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.DecisionKind;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.model.Section;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.DutchDates;

/**
 * Writes the decision (besluit) from the case, in the order of a signed decision (seed 000): the request and
 * its items, the procedure from the timeline, the legal framework, the documents found and their split over
 * the inventory lists, the decision, already public documents, the considerations for exactly the grounds
 * applied, forwarding, the manner of publication, the signature, the objection clause and the annexes (the
 * articles used, then one inventory list per judgement). With no documents it writes seed 003's variant: the
 * search record and the reason the request is refused.
 */
public final class DecisionComposer {

    private final RuleBase law;
    private final ArticleTexts articles;

    public DecisionComposer(RuleBase law, ArticleTexts articles) {
        this.law = law;
        this.articles = articles;
    }

    /** Documents withheld on a ground, not merely listed as a copy of another ("dubbel"). */
    static long withheld(Inventaris inv) {
        return inv == null ? 0 : inv.with(Beoordeling.NIET_OPENBAAR).stream()
                .filter(l -> !l.grounds().equals(List.of(InventoryRules.DUPLICATE))).count();
    }

    /** The variant of a decision that follows from the inventory. */
    public static DecisionKind kind(Inventaris inv) {
        if (inv == null || inv.isEmpty()) {
            return DecisionKind.GEEN_DOCUMENTEN;
        }
        long withheld = withheld(inv);
        int partly = inv.count(Beoordeling.DEELS_OPENBAAR);
        int fully = inv.count(Beoordeling.OPENBAAR);
        if (partly > 0 || (fully > 0 && withheld > 0)) {
            return DecisionKind.DEELS_OPENBAAR;
        }
        if (fully > 0) {
            return DecisionKind.OPENBAAR;
        }
        if (withheld > 0) {
            return DecisionKind.NIET_OPENBAAR;
        }
        return DecisionKind.REEDS_OPENBAAR;
    }

    public Letter compose(CaseFile file) {
        Phrases ph = new Phrases(file);
        Verzoek v = file.view().verzoek();
        Regime regime = v.regime();
        Inventaris inv = file.inventaris();
        DecisionKind kind = kind(inv);
        List<Weigeringsgrond> grounds = groundsApplied(inv, regime);
        List<InventoryLine> olderThanFiveYears = olderThanFiveYears(inv, regime, file.date());

        // Annexes are numbered as they occur: the articles first (if any ground was applied), then the lists.
        int next = 1;
        Integer articleAnnex = grounds.isEmpty() ? null : next++;
        Map<Beoordeling, Integer> annexOf = new EnumMap<>(Beoordeling.class);
        if (inv != null) {
            for (Beoordeling b : Beoordeling.values()) {
                if (inv.count(b) > 0) {
                    annexOf.put(b, next++);
                }
            }
        }
        if (inv != null && !inv.consistent()) {
            inv.problems().forEach(p -> ph.warn("Inventaris: " + p));
        }

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("inleiding", null, opening(ph, v)));
        sections.add(new Section("procedure", ph.text("kop.procedure"), new ProcedureWriter(ph, file).paragraphs()));
        sections.add(new Section("wettelijk-kader", ph.text("kop.wettelijk-kader"), articleAnnex == null
                ? ph.blocks("besluit.wettelijk-kader.zonder-bijlage")
                : ph.blocks("besluit.wettelijk-kader", "bijlage", "bijlage " + articleAnnex)));

        if (kind == DecisionKind.GEEN_DOCUMENTEN) {
            sections.add(new Section("inventarisatie", ph.text("kop.inventarisatie"), ph.blocks("besluit.geen-documenten.inventarisatie")));
            sections.add(new Section("besluit", ph.text("kop.besluit"), decision(ph, file, kind, annexOf)));
            List<Block> considerations = new ArrayList<>(ph.blocks("overweging.geen-documenten"));
            considerations.addAll(searchRecord(ph, file.zoekslag(), true));
            considerations.addAll(ph.blocks("overweging.geen-documenten.conclusie"));
            sections.add(new Section("overwegingen", ph.text("kop.overwegingen"), considerations));
        } else {
            List<Block> found = new ArrayList<>(ph.blocks("besluit.inventarisatie", "documenten", Words.documents(inv.lines().size()),
                    "lijsten", lists(List.copyOf(annexOf.keySet()), annexOf)));
            found.addAll(ph.blocks("besluit.verdeling"));
            List<String> split = new ArrayList<>();
            annexOf.forEach((b, n) -> split.add(ph.text("besluit.verdeling.regel", "beoordeling", b.label(),
                    "documenten", Words.documents(inv.count(b)), "bijlage", "bijlage " + n)));
            found.add(new Block.ItemList(Block.ItemList.Kind.BULLETED, split));
            found.addAll(ph.blocks("besluit.nummering"));
            List<Integer> duplicates = inv.with(Beoordeling.NIET_OPENBAAR).stream()
                    .filter(l -> l.grounds().contains(InventoryRules.DUPLICATE)).map(InventoryLine::number).toList();
            if (!duplicates.isEmpty()) {
                found.addAll(ph.blocks("besluit.dubbel", "documenten", (duplicates.size() == 1 ? "document " : "de documenten ")
                        + Words.numbers(duplicates), "bijlage", "bijlage " + annexOf.get(Beoordeling.NIET_OPENBAAR)));
            }
            sections.add(new Section("inventarisatie", ph.text("kop.inventarisatie"), found));
            if (file.zoekslag() != null && !file.zoekslag().isEmpty()) {
                sections.add(new Section("zoekslag", ph.text("kop.zoekslag"), 3, searchRecord(ph, file.zoekslag(), false)));
            }
            sections.add(new Section("besluit", ph.text("kop.besluit"), decision(ph, file, kind, annexOf)));
            List<Block> already = new ArrayList<>();
            if (annexOf.containsKey(Beoordeling.REEDS_OPENBAAR)) {
                already.addAll(ph.blocks("besluit.reeds-openbare-stukken", "bijlage", "bijlage " + annexOf.get(Beoordeling.REEDS_OPENBAAR)));
            }
            already.addAll(ph.blocks("besluit.eerdere-besluiten"));
            if (!already.isEmpty()) {
                sections.add(new Section("reeds-openbaar", ph.text("kop.reeds-openbaar"), already));
            }
            if (!grounds.isEmpty()) {
                sections.add(new Section("overwegingen", ph.text("kop.overwegingen"), ph.blocks("overweging.algemeen")));
                GroundReasoning reasoning = new GroundReasoning(ph, inv, file.boxes(), annexOf);
                for (Weigeringsgrond g : grounds) {
                    sections.addAll(reasoning.sections(g));
                }
                if (!olderThanFiveYears.isEmpty()) {
                    sections.add(olderSection(ph, olderThanFiveYears));
                }
            }
        }

        List<Event> forwarded = events(file, EventType.FORWARDED);
        if (!forwarded.isEmpty()) {
            sections.add(forwarding(ph, forwarded, kind));
        }
        sections.add(new Section("openbaarmaking", ph.text("kop.openbaarmaking"), publication(ph, file, kind)));
        List<Block> signing = new ArrayList<>(ph.blocks("besluit.slot"));
        signing.add(new Block.Signature(ph.signature()));
        sections.add(new Section("ondertekening", null, signing));
        sections.add(new Section("bezwaar", ph.text("kop.bezwaar"), ph.blocks("besluit.bezwaar",
                "termijnweken", Words.number(law.deadlines(regime).objectionWeeks()), "bezwaaradres", ph.objectionAddress())));

        List<Section> annexes = new ArrayList<>();
        if (articleAnnex != null) {
            annexes.add(articleAnnex(ph, articleAnnex, grounds, !olderThanFiveYears.isEmpty()));
        }
        annexOf.forEach((b, n) -> annexes.add(InventoryTables.annex(ph.text("bijlage.inventaris", "nummer", Integer.toString(n),
                "beoordeling", b.label()), "bijlage-" + n, inv.with(b), b)));

        Letter letter = new Letter(LetterType.DECISION, ph.text("besluit.titel"), ph.sender(), Addressing.recipient(file),
                references(ph, file, ph.text("besluit.onderwerp")), Addressing.salutation(ph, file), sections, annexes,
                file.anonymised(), ph.warnings());
        return file.anonymised() ? Addressing.scrub(letter, v.verzoeker(), ph.raw("verzoeker.geanonimiseerd")) : letter;
    }

    static List<Letter.Reference> references(Phrases ph, CaseFile file, String subject) {
        List<Letter.Reference> refs = new ArrayList<>();
        refs.add(new Letter.Reference("Datum", DutchDates.long_(file.date())));
        refs.add(new Letter.Reference("Onderwerp", subject));
        refs.add(new Letter.Reference("Ons kenmerk", file.view().verzoek().kenmerk()));
        if (file.view().verzoek().letterDate() != null) {
            String label = switch (file.view().verzoek().channel()) {
                case POST -> "Uw brief van";
                case EMAIL -> "Uw e-mail van";
                default -> "Uw verzoek van";
            };
            refs.add(new Letter.Reference(label, DutchDates.long_(file.view().verzoek().letterDate())));
        }
        return refs;
    }

    private List<Block> opening(Phrases ph, Verzoek v) {
        List<Block> blocks = new ArrayList<>(ph.blocks("besluit.inleiding"));
        if (!v.items().isEmpty()) {
            blocks.addAll(ph.blocks("besluit.onderdelen"));
            blocks.add(new Block.ItemList(Block.ItemList.Kind.NUMBERED, v.items()));
        }
        String period = period(v.scopedPeriod());
        if (period != null) {
            blocks.addAll(v.scopeReason() == null ? ph.blocks("besluit.periode.zonder-reden", "periode", period)
                    : ph.blocks("besluit.periode", "periode", period, "periodereden", sentence(v.scopeReason())));
        }
        return blocks;
    }

    private List<Block> decision(Phrases ph, CaseFile file, DecisionKind kind, Map<Beoordeling, Integer> annexOf) {
        List<Beoordeling> open = new ArrayList<>();
        for (Beoordeling b : List.of(Beoordeling.DEELS_OPENBAAR, Beoordeling.OPENBAAR)) {
            if (annexOf.containsKey(b)) {
                open.add(b);
            }
        }
        List<Block> blocks = new ArrayList<>(ph.blocks(kind.key(),
                "lijst-openbaar", open.isEmpty() ? null : lists(open, annexOf),
                // Copies listed as "dubbel" are not refusals: name the list only when something was really withheld.
                "lijst-niet-openbaar", withheld(file.inventaris()) > 0 ? lists(List.of(Beoordeling.NIET_OPENBAAR), annexOf) : null,
                "lijst-reeds-openbaar", annexOf.containsKey(Beoordeling.REEDS_OPENBAAR) ? lists(List.of(Beoordeling.REEDS_OPENBAAR), annexOf) : null));
        boolean defaultNotice = events(file, EventType.DEFAULT_NOTICE).stream().anyMatch(e -> !e.date().isAfter(file.date()));
        if (defaultNotice) {
            blocks.addAll(ph.blocks("besluit.dwangsom"));
        }
        return blocks;
    }

    /** "vier inventarislijsten, die als bijlage 2 (Niet openbaar), … bij dit besluit zijn gevoegd". */
    private static String lists(List<Beoordeling> which, Map<Beoordeling, Integer> annexOf) {
        List<String> names = which.stream().map(b -> "bijlage " + annexOf.get(b) + " (" + b.label() + ")").toList();
        if (names.size() == 1) {
            return "een inventarislijst, die als " + names.get(0) + " bij dit besluit is gevoegd";
        }
        return Words.number(names.size()) + " inventarislijsten, die als " + Words.join(names) + " bij dit besluit zijn gevoegd";
    }

    private List<Block> searchRecord(Phrases ph, Zoekslag z, boolean required) {
        List<Block> blocks = new ArrayList<>();
        if (z == null || z.isEmpty()) {
            if (required) {
                ph.warn("Er is geen zoekslag vastgelegd; een besluit zonder documenten hoort te vermelden waar, waarop en over"
                        + " welke periode is gezocht.");
            }
            return blocks;
        }
        blocks.addAll(ph.blocks("besluit.zoekslag", "bronnen", z.sources().isEmpty() ? null : Words.join(z.sources())));
        if (!z.terms().isEmpty()) {
            blocks.add(new Block.ItemList(Block.ItemList.Kind.BULLETED, z.terms()));
        }
        LocalDate to = z.to() != null ? z.to() : z.searchedOn();
        if (z.from() != null && to != null) {
            blocks.addAll(ph.blocks("besluit.zoekslag.periode", "zoekperiode",
                    DutchDates.long_(z.from()) + " tot en met " + DutchDates.long_(to)));
        }
        return blocks;
    }

    private Section olderSection(Phrases ph, List<InventoryLine> older) {
        String numbers = Words.numbers(older.stream().map(InventoryLine::number).toList());
        List<Block> blocks = new ArrayList<>(ph.blocks("overweging.ouder-dan-vijf-jaar", "nummers", numbers));
        if (ph.has("ouder-dan-vijf-jaar.zaak")) {
            blocks.addAll(ph.blocks("ouder-dan-vijf-jaar.zaak", "nummers", numbers));
        } else {
            blocks.addAll(ph.blocks("overweging.ouder-dan-vijf-jaar.standaard", "nummers", numbers));
            ph.warn("Documenten " + numbers + " zijn ouder dan vijf jaar: controleer de standaardmotivering van artikel 5.3 Woo"
                    + " of geef een eigen motivering (tekst [ouder-dan-vijf-jaar.zaak]).");
        }
        return new Section("ouder-dan-vijf-jaar", ph.text("kop.ouder-dan-vijf-jaar"), 3, blocks);
    }

    private Section forwarding(Phrases ph, List<Event> forwarded, DecisionKind kind) {
        List<Block> blocks = new ArrayList<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (Event e : forwarded) {
            String body = e.detail(Event.BODY);
            bodies.add(body);
            if (e.detail("decisionText") != null) {
                blocks.addAll(Phrases.split(e.detail("decisionText")));
            } else {
                blocks.addAll(ph.blocks("besluit.doorzending", "orgaan", body, "datum", DutchDates.long_(e.date()),
                        "omvang", "deels".equals(e.detail(Event.SCOPE)) ? "voor een deel" : null,
                        "overleg", truthy(e.detail("consulted")) ? "– na overleg met u –" : null,
                        "grondslag", e.detail(Event.BASIS)));
            }
            boolean refused = kind == DecisionKind.GEEN_DOCUMENTEN || kind == DecisionKind.NIET_OPENBAAR;
            blocks.addAll(ph.blocks(refused ? "besluit.doorzending.gevolgen.afwijzing" : "besluit.doorzending.gevolgen", "orgaan", body));
        }
        return new Section("doorzending", ph.text("kop.doorzending", "orgaan", Words.join(List.copyOf(bodies))), blocks);
    }

    private List<Block> publication(Phrases ph, CaseFile file, DecisionKind kind) {
        if (kind != DecisionKind.OPENBAAR && kind != DecisionKind.DEELS_OPENBAAR) {
            return ph.blocks("besluit.openbaarmaking.geen-documenten");
        }
        List<Block> blocks = new ArrayList<>(ph.blocks("besluit.openbaarmaking"));
        boolean thirdParties = !events(file, EventType.VIEWS_REQUESTED).isEmpty()
                || file.inventaris().lines().stream().anyMatch(InventoryLine::opgeschort);
        if (thirdParties) {
            blocks.addAll(ph.blocks("besluit.openbaarmaking.derden"));
        }
        return blocks;
    }

    private Section articleAnnex(Phrases ph, int number, List<Weigeringsgrond> grounds, boolean fiveYears) {
        Set<String> used = new LinkedHashSet<>();
        grounds.forEach(g -> used.add(ArticleTexts.articleOf(g)));
        if (fiveYears) {
            used.add("5.3");
        }
        Regime regime = ph.regime();
        List<Block> blocks = new ArrayList<>();
        for (String article : used) {
            List<ArticleTexts.Lid> lids = articles.article(regime, article);
            if (lids.isEmpty()) {
                ph.warn("De tekst van artikel " + article + " " + regime.shortName() + " ontbreekt in de regelbank.");
                continue;
            }
            blocks.add(new Block.SubHeading("Artikel " + article));
            for (ArticleTexts.Lid lid : lids) {
                blocks.add(new Block.Paragraph((lid.number() + " " + lid.text()).strip()));
                if (!lid.parts().isEmpty()) {
                    blocks.add(new Block.ItemList(Block.ItemList.Kind.LABELLED, lid.parts()));
                }
            }
        }
        return new Section("bijlage-" + number, ph.text("bijlage.artikelen", "nummer", Integer.toString(number)), blocks);
    }

    private List<Weigeringsgrond> groundsApplied(Inventaris inv, Regime regime) {
        if (inv == null) {
            return List.of();
        }
        Set<String> used = inv.groundsUsed();
        return law.grounds(regime).stream().filter(g -> used.contains(g.code())).toList();
    }

    /** Woo 5.3: documents older than five years in which a weighed ground or 5.2 was applied. */
    private List<InventoryLine> olderThanFiveYears(Inventaris inv, Regime regime, LocalDate decisionDate) {
        if (inv == null || regime != Regime.WOO) {
            return List.of();
        }
        LocalDate limit = decisionDate.minusYears(5);
        return inv.lines().stream()
                .filter(l -> l.date() != null && l.date().isBefore(limit))
                .filter(l -> l.grounds().stream().anyMatch(code -> law.ground(regime, code)
                        .map(g -> ("5.1".equals(g.article()) && ("2".equals(g.lid()) || "5".equals(g.lid()))) || "5.2".equals(g.code()))
                        .orElse(false)))
                .toList();
    }

    static List<Event> events(CaseFile file, EventType type) {
        return file.view().procedure().stream().filter(e -> e.type() == type).toList();
    }

    private static String period(Periode p) {
        if (p == null || p.isEmpty()) {
            return null;
        }
        if (p.from() != null && p.to() != null) {
            return DutchDates.long_(p.from()) + " tot " + DutchDates.long_(p.to());
        }
        return p.from() != null ? DutchDates.long_(p.from()) + " tot heden" : "de periode tot " + DutchDates.long_(p.to());
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static boolean truthy(String s) {
        return s != null && List.of("ja", "yes", "true", "1", "j", "y").contains(s.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
