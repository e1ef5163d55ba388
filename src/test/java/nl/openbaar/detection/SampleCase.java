package nl.openbaar.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.tools.detection.LabelledDocument;
import nl.openbaar.shared.layout.PageLayout;

/** The labelled sample documents from test resources (invented people), as pages. */
final class SampleCase {

    static final String DIR = "/nl/openbaar/detection/woo-eval/";
    static final List<String> FILES = List.of("01-mail-gezichtsherkenning.txt", "02-mail-re-gezichtsherkenning.txt",
            "03-mail-notitie.txt", "04-notitie-gezichtsherkenning.txt", "05-verzoek-gescand.txt",
            "06-gemeente-parkeerboete.txt", "07-verslag-overleg.txt", "08-kamervragen.txt", "09-mail-keten-jenv.txt",
            "10-besluit-fragment.txt", "11-chat-export.txt", "12-klacht-burger.txt", "13-english-mail.txt",
            "14-actielijst.txt", "15-gerenderd-re-mail.txt", "16-gerenderd-notitie.txt", "17-gerenderd-verzoek-ocr.txt",
            "18-brief-zienswijze.txt", "19-whatsapp-export.txt", "20-nota-dg.txt");

    private SampleCase() {
    }

    static LabelledDocument labelled(String file) {
        try (InputStream in = SampleCase.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + DIR + file);
            }
            return LabelledDocument.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledDocument> all() {
        return FILES.stream().map(SampleCase::labelled).toList();
    }

    /** The sample case's first five documents: the Clearview request to BZK. */
    static Map<String, List<PageLayout>> clearviewCase() {
        Map<String, List<PageLayout>> docs = new LinkedHashMap<>();
        for (String f : FILES.subList(0, 5)) {
            docs.put(f, TextPages.pages(labelled(f).pages()));
        }
        return docs;
    }
}
