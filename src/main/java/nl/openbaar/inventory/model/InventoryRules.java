package nl.openbaar.inventory.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.law.Weigeringsgrond;

/**
 * Derives the inventory from the documents, their judgements and their redactions, and checks them against
 * each other: an inventory states what was decided, so it must agree with what will actually be published.
 * <ul>
 *   <li>openbaar: no redaction box and no ground;</li>
 *   <li>deels openbaar: at least one box; the grounds are exactly the union of the boxes' codes;</li>
 *   <li>niet openbaar: at least one ground, given with the judgement;</li>
 *   <li>reeds openbaar: a vindplaats (a web address);</li>
 *   <li>every code a refusal ground of the request's regime; a duplicate that was not judged itself is listed
 *       with the code "dubbel" (the VWS platform's code for "inhoud is in een ander document al beoordeeld").</li>
 * </ul>
 */
public final class InventoryRules {

    /** The VWS platform's code for a duplicate whose content was judged in another document. */
    public static final String DUPLICATE = "dubbel";
    static final int MAX_TITLE = 500;
    static final int MAX_REMARK = 1000;
    static final int MAX_LINK = 2048;

    private InventoryRules() {
    }

    public static Inventaris derive(String kenmerk, Regime regime, Collection<InventoryDocument> documents,
            Map<Long, DocumentBeoordeling> judgements, Map<Long, DocumentRedactions> redactions, RuleBase law) {
        List<Inconsistency> problems = new ArrayList<>();
        List<Weigeringsgrond> order = law.grounds(regime);
        String privacy = privacyCode(regime, law);

        Map<String, String> redacted = new LinkedHashMap<>();
        for (DocumentRedactions r : redactions.values()) {
            for (DocumentRedactions.Mark m : r.boxes()) {
                if (m.text() != null) {
                    redacted.putIfAbsent(m.text(), law.ground(regime, m.ground()).map(Weigeringsgrond::code).orElse(privacy));
                }
            }
        }
        PublicText publicText = new PublicText(redacted, privacy);

        Set<Integer> numbers = new HashSet<>();
        Map<Integer, InventoryDocument> byNumber = new HashMap<>();
        for (InventoryDocument d : documents) {
            if (d.number() <= 0) {
                problems.add(new Inconsistency(d.number(), "heeft geen geldig inventarisnummer"));
            } else if (!numbers.add(d.number())) {
                problems.add(new Inconsistency(d.number(), "het inventarisnummer komt meer dan eens voor"));
            }
            byNumber.put(d.number(), d);
        }

        List<InventoryLine> lines = new ArrayList<>();
        for (InventoryDocument d : documents) {
            int n = d.number();
            DocumentBeoordeling j = judgements.get(d.documentId());
            DocumentRedactions r = redactions.getOrDefault(d.documentId(), DocumentRedactions.none(d.documentId()));
            Set<String> boxGrounds = canonical(regime, law, r.boxes().stream().map(DocumentRedactions.Mark::ground).toList(),
                    n, "lakkader", problems);
            String related = d.duplicateOf() == null ? null : id(d.duplicateOf());
            if (d.duplicateOf() != null && !byNumber.containsKey(d.duplicateOf())) {
                problems.add(new Inconsistency(n, "is een duplicaat van document " + d.duplicateOf() + ", dat niet in de inventaris staat"));
            }

            Beoordeling beoordeling;
            Set<String> grounds;
            String remark = j == null ? null : j.toelichting();
            List<String> links = j == null ? List.of() : j.links();
            if (j == null && d.duplicateOf() != null) {
                beoordeling = Beoordeling.NIET_OPENBAAR;
                grounds = Set.of(DUPLICATE);
                remark = "Dubbel: de inhoud is beoordeeld bij document " + id(d.duplicateOf()) + ".";
            } else if (j == null) {
                problems.add(new Inconsistency(n, Inconsistency.Kind.UNJUDGED, "is nog niet beoordeeld"));
                beoordeling = Beoordeling.NIET_OPENBAAR;
                grounds = Set.of();
                remark = "Nog niet beoordeeld.";
            } else {
                beoordeling = j.beoordeling();
                Set<String> given = canonical(regime, law, j.grounds(), n, "beoordeling", problems);
                grounds = switch (beoordeling) {
                    case OPENBAAR -> {
                        if (!r.boxes().isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als openbaar, maar heeft " + r.boxes().size()
                                    + (r.boxes().size() == 1 ? " lakkader" : " lakkaders")));
                        }
                        if (!given.isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als openbaar, maar met weigeringsgrond "
                                    + String.join(", ", given)));
                        }
                        yield Set.of();
                    }
                    case DEELS_OPENBAAR -> {
                        if (r.boxes().isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als deels openbaar, maar heeft geen lakkader"));
                        }
                        if (!given.isEmpty() && !given.equals(boxGrounds)) {
                            problems.add(new Inconsistency(n, "de gronden in de beoordeling (" + String.join(", ", given)
                                    + ") wijken af van die in de lakkaders (" + (boxGrounds.isEmpty() ? "geen" : String.join(", ", boxGrounds)) + ")"));
                        }
                        yield boxGrounds;
                    }
                    case NIET_OPENBAAR -> {
                        Set<String> all = new LinkedHashSet<>(given);
                        all.addAll(boxGrounds);
                        if (all.isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als niet openbaar, maar zonder weigeringsgrond"));
                        }
                        yield all;
                    }
                    case REEDS_OPENBAAR -> {
                        if (links.isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als reeds openbaar, maar de vindplaats ontbreekt"));
                        }
                        for (String link : links) {
                            if (!isWebAddress(link)) {
                                problems.add(new Inconsistency(n, "de vindplaats '" + link + "' is geen webadres (http of https)"));
                            }
                        }
                        if (!given.isEmpty()) {
                            problems.add(new Inconsistency(n, "is beoordeeld als reeds openbaar, maar met weigeringsgrond "
                                    + String.join(", ", given)));
                        }
                        yield Set.of();
                    }
                };
            }

            String rawTitle = j != null && j.publicTitle() != null && !j.publicTitle().isBlank() ? j.publicTitle()
                    : d.title() != null && !d.title().isBlank() ? d.title()
                    : d.fileName() != null && !d.fileName().isBlank() ? d.fileName() : "Document " + id(n);
            String title = limit(publicText.scrub(rawTitle), MAX_TITLE);
            String toelichting = publicText.scrub(remark);
            if (toelichting != null && toelichting.length() > MAX_REMARK) {
                problems.add(new Inconsistency(n, "de toelichting is langer dan " + MAX_REMARK + " tekens"));
                toelichting = limit(toelichting, MAX_REMARK);
            }
            lines.add(new InventoryLine(d.documentId(), n, id(n), title, FileTypes.vws(d.kind(), d.fileName()), d.date(),
                    d.familyNumber() == null ? Integer.valueOf(n) : d.familyNumber(), d.threadId(), beoordeling,
                    j != null && j.opgeschort(), lawOrder(grounds, order), blankToNull(toelichting), links, related));
        }
        return new Inventaris(kenmerk, regime, matter(kenmerk), lines, problems);
    }

    /** The inventory ID: the number padded to four digits, as the published file (0001.pdf). */
    public static String id(int number) {
        return String.format(Locale.ROOT, "%04d", number);
    }

    /** The kenmerk in the characters the VWS Matter column accepts ([A-Za-z0-9-._~]). */
    public static String matter(String kenmerk) {
        return kenmerk.replaceAll("[^A-Za-z0-9._~-]", "-");
    }

    /** The privacy ground of a regime: the code printed where an address or number was removed from a title. */
    public static String privacyCode(Regime regime, RuleBase law) {
        return law.ground(regime, regime == Regime.WOO ? "5.1.2e" : "10.2.e").map(Weigeringsgrond::code)
                .orElseThrow(() -> new IllegalStateException("rule base lacks the privacy ground of the " + regime.shortName()));
    }

    private static Set<String> canonical(Regime regime, RuleBase law, List<String> codes, int n, String where,
            List<Inconsistency> problems) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                problems.add(new Inconsistency(n, "een " + where + " heeft geen weigeringsgrond"));
                continue;
            }
            if (code.strip().equalsIgnoreCase(DUPLICATE)) {
                out.add(DUPLICATE);
                continue;
            }
            var ground = law.ground(regime, code);
            if (ground.isEmpty()) {
                problems.add(new Inconsistency(n, "onbekende weigeringsgrond '" + code + "' onder de " + regime.shortName()
                        + " (" + where + ")"));
            } else if (ground.get().groundType().startsWith("power") || ground.get().groundType().startsWith("disclosure")) {
                // 11.2, 5.2.2 and 5.2.3 allow or require disclosure; they never justify withholding anything.
                problems.add(new Inconsistency(n, ground.get().code() + " (" + ground.get().labelNl()
                        + ") is geen weigeringsgrond (" + where + ")"));
            } else {
                out.add(ground.get().code());
            }
        }
        return out;
    }

    private static List<String> lawOrder(Set<String> codes, List<Weigeringsgrond> order) {
        List<String> sorted = new ArrayList<>();
        for (Weigeringsgrond g : order) {
            if (codes.contains(g.code())) {
                sorted.add(g.code());
            }
        }
        if (codes.contains(DUPLICATE)) {
            sorted.add(DUPLICATE);
        }
        return sorted;
    }

    private static boolean isWebAddress(String link) {
        if (link == null || link.length() > MAX_LINK || link.contains("|")) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
