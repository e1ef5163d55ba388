package nl.openbaar.letter;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.internal.JdbcLetterTexts;
import nl.openbaar.letter.model.Template;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes letter texts without a new release: for every case (an administrator) or for one case (a lawyer
 * adding the motivation for a ground, earlier decisions, a salutation). A text is checked before it is stored:
 * the key must be one Openbaar uses and every {place} one it can fill, so a typo never reaches a letter.
 */
@Service
public class EditingLetterTexts {

    /** Keys only a case has: the motivation per ground, and the five-year motivation (Woo 5.3). */
    private static final Pattern CASE_KEY = Pattern.compile("grond\\.(.+)\\.zaak|ouder-dan-vijf-jaar\\.zaak");

    /** Texts that became settings: the organisation and its signer are set in one place for letters and portal. */
    private static final Pattern SETTING = Pattern.compile("afzender\\.(organisatie|kort|mijn|retouradres|contact|website)"
            + "|ondertekening\\..+|bezwaar\\.adres");

    private final JdbcLetterTexts stored;
    private final FindingRequests requests;
    private final RuleBase law;
    private final Clock clock;

    public EditingLetterTexts(JdbcLetterTexts stored, FindingRequests requests, RuleBase law, Clock clock) {
        this.stored = stored;
        this.requests = requests;
        this.law = law;
        this.clock = clock;
    }

    /** @param regime "woo", "wob" or null/blank for both */
    @Transactional
    public void set(String key, String regime, String text, String user) {
        String r = regime(regime);
        check(key, text, false);
        stored.put(key, r, text.strip(), user, clock.instant());
    }

    @Transactional
    public boolean reset(String key, String regime) {
        return stored.remove(key, regime(regime));
    }

    @Transactional
    public void setForCase(String kenmerk, String key, String text, String user) {
        Verzoek v = requests.get(kenmerk).verzoek();
        check(key, text, true);
        Matcher m = CASE_KEY.matcher(key);
        if (m.matches() && m.group(1) != null) {
            law.requireGround(v.regime(), m.group(1), "sleutel");
        }
        stored.putForCase(v.id(), key, text.strip(), user, clock.instant());
    }

    @Transactional
    public boolean resetForCase(String kenmerk, String key) {
        return stored.removeForCase(requests.get(kenmerk).verzoek().id(), key);
    }

    private static void check(String key, String text, boolean forCase) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("sleutel", "de sleutel ontbreekt");
        }
        if (text == null) {
            throw new InvalidInputException("tekst", "de tekst ontbreekt");
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException("tekst", "de tekst is langer dan 20.000 tekens");
        }
        if (SETTING.matcher(key).matches()) {
            throw new InvalidInputException("sleutel", "[" + key + "] is geen brieftekst meer: de afzender en de ondertekening komen"
                    + " uit de instellingen openbaar.organisation.* (bijvoorbeeld openbaar.organisation.signer.name), zodat alle"
                    + " brieven en het portaal dezelfde organisatie noemen");
        }
        TextCatalogue defaults = DefaultTexts.catalogue();
        boolean known = defaults.has(key) || defaults.has(key + "@woo") || defaults.has(key + "@wob")
                || (forCase && CASE_KEY.matcher(key).matches());
        if (!known) {
            throw new InvalidInputException("sleutel", "Openbaar kent geen tekst [" + key + "]; `openbaar letter texts list` toont ze");
        }
        Set<String> allowed = places(defaults);
        for (String place : Template.places(text)) {
            if (!allowed.contains(place)) {
                throw new InvalidInputException("tekst", "onbekende invulplaats {" + place + "}; bekend zijn: " + allowed);
            }
        }
    }

    /** Every place some default text uses, plus the places every letter fills. */
    static Set<String> places(TextCatalogue defaults) {
        Set<String> all = new TreeSet<>(Set.of("kenmerk", "regime", "wet", "onderwerp", "ontvangstdatum", "briefdatum", "uwstuk",
                "datum", "afdeling", "verzoeker", "termijn", "organisatie", "organisatiekort", "mijnorganisatie", "website",
                "zaakmotivering", "citaat", "bijlagen", "nummers"));
        for (String key : defaults.keys()) {
            all.addAll(Template.places(defaults.raw(key)));
        }
        return all;
    }

    private static String regime(String regime) {
        return regime == null || regime.isBlank() ? "" : Regime.parse(regime, "regime").code();
    }
}
