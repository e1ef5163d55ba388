package nl.openbaar.tools.layout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.shared.InvalidInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a layout corpus holds: per file the personal data planted in it (which must not survive redaction) and the
 * public items (which must). The same shape for the generated corpus and for the held-out corpus made outside it.
 */
record Manifest(String description, List<Entry> documents) {

    static final String FILE = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    Manifest {
        documents = List.copyOf(documents);
    }

    /** One file of the corpus, relative to the corpus folder. */
    record Entry(String file, String format, String producer, List<Item> secrets, @JsonProperty("public") List<Item> publics) {

        Entry {
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
            publics = publics == null ? List.of() : List.copyOf(publics);
        }
    }

    /**
     * @param kind   person-name, email, phone, iban, bsn, street-address, postcode, licence-plate, date-of-birth; or for
     *               public items office-holder, company, public-body, org-address, org-phone, website, heading, timestamp
     * @param text   the value as written before layout broke it
     * @param layout how layout treats it ("wrapped after 06-", "narrow table cell")
     */
    record Item(@JsonProperty("class") String kind, String text, String layout) {
    }

    static Manifest read(Path corpus) {
        Path file = corpus.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("corpus", "geen " + FILE + " in " + corpus);
        }
        try {
            return JSON.readValue(file.toFile(), Manifest.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("corpus", FILE + " is onleesbaar: " + e.getMessage());
        }
    }

    void write(Path corpus) throws IOException {
        Files.writeString(corpus.resolve(FILE), JSON.writeValueAsString(this));
    }
}
