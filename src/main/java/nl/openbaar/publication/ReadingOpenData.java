package nl.openbaar.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.publication.model.CaseDates;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.OpenDecision;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.PublishedFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's open data: per published decision its dates, days taken, regime and inventory (judgement and grounds per
 * document) as JSON and CSV at stable addresses ({@code /besluiten/{id}/data.json|csv}), and all of them in one bulk
 * export ({@code /open-data/besluiten.json|csv}). One CSV line per document, with the decision's fields repeated, so a
 * spreadsheet can filter and count without joining. Built from what the portal already shows, so nothing more leaks.
 */
@Service
public class ReadingOpenData {

    static final List<String> CSV_HEADER = List.of("besluit_id", "besluit_url", "titel", "organisatie", "informatiecategorie",
            "categorie_naam", "regime", "soort_besluit", "datum_ontvangst", "datum_besluit", "datum_verzonden", "datum_publicatie",
            "uiterste_datum", "dagen", "tijdig", "documentnummer", "document_titel", "documentsoort", "beoordeling", "gronden",
            "documentdatum", "paginas", "document_url");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ReadingPortal portal;
    private final ReadingCaseDates dates;
    private final PublicationSettings settings;

    public ReadingOpenData(ReadingPortal portal, ReadingCaseDates dates, PublicationSettings settings) {
        this.portal = portal;
        this.dates = dates;
        this.settings = settings;
    }

    /** A published decision as open data; empty when it is not (or no longer) public. */
    public Optional<OpenDecision> decision(String publicId) {
        return portal.decision(publicId).filter(d -> d.publication().status() == PublicationStatus.PUBLISHED)
                .map(d -> of(d.publication(), d.files()));
    }

    /** Every published decision, oldest publication first. */
    public List<OpenDecision> all() {
        Map<Long, Publicatie> pubs = new LinkedHashMap<>();
        Map<Long, List<PublishedFile>> files = new LinkedHashMap<>();
        for (ReadingPortal.PublicFile f : portal.allPublicFiles()) {
            pubs.putIfAbsent(f.publication().id(), f.publication());
            files.computeIfAbsent(f.publication().id(), k -> new ArrayList<>()).add(f.file());
        }
        List<OpenDecision> out = new ArrayList<>();
        pubs.forEach((id, p) -> out.add(of(p, files.get(id))));
        return out;
    }

    private OpenDecision of(Publicatie p, List<PublishedFile> files) {
        CaseDates d = dates.of(p);
        String base = settings.publicUrl();
        List<OpenDecision.Document> docs = files.stream().filter(f -> f.kind() == FileKind.DOCUMENT && f.isPublic())
                .map(f -> new OpenDecision.Document(f.inventoryNumber(), f.title(), f.documentType(), f.judgement(), f.groundList(),
                        f.documentDate(), f.pageCount(), base + "/documenten/" + f.publicId()))
                .toList();
        LocalDate published = p.publishedAt() == null ? null : p.publishedAt().atZone(AMSTERDAM).toLocalDate();
        return new OpenDecision(p.publicId(), base + "/besluiten/" + p.publicId(), p.title(), p.organisation(), p.category().code(),
                p.category().label(), p.regime(), p.decisionKind(), d.received(), d.decided(), d.sent(), published, d.deadline(),
                d.daysTaken(), d.onTime(), docs);
    }

    public void writeJson(Object decisionOrList, Writer out) {
        JSON.writeValue(out, decisionOrList);
    }

    /** One line per document (a decision without documents gets one line of its own). */
    public void writeCsv(List<OpenDecision> decisions, Writer out) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get().print(out);
            for (OpenDecision d : decisions) {
                List<Object> head = List.of(d.id(), d.url(), d.title(), nz(d.organisation()), d.category(), d.categoryLabel(), nz(d.regime()),
                        nz(d.decisionKind()), nz(d.received()), nz(d.decided()), nz(d.sent()), nz(d.published()), nz(d.deadline()),
                        nz(d.daysTaken()), d.onTime() == null ? "" : d.onTime() ? "ja" : "nee");
                if (d.documents().isEmpty()) {
                    List<Object> row = new ArrayList<>(head);
                    row.addAll(List.of("", "", "", "", "", "", "", ""));
                    csv.printRecord(row);
                }
                for (OpenDecision.Document doc : d.documents()) {
                    List<Object> row = new ArrayList<>(head);
                    row.addAll(List.of(nz(doc.inventoryNumber()), nz(doc.title()), nz(doc.documentType()), nz(doc.judgement()),
                            String.join("; ", doc.grounds()), nz(doc.date()), doc.pages(), doc.url()));
                    csv.printRecord(row);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
