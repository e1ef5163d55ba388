package nl.openbaar.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import nl.openbaar.publication.model.DocumentSoort;
import nl.openbaar.publication.model.InformatieCategorie;
import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The categories and document types are the standard's: every identifier and name is checked against DiWoo 0.9.8. */
class InformatieCategorieenTest {

    @Test
    void theSeventeenCategoriesOfArticle33AreTheValueListsWithTheirWooIndexNumbers() {
        Map<String, String> list = DiwooSchema.valueList("informatiecategorielijst");
        assertThat(InformatieCategorieen.all()).hasSize(17);
        for (InformatieCategorie c : InformatieCategorieen.all()) {
            assertThat(list).as(c.code()).containsKey(c.uri());
            assertThat(c.label().toLowerCase(Locale.ROOT)).isEqualTo(list.get(c.uri()).toLowerCase(Locale.ROOT));
            assertThat(c.code()).isEqualTo(String.format("infocat%03d", c.number()));
        }
        // the value list also holds the article 3.1 category, which has no Woo-index sitemap number
        assertThat(list).hasSize(18).containsValue("inspanningsverplichting art 3.1 Woo");
        assertThat(InformatieCategorieen.all()).extracting(InformatieCategorie::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        assertThat(InformatieCategorieen.of("infocat014").label()).isEqualTo("Woo-verzoeken en -besluiten");
        assertThat(InformatieCategorieen.of("infocat015").label()).isEqualTo("Onderzoeksrapporten");
        assertThat(InformatieCategorieen.of("infocat001").label()).isEqualTo("Wetten en algemeen verbindende voorschriften");
        assertThatThrownBy(() -> InformatieCategorieen.of("infocat018")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void documentTypesPointAtDiwooDocumentTypesWhereTheStandardHasThem() {
        Map<String, String> list = DiwooSchema.valueList("documentsoortlijst");
        for (DocumentSoort t : InformatieCategorieen.documentTypes()) {
            if (t.diwooId() != null) {
                assertThat(list).as(t.code()).containsEntry(t.diwooUri(), t.diwooLabel());
            }
        }
        assertThat(InformatieCategorieen.fromFileType("email")).isEqualTo("email");
        assertThat(InformatieCategorieen.fromFileType("pdf")).isEqualTo("document");
    }
}
