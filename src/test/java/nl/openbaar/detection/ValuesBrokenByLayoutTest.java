package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value is found whole wherever layout breaks it: the same sentence laid out at every line width from narrow to
 * wide puts the line break at every place in and around the value, and every character that must go is under a
 * finding each time.
 */
class ValuesBrokenByLayoutTest {

    private static final String BEFORE = "Voor vragen over het dossier kunt u contact opnemen met de behandelaar via ";
    private static final String AFTER = " op werkdagen tussen negen en vijf uur.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "06-12345678|PHONE_NUMBER|06-12345678",
        "06 1234 5678|PHONE_NUMBER|06 1234 5678",
        "06 - 23 45 67 81|PHONE_NUMBER|06 - 23 45 67 81",
        "+31 6 12345678|PHONE_NUMBER|+31 6 12345678",
        "+31 (0)6-12345678|PHONE_NUMBER|+31 (0)6-12345678",
        "0031 6 12345678|PHONE_NUMBER|0031 6 12345678",
        "070-3456789|PHONE_NUMBER|070-3456789",
        "(070) 345 67 89|PHONE_NUMBER|(070) 345 67 89",
        "06.12.34.56.78|PHONE_NUMBER|06.12.34.56.78",
        "NL91 ABNA 0417 1643 00|IBAN|NL91 ABNA 0417 1643 00",
        "mevrouw J. van den Berg-Schouten|PERSON_NAME|J. van den Berg-Schouten",
    })
    void aValueWithSeparatorsIsFoundWholeAtEveryLineWidth(String value, Category category, String mustGo) {
        String text = BEFORE + value + AFTER;
        for (int columns = 18; columns <= 90; columns++) {
            assertCovered(text, TextPages.wrapped(1, text, columns), text.indexOf(value) + value.indexOf(mustGo), mustGo,
                    category, "width " + columns);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pieter.vandenberg@ministerie-bzk.nl|pieter.vandenberg",
        "j.jansen@example.com|j.jansen",
        "fatima.el-amrani@rijksoverheid.nl|fatima.el-amrani",
    })
    void anEmailAddressWrappedAtAnyCharacterIsOneAddress(String address, String local) {
        String text = "Van: Lotte Verbeek <" + address + ">\nAan: " + address + "\nOnderwerp: overleg";
        for (int columns = 8; columns <= 60; columns++) {
            PageLayout page = TextPages.wrapped(1, text, columns, true);
            assertCovered(text, page, text.indexOf(address), local, Category.EMAIL_LOCAL_PART, "width " + columns);
            assertCovered(text, page, text.lastIndexOf(address), local, Category.EMAIL_LOCAL_PART, "width " + columns);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kerkstraat 12|STREET_ADDRESS",
        "1234 AB Utrecht|POSTCODE",
    })
    void anAddressWrappedBeforeItsNumberIsOneAddress(String value, Category category) {
        String text = "De aanvrager woont sinds vorig jaar op het adres " + value + " en is daar overdag bereikbaar.";
        String mustGo = category == Category.POSTCODE ? "1234 AB" : value;
        for (int columns = 20; columns <= 90; columns++) {
            assertCovered(text, TextPages.wrapped(1, text, columns), text.indexOf(mustGo), mustGo, category, "width " + columns);
        }
    }

    /**
     * Every letter and digit of {@code mustGo}, which starts at {@code from} in {@code source}, is under a finding on
     * the laid-out page. Laying out changes only white space, so the n-th non-blank character of the source is the
     * n-th of the page.
     */
    private static void assertCovered(String source, PageLayout page, int from, String mustGo, Category category, String where) {
        List<Finding> found = DetectingPersonalData.standard().detect(List.of(page), DetectionSettings.of(Regime.WOO)).toRedact();
        int skip = nonBlank(source, 0, from);
        int count = nonBlank(mustGo, 0, mustGo.length());
        List<String> missed = new ArrayList<>();
        String text = page.text();
        int seen = 0;
        for (int p = 0; p < text.length() && seen < skip + count; p++) {
            char c = text.charAt(p);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int at = p;
            if (seen++ >= skip && Character.isLetterOrDigit(c)
                    && found.stream().noneMatch(f -> f.category() == category && f.covers(1, at))) {
                missed.add(String.valueOf(c));
            }
        }
        assertThat(missed).as("%s: '%s' in%n%s%nfound: %s", where, mustGo, text,
                found.stream().map(f -> f.category() + " " + f.text()).toList()).isEmpty();
    }

    private static int nonBlank(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }
}
