package nl.openbaar.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Search holds a page's own words: what redaction and stamping leave in a text layer goes. The inputs are as a
 * published bundle's text layer gives them (seed 004: a ministry's redacted e-mail bundle) and as Openbaar's own
 * redacted, stamped documents give them.
 */
class PortalTextTest {

    @Test
    void headerLinesLoseWhatIsLeftAroundRedactedNamesAndAddresses() {
        String page = """
                Van: )
                Verzonden: donderdag 5 maart 2020 15:03
                Aan: );\s
                Onderwerp: RE:\s
                Van: @minezk.nl>\s
                Aan: < @minbzk.nl>; < @minbzk.nl>
                Cc: ( )
                """;
        assertThat(PortalText.clean(page)).isEqualTo("""
                Van:
                Verzonden: donderdag 5 maart 2020 15:03
                Aan:
                Onderwerp: RE:
                Van: @minezk.nl
                Aan: @minbzk.nl; @minbzk.nl
                Cc:""");
    }

    @Test
    void boxLabelsGoInRunsAloneOnALineAndInsideSentences() {
        String page = """
                FYI: onderstaande vragen komen net binnen.
                110.2.e
                10.2.e
                10.2.e 10.2.e
                5.1.2e, 5.1.2e; 5.1.2i
                Beste 5.1.2e 5.1.2e, dank voor je bericht.
                Groet, 5.1.2e
                """;
        assertThat(PortalText.clean(page)).isEqualTo("""
                FYI: onderstaande vragen komen net binnen.
                Beste, dank voor je bericht.
                Groet,""");
    }

    @Test
    void separatorsOfARedactedSignatureCollapse() {
        assertThat(PortalText.clean("Groet, | | Directie Digitale Overheid")).isEqualTo("Groet, | Directie Digitale Overheid");
        assertThat(PortalText.clean("| | Team Woo |")).isEqualTo("Team Woo");
    }

    @Test
    void codesTheTextCitesStay() {
        assertThat(PortalText.clean("De namen zijn weggelakt op grond van artikel 5.1.2e en 5.1.2i van de Woo."))
                .isEqualTo("De namen zijn weggelakt op grond van artikel 5.1.2e en 5.1.2i van de Woo.");
        assertThat(PortalText.clean("Zie artikel 10.2.e Wob.")).isEqualTo("Zie artikel 10.2.e Wob.");
        assertThat(PortalText.clean("Aan: 5.1.2e en 5.1.2e")).isEqualTo("Aan: en");
    }

    @Test
    void stampsAndBundlePageNumbersGo() {
        String page = "Document 12\nVan: Team Woo\nDe tekst van de pagina.\n17\n";
        assertThat(PortalText.clean(page)).isEqualTo("Van: Team Woo\nDe tekst van de pagina.");
        assertThat(PortalText.clean("Pagina 2 van 5\nTekst.")).isEqualTo("Tekst.");
        // a number inside the text stays
        assertThat(PortalText.clean("Regel een\nRegel twee\n2021\nRegel drie\nRegel vier")).contains("2021");
    }

    @Test
    void charactersOfAFontWithoutUnicodeMapGo() {
        assertThat(PortalText.clean("laten voorbereiden door JenV  ᄩᄪᄫᄬ. ")).isEqualTo("laten voorbereiden door JenV.");
    }

    @Test
    void numbersAndDatesWrappedInANarrowTableCellAreJoined() {
        assertThat(PortalText.clean("000 1 14-01- 2021 E-mail over de aanbesteding openbaar"))
                .isEqualTo("0001 14-01-2021 E-mail over de aanbesteding openbaar");
        assertThat(PortalText.clean("00 12 3-2- 2020")).isEqualTo("0012 3-2-2020");
        // ordinary numbers are left alone
        assertThat(PortalText.clean("Er waren 0 van de 12 aanwezig, 100 1 keer")).isEqualTo("Er waren 0 van de 12 aanwezig, 100 1 keer");
    }
}
