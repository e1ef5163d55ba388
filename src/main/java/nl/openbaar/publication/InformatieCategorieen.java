package nl.openbaar.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.publication.model.DocumentSoort;
import nl.openbaar.publication.model.InformatieCategorie;
import nl.openbaar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vocabularies of publication, read once from the sourced data files next to this class (see SOURCES.md):
 * the 17 Woo information categories and the document types. Codes are what is stored, filtered on and put in
 * sitemap names; labels are looked up here and nowhere else.
 */
public final class InformatieCategorieen {

    public static final String WOO_VERZOEKEN = InformatieCategorie.WOO_VERZOEKEN;

    private static final Map<String, InformatieCategorie> CATEGORIES = new LinkedHashMap<>();
    private static final Map<String, DocumentSoort> TYPES = new LinkedHashMap<>();

    static {
        JsonMapper json = JsonMapper.builder().build();
        for (JsonNode c : read(json, "informatiecategorieen.json").get("categories")) {
            InformatieCategorie cat = new InformatieCategorie(c.get("number").intValue(), c.get("tooi").stringValue(),
                    c.get("label").stringValue(), c.get("labelEn").stringValue(), c.get("definition").stringValue());
            if (!cat.code().equals(c.get("code").stringValue())) {
                throw new IllegalStateException("informatiecategorieen.json: code and number disagree for " + cat.code());
            }
            CATEGORIES.put(cat.code(), cat);
        }
        for (JsonNode t : read(json, "documentsoorten.json").get("types")) {
            TYPES.put(t.get("code").stringValue(), new DocumentSoort(t.get("code").stringValue(), t.get("label").stringValue(),
                    t.get("labelEn").stringValue(), text(t.get("diwoo")), text(t.get("diwooLabel"))));
        }
    }

    private InformatieCategorieen() {
    }

    private static JsonNode read(JsonMapper json, String name) {
        try (InputStream in = InformatieCategorieen.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.stringValue();
    }

    /** The 17 categories in the order of article 3.3. */
    public static List<InformatieCategorie> all() {
        return new ArrayList<>(CATEGORIES.values());
    }

    public static Optional<InformatieCategorie> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CATEGORIES.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The category with this code ("infocat014"); bad input names the field. */
    public static InformatieCategorie of(String code) {
        return find(code).orElseThrow(() -> new InvalidInputException("category",
                "onbekende informatiecategorie '" + code + "'; kies infocat001 … infocat017"));
    }

    public static InformatieCategorie wooVerzoeken() {
        return CATEGORIES.get(WOO_VERZOEKEN);
    }

    public static List<DocumentSoort> documentTypes() {
        return new ArrayList<>(TYPES.values());
    }

    public static Optional<DocumentSoort> documentType(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(TYPES.get(code));
    }

    /** The document type for an inventory's "File Type" (VWS: pdf, doc, email, spreadsheet …). */
    public static String fromFileType(String fileType) {
        if (fileType == null) {
            return "document";
        }
        return switch (fileType.strip().toLowerCase(Locale.ROOT)) {
            case "email", "e-mail", "msg", "eml", "mail" -> "email";
            case "chat", "chatbericht", "whatsapp", "sms", "teams" -> "chat";
            case "spreadsheet", "xls", "xlsx", "csv" -> "spreadsheet";
            case "presentation", "presentatie", "ppt", "pptx" -> "presentatie";
            case "image", "afbeelding", "jpg", "png", "tif", "tiff" -> "afbeelding";
            case "brief", "letter" -> "brief";
            case "notitie", "memo", "nota" -> "notitie";
            case "rapport", "report" -> "rapport";
            default -> "document";
        };
    }
}
