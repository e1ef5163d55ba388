package nl.openbaar.letter.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.law.LegalRule;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.law.Weigeringsgrond;

/**
 * The verbatim text of whole articles, for the decision's first annex ("Relevante artikelen"), put together
 * from the rule base: each ground gives its paragraph's opening words and its own part (10 lid 2 aanhef, then
 * a–g), each rule with a text gives a paragraph (10 lid 3), and a small supplement gives the paragraphs the
 * rule base does not hold (Wob 10 lid 8). The result prints an article as seed 000's annex does.
 */
public final class ArticleTexts {

    private static final Pattern RULE_ARTICLE = Pattern.compile("^(\\S+)(?: lid (\\d+))?$");

    private final RuleBase law;
    private final TextCatalogue supplement;

    public ArticleTexts(RuleBase law, TextCatalogue supplement) {
        this.law = law;
        this.supplement = supplement;
    }

    /** A paragraph (lid) of an article: its text, or its opening words followed by lettered parts. */
    public record Lid(String number, String text, List<String> parts) {
        public Lid {
            parts = List.copyOf(parts);
        }
    }

    /** The article of a ground as it is printed: "10" for 10.2.e, "5.1" for 5.1.2e, "11" for 11.1. */
    public static String articleOf(Weigeringsgrond ground) {
        return ground.article();
    }

    /** The paragraphs of one article in order; empty when the rule base knows nothing of it. */
    public List<Lid> article(Regime regime, String article) {
        TreeMap<Integer, String> lidText = new TreeMap<>();
        Map<Integer, String> aanhef = new TreeMap<>();
        Map<Integer, Map<String, String>> parts = new TreeMap<>();
        for (Weigeringsgrond g : law.grounds(regime)) {
            if (!g.article().equals(article) || g.text() == null) {
                continue;
            }
            int lid = lidNumber(g.lid());
            if (g.onderdeel() != null && !g.onderdeel().isBlank()) {
                if (g.aanhef() != null) {
                    aanhef.putIfAbsent(lid, g.aanhef());
                }
                parts.computeIfAbsent(lid, k -> new LinkedHashMap<>()).put(g.onderdeel(), g.text());
            } else {
                lidText.putIfAbsent(lid, g.text());
            }
        }
        for (LegalRule r : law.rules(regime)) {
            Matcher m = RULE_ARTICLE.matcher(r.article() == null ? "" : r.article().strip());
            if (r.textNl() == null || !m.matches() || !m.group(1).equals(article)) {
                continue;
            }
            lidText.putIfAbsent(m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), r.textNl());
        }
        String prefix = regime.code() + "." + article + ".";
        for (String key : supplement.keys()) {
            if (key.startsWith(prefix)) {
                lidText.putIfAbsent(Integer.parseInt(key.substring(prefix.length())), supplement.raw(key));
            }
        }
        TreeMap<Integer, Lid> lids = new TreeMap<>();
        for (var e : parts.entrySet()) {
            List<String> lettered = new ArrayList<>();
            e.getValue().forEach((letter, text) -> lettered.add(letter + ". " + text));
            lids.put(e.getKey(), new Lid(number(e.getKey()), aanhef.getOrDefault(e.getKey(), ""), lettered));
        }
        lidText.forEach((lid, text) -> lids.putIfAbsent(lid, new Lid(number(lid), text, List.of())));
        return List.copyOf(lids.values());
    }

    private static int lidNumber(String lid) {
        try {
            return lid == null || lid.isBlank() ? 0 : Integer.parseInt(lid.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String number(int lid) {
        return lid == 0 ? "" : lid + ".";
    }
}
