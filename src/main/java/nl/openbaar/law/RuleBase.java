package nl.openbaar.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.openbaar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal rule base: grounds with their article texts, deadline rules and the Atw days, read from
 * {@code grounds.json} (copied from the project's sourced legal research; see SOURCES.md beside it).
 * The law is data: a new royal decree or a corrected article text is a change to that file, not to code.
 */
public final class RuleBase {

    private static final String RESOURCE = "/nl/openbaar/law/grounds.json";

    private final Map<Regime, DeadlineRules> deadlines = new EnumMap<>(Regime.class);
    private final Map<Regime, Map<String, Weigeringsgrond>> grounds = new EnumMap<>(Regime.class);
    private final Map<Regime, Map<String, String>> aliases = new EnumMap<>(Regime.class);
    private final Map<Regime, List<LegalRule>> rules = new EnumMap<>(Regime.class);
    private final TreeMap<LocalDate, EquatedDay> equatedDays = new TreeMap<>();
    private final DwangsomRules dwangsom;
    private final int firstYearWithEquatedDays;
    private final int lastYearWithEquatedDays;

    private RuleBase(JsonNode root) {
        for (Regime regime : Regime.values()) {
            JsonNode r = root.path("regimes").path(regime.code());
            deadlines.put(regime, readDeadlines(regime, r.path("deadlines")));
            Map<String, Weigeringsgrond> byCode = new LinkedHashMap<>();
            Map<String, String> byAlias = new LinkedHashMap<>();
            for (JsonNode g : r.path("grounds")) {
                Weigeringsgrond ground = readGround(regime, g);
                byCode.put(ground.code(), ground);
                byAlias.put(normalise(ground.code()), ground.code());
                byAlias.put(normalise(ground.code().replace(".", "")), ground.code());
                for (String alias : ground.aliases()) {
                    byAlias.put(normalise(alias), ground.code());
                }
            }
            grounds.put(regime, byCode);
            aliases.put(regime, byAlias);
            List<LegalRule> rs = new ArrayList<>();
            for (JsonNode rule : r.path("rules")) {
                rs.add(new LegalRule(rule.path("id").asString(), rule.path("article").asString(),
                        rule.path("rule").asString(), textOrNull(rule.path("text_nl"))));
            }
            rules.put(regime, List.copyOf(rs));
        }
        JsonNode atw = root.path("algemene_termijnenwet");
        for (JsonNode d : atw.path("gelijkgestelde_dagen_art3_lid3")) {
            LocalDate date = LocalDate.parse(d.path("date").asString());
            equatedDays.put(date, new EquatedDay(date, d.path("verified").asBoolean(), d.path("source").asString()));
        }
        firstYearWithEquatedDays = equatedDays.firstKey().getYear();
        lastYearWithEquatedDays = equatedDays.lastKey().getYear();
        JsonNode dw = root.path("awb_dwangsom_bij_niet_tijdig_beslissen");
        List<Integer> perDay = new ArrayList<>();
        for (JsonNode step : dw.path("per_day_eur")) {
            perDay.add(step.path("eur").asInt());
        }
        List<Integer> oldPerDay = new ArrayList<>();
        for (JsonNode amount : dw.path("earlier_amounts_eur").path("per_day")) {
            oldPerDay.add(amount.asInt());
        }
        dwangsom = new DwangsomRules(List.copyOf(perDay), List.copyOf(oldPerDay), dw.path("max_days").asInt(),
                dw.path("first_day").asString());
    }

    /** The rule base that ships with this release. */
    public static RuleBase standard() {
        return Holder.STANDARD;
    }

    public static RuleBase read(InputStream json) {
        return new RuleBase(JsonMapper.builder().build().readTree(json));
    }

    private static final class Holder {
        static final RuleBase STANDARD = load();

        private static RuleBase load() {
            try (InputStream in = RuleBase.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("rule base missing from the class path: " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public DeadlineRules deadlines(Regime regime) {
        return deadlines.get(regime);
    }

    /** All grounds of a regime in the order of the law. */
    public List<Weigeringsgrond> grounds(Regime regime) {
        return List.copyOf(grounds.get(regime).values());
    }

    /** Looks a code up by its canonical form or any alias ("5.1.2.e", "10.2e", "10 lid 2 sub e"). */
    public Optional<Weigeringsgrond> ground(Regime regime, String codeOrAlias) {
        if (codeOrAlias == null) {
            return Optional.empty();
        }
        String code = aliases.get(regime).get(normalise(codeOrAlias));
        return Optional.ofNullable(code).map(grounds.get(regime)::get);
    }

    /** As {@link #ground} but an unknown code is an input error on the given field. */
    public Weigeringsgrond requireGround(Regime regime, String codeOrAlias, String field) {
        return ground(regime, codeOrAlias).orElseThrow(() -> new InvalidInputException(field,
                "onbekende weigeringsgrond '" + codeOrAlias + "' onder de " + regime.shortName()));
    }

    public List<LegalRule> rules(Regime regime) {
        return rules.get(regime);
    }

    public Map<LocalDate, EquatedDay> equatedDays() {
        return java.util.Collections.unmodifiableMap(equatedDays);
    }

    /** Whether the rule base knows the royal decree that covers this year (2017–2028 at the time of writing). */
    public boolean hasEquatedDayData(int year) {
        return year >= firstYearWithEquatedDays && year <= lastYearWithEquatedDays;
    }

    public DwangsomRules dwangsom() {
        return dwangsom;
    }

    /** The Atw calendar of this rule base, without local additions. */
    public AlgemeneTermijnenwet calendar() {
        return new AlgemeneTermijnenwet(this, List.of());
    }

    static String normalise(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("art.", "").replace("artikel", "");
    }

    private static DeadlineRules readDeadlines(Regime regime, JsonNode d) {
        String before = textOrNull(d.path("dwangsom_applies_before"));
        return new DeadlineRules(regime,
                d.path("decide_weeks").asInt(),
                d.path("extension_weeks").asInt(),
                d.path("objection_weeks").asInt(),
                d.path("third_party_wait_weeks").asInt(),
                before == null ? null : LocalDate.parse(before),
                d.path("count_from").asString(),
                d.path("extension_notice").asString(),
                d.path("zienswijze_suspension").path("basis").asString(),
                d.path("dwangsom_basis").asString());
    }

    private static Weigeringsgrond readGround(Regime regime, JsonNode g) {
        List<String> as = new ArrayList<>();
        for (JsonNode a : g.path("aliases")) {
            as.add(a.asString());
        }
        return new Weigeringsgrond(regime,
                g.path("code").asString(),
                List.copyOf(as),
                g.path("article").asString(),
                textOrNull(g.path("lid")),
                textOrNull(g.path("onderdeel")),
                g.path("label_nl").asString(),
                g.path("label_en").asString(),
                g.path("kind").asString(),
                g.path("ground_type").asString(),
                dateOrNull(g.path("since")),
                dateOrNull(g.path("until")),
                textOrNull(g.path("aanhef_nl")),
                textOrNull(g.path("text_nl")),
                textOrNull(g.path("text_status")),
                textOrNull(g.path("motivation_topic")));
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asString();
    }

    private static LocalDate dateOrNull(JsonNode n) {
        String s = textOrNull(n);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
