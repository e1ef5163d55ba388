package nl.openbaar.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.model.Category;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which ground a category proposes under each regime: names and contact data 5.1.2e (Woo) / 10.2.e (Wob),
 * the BSN 5.1.1e / 10.1.d, policy opinions 5.2 / 11.1, group mailboxes a policy choice (10.2.g under the
 * Wob as in seed 000; 5.1.2i by default under the Woo). The mapping is data
 * ({@code grounds-per-category.json}); every code is checked against the rule base when loaded, so a
 * typo cannot reach a redaction box.
 */
public final class GroundPolicy {

    private static final String RESOURCE = "/nl/openbaar/detection/grounds-per-category.json";

    private final Map<Regime, Map<Category, String>> codes;
    private final Map<Category, Map<Regime, List<String>>> alternatives;

    private GroundPolicy(Map<Regime, Map<Category, String>> codes, Map<Category, Map<Regime, List<String>>> alternatives) {
        this.codes = codes;
        this.alternatives = alternatives;
    }

    public static GroundPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final GroundPolicy STANDARD = load();
    }

    private static GroundPolicy load() {
        try (InputStream in = GroundPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ground mapping missing from the class path: " + RESOURCE);
            }
            return read(in, RuleBase.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a mapping; every category needs a code per regime, and every code must exist in the rule base. */
    public static GroundPolicy read(InputStream json, RuleBase rules) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        Map<Regime, Map<Category, String>> codes = new EnumMap<>(Regime.class);
        Map<Category, Map<Regime, List<String>>> alternatives = new EnumMap<>(Category.class);
        for (Regime regime : Regime.values()) {
            codes.put(regime, new EnumMap<>(Category.class));
        }
        for (Category c : Category.values()) {
            JsonNode entry = root.path("categories").path(c.name());
            Map<Regime, List<String>> alts = new EnumMap<>(Regime.class);
            for (Regime regime : Regime.values()) {
                String code = entry.path(regime.code()).asString(null);
                if (code == null) {
                    throw new IllegalStateException("no " + regime.code() + " ground for category " + c);
                }
                codes.get(regime).put(c, checked(rules, regime, code, c));
                List<String> alt = entry.path("alternatives").path(regime.code()).valueStream()
                        .map(n -> checked(rules, regime, n.asString(), c)).toList();
                alts.put(regime, alt);
            }
            alternatives.put(c, alts);
        }
        return new GroundPolicy(codes, alternatives);
    }

    private static String checked(RuleBase rules, Regime regime, String code, Category c) {
        return rules.ground(regime, code).map(g -> g.code())
                .orElseThrow(() -> new IllegalStateException("ground " + code + " for " + c + " is not a "
                        + regime.shortName() + " ground in the rule base"));
    }

    /** The proposed ground code for a category under a regime. */
    public String ground(Category category, Regime regime) {
        return codes.get(regime).get(category);
    }

    /** Other codes an organisation may choose for this category (e.g. group mailboxes under the Woo). */
    public List<String> alternatives(Category category, Regime regime) {
        return alternatives.get(category).get(regime);
    }

    /** A copy with one category mapped to another ground (a per-organisation or per-case policy choice). */
    public GroundPolicy with(Category category, Regime regime, String code) {
        String canonical = RuleBase.standard().ground(regime, code).map(g -> g.code())
                .orElseThrow(() -> new InvalidInputException("ground", "'" + code + "' is geen "
                        + regime.shortName() + "-weigeringsgrond"));
        Map<Regime, Map<Category, String>> copy = new EnumMap<>(Regime.class);
        codes.forEach((r, m) -> copy.put(r, new EnumMap<>(m)));
        copy.get(regime).put(category, canonical);
        return new GroundPolicy(copy, alternatives);
    }

    /** The whole mapping, for display: regime → category → code. */
    public Map<Regime, Map<Category, String>> table() {
        Map<Regime, Map<Category, String>> out = new LinkedHashMap<>();
        codes.forEach((r, m) -> out.put(r, Map.copyOf(m)));
        return out;
    }
}
