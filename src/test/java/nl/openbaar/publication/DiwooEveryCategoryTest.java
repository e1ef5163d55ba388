package nl.openbaar.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.openbaar.organisation.OrganisationSettings;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.InformatieCategorie;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.PublishedFile;
import org.junit.jupiter.api.Test;

/** A DiWoo record of a document in each of the 17 information categories validates against the DiWoo 0.9.8 schema. */
class DiwooEveryCategoryTest {

    static final OrganisationSettings JENV = new OrganisationSettings("Ministerie van Justitie en Veiligheid", "het ministerie",
            "mijn ministerie", "De Minister van Justitie en Veiligheid", "https://identifier.overheid.nl/tooi/id/ministerie/mnre1058",
            "Postbus 20301 2500 EH Den Haag", "Turfmarkt 147, 2511 DP Den Haag", "Postbus 20301, 2500 EH Den Haag", "www.rijksoverheid.nl",
            null, "namens deze,", "J.W. Schaper", "Directeur Politieel Beleid en Taakuitvoering");

    @Test
    void aRecordOfEveryCategoryValidates() {
        DiwooMetadata diwoo = new DiwooMetadata(null, new PublicationSettings(JENV, "https://woo.example.nl"));
        int n = 0;
        for (InformatieCategorie c : InformatieCategorieen.all()) {
            boolean decision = c.code().equals(InformatieCategorie.WOO_VERZOEKEN);
            PublicationSource source = decision ? PublicationSource.CASE : PublicationSource.ACTIVE;
            Publicatie p = new Publicatie(n, "a".repeat(31) + Integer.toHexString(n % 16), decision ? "2024-0001" : null,
                    "Publicatie in " + c.label(), "Samenvatting", "Ministerie van Justitie en Veiligheid", "woo", LocalDate.of(2024, 5, 1),
                    decision ? "deels openbaarmaking" : null, c, PublicationStatus.PUBLISHED, "behandelaar", Instant.parse("2024-05-01T10:00:00Z"),
                    "publicist", Instant.parse("2024-05-02T10:00:00Z"), null, Instant.parse("2024-05-03T10:00:00Z"), source, null, null);
            PublishedFile f = new PublishedFile(n, "b".repeat(31) + Integer.toHexString(n % 16), n, FileKind.DOCUMENT, decision ? "0001" : null,
                    "Document in " + c.label(), decision ? "deels openbaar" : "openbaar", decision ? "5.1.2e" : null, LocalDate.of(2024, 4, 2),
                    "application/pdf", "0001.pdf", "0".repeat(64), 1234, 3, false, null, null, null, null, 1, "rapport", null);
            String xml = diwoo.document(new ReadingPortal.PublicFile(p, f, null));
            assertThat(DiwooSchema.errors(xml)).as(c.code() + "\n" + xml).isEmpty();
            assertThat(xml).contains(c.uri());
            n++;
        }
        assertThat(n).isEqualTo(17);
    }
}
