package nl.openbaar.law;

import java.time.LocalDate;
import java.util.List;

/**
 * A ground for refusing (part of) a disclosure, with the verbatim article text, as kept in the rule base.
 *
 * @param code       the code printed in redaction boxes and inventories: "5.1.2e" (Woo) or "10.2.e" (Wob)
 * @param kind       absolute or relative (weighed against the public interest in openness)
 * @param groundType refusal, deferral, power, duty, special regime
 * @param aanhef     the opening words of the paragraph the ground belongs to ("… blijft achterwege voor zover …")
 * @param text       the text of the ground itself
 */
public record Weigeringsgrond(
        Regime regime,
        String code,
        List<String> aliases,
        String article,
        String lid,
        String onderdeel,
        String labelNl,
        String labelEn,
        String kind,
        String groundType,
        LocalDate since,
        LocalDate until,
        String aanhef,
        String text,
        String textStatus,
        String motivationTopic) {

    public boolean isRefusalGround() {
        return "refusal".equals(groundType);
    }

    /** "artikel 10, tweede lid, aanhef en onder e, van de Wob": the way a letter cites it. */
    public String citation() {
        StringBuilder s = new StringBuilder("artikel ").append(article);
        if (lid != null && !lid.isBlank()) {
            s.append(", ").append(Ordinals.lid(lid)).append(" lid");
            if (onderdeel != null && !onderdeel.isBlank()) {
                s.append(", aanhef en onder ").append(onderdeel);
            }
        }
        return s.append(", van de ").append(regime.shortName()).toString();
    }
}
