package nl.openbaar.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.openbaar.account.internal.JdbcCaseTeams;
import nl.openbaar.account.internal.JdbcRequesterAccess;
import nl.openbaar.audit.internal.JdbcAuditLog;
import nl.openbaar.audit.model.AuditEntry;
import nl.openbaar.audit.model.AuditQuery;
import nl.openbaar.publication.internal.JdbcPublications;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.publication.model.WithdrawReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web capabilities' storage (publications, audit log, case teams, requester codes) through their real SQL.
 * Subclasses run it on H2 and on PostgreSQL: every statement must behave the same on both.
 */
abstract class PublicationStoreContract {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private JdbcPublications publications;
    private JdbcAuditLog audit;
    private JdbcCaseTeams teams;
    private JdbcRequesterAccess access;

    abstract DataSource database();

    @BeforeEach
    void wire() {
        JdbcClient jdbc = JdbcClient.create(database());
        publications = new JdbcPublications(jdbc);
        audit = new JdbcAuditLog(jdbc);
        teams = new JdbcCaseTeams(jdbc);
        access = new JdbcRequesterAccess(jdbc);
    }

    private Publicatie publication(String kenmerk, String title, String organisation, LocalDate decided) {
        Publicatie p = new Publicatie(0, PublicIds.next(), kenmerk, title, "samenvatting over " + title, organisation, "woo", decided,
                "openbaarmaking", InformatieCategorieen.wooVerzoeken(), PublicationStatus.AWAITING_APPROVAL, "behandelaar",
                Instant.parse("2026-01-05T10:00:00Z"), null, null, null, null, PublicationSource.CASE, null, null);
        long id = publications.insert(p, "gecontroleerd");
        return publications.byId(id).orElseThrow();
    }

    private PublishedFile file(Publicatie p, String number, int position) {
        long id = publications.insertFile(new PublishedFile(0, PublicIds.next(), p.id(), FileKind.DOCUMENT, number, "Document " + number,
                "deels openbaar", "5.1.2e", LocalDate.of(2020, 2, 28), "application/pdf", number + ".pdf",
                "a".repeat(64), 1234, 2, false, null, null, null, null, position, "email", null));
        return publications.fileById(id).orElseThrow();
    }

    @Test
    void publicationsGoThroughTheirStatusesAndOnlyPublishedOnesAreListed() {
        Publicatie a = publication("WOO-2026-0001", "Besluit over fietspaden", "Gemeente Voorbeeld", LocalDate.of(2026, 1, 10));
        Publicatie b = publication("WOO-2026-0002", "Besluit over windmolens", "Provincie Voorbeeld", LocalDate.of(2026, 2, 10));
        Publicatie c = publication("WOO-2026-0003", "Besluit over parkeren", "Gemeente Voorbeeld", LocalDate.of(2026, 3, 10));
        assertThat(publications.published(null, null, null, null, 10, 0)).isEmpty();
        publications.approve(a.id(), "publicatie", Instant.parse("2026-01-11T09:00:00Z"));
        publications.published(a.id(), Instant.parse("2026-01-11T10:00:00Z"));
        publications.approve(c.id(), "publicatie", Instant.parse("2026-03-11T09:00:00Z"));
        publications.published(c.id(), Instant.parse("2026-03-11T10:00:00Z"));
        publications.reject(b.id(), "inventaris ontbreekt");

        assertThat(publications.byId(a.id()).orElseThrow().approvedBy()).isEqualTo("publicatie");
        assertThat(publications.byId(b.id()).orElseThrow().rejectedReason()).isEqualTo("inventaris ontbreekt");
        assertThat(publications.published(null, null, null, null, 10, 0)).extracting(Publicatie::kenmerk)
                .containsExactly("WOO-2026-0003", "WOO-2026-0001");
        assertThat(publications.published("Gemeente Voorbeeld", LocalDate.of(2026, 2, 1), null, null, 10, 0))
                .extracting(Publicatie::kenmerk).containsExactly("WOO-2026-0003");
        assertThat(publications.published(null, null, LocalDate.of(2026, 2, 1), null, 10, 0)).extracting(Publicatie::kenmerk)
                .containsExactly("WOO-2026-0001");
        assertThat(publications.published(null, null, null, "FIETS", 10, 0)).extracting(Publicatie::kenmerk)
                .containsExactly("WOO-2026-0001");
        assertThat(publications.published(null, null, null, "100%_\\", 10, 0)).isEmpty();
        assertThat(publications.published(null, null, null, null, 1, 1)).extracting(Publicatie::kenmerk)
                .containsExactly("WOO-2026-0001");
        assertThat(publications.publishedOrganisations()).containsExactly("Gemeente Voorbeeld");
        assertThat(publications.withStatus(PublicationStatus.REJECTED)).extracting(Publicatie::id).containsExactly(b.id());
        assertThat(publications.forRequest("WOO-2026-0002")).hasSize(1);
    }

    @Test
    void filesAreWithdrawnAndReplacedWithAPublicHistory() {
        Publicatie p = publication("WOO-2026-0010", "Besluit over bomen", "Gemeente Voorbeeld", LocalDate.of(2026, 4, 1));
        PublishedFile one = file(p, "0001", 1);
        PublishedFile two = file(p, "0002", 2);
        assertThat(publications.publicFiles()).isEmpty();
        assertThat(publications.publicAmong(List.of(one.publicId(), two.publicId()))).isEmpty();
        publications.approve(p.id(), "publicatie", Instant.parse("2026-04-02T09:00:00Z"));
        publications.published(p.id(), Instant.parse("2026-04-02T10:00:00Z"));
        publications.addHistory(p.id(), null, Instant.parse("2026-04-02T10:00:00Z"), "published", null, null);
        assertThat(publications.publicAmong(List.of(one.publicId(), two.publicId(), "onbekend")))
                .containsExactlyInAnyOrder(one.publicId(), two.publicId());

        publications.withdrawFile(one.id(), WithdrawReason.UNREDACTED_DATA, "naam niet gelakt", Instant.parse("2026-04-03T08:00:00Z"));
        publications.addHistory(p.id(), one.id(), Instant.parse("2026-04-03T08:00:00Z"), "withdrawn", "UNREDACTED_DATA", "naam niet gelakt");
        assertThat(publications.publicAmong(Set.of(one.publicId(), two.publicId()))).containsExactly(two.publicId());
        PublishedFile withdrawn = publications.fileById(one.id()).orElseThrow();
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo(WithdrawReason.UNREDACTED_DATA);
        assertThat(publications.nextPosition(p.id())).isEqualTo(3);
        long replacement = publications.insertFile(new PublishedFile(0, PublicIds.next(), p.id(), FileKind.DOCUMENT, "0001", "Document 0001",
                "deels openbaar", "5.1.2e", null, "application/pdf", "0001.pdf", "b".repeat(64), 99, 1, false, null, null, null, one.id(), 1, "email", null));
        assertThat(publications.fileById(replacement).orElseThrow().replacesId()).isEqualTo(one.id());
        assertThat(publications.history(p.id())).extracting(h -> h.kind() + "/" + h.fileTitle() + "/" + h.reason())
                .containsExactly("published/null/null", "withdrawn/Document 0001/UNREDACTED_DATA");
        assertThat(publications.publicFiles()).extracting(PublishedFile::id).containsExactly(replacement, two.id());

        publications.updateStatus(p.id(), PublicationStatus.WITHDRAWN);
        assertThat(publications.publicFiles()).isEmpty();
    }

    @Test
    void theAuditLogIsFilteredByActorCaseActionAndPeriod() {
        audit.insert(new AuditEntry(0, Instant.parse("2026-05-01T08:00:00Z"), "anna", "request.registered", "verzoek", "WOO-1", "WOO-1", null,
                "{\"subject\":\"a\"}"));
        audit.insert(new AuditEntry(0, Instant.parse("2026-05-02T08:00:00Z"), "bram", "request.event.recorded", "verzoek", "WOO-1", "WOO-1",
                null, "{}"));
        audit.insert(new AuditEntry(0, Instant.parse("2026-05-03T22:30:00Z"), "anna", "account.created", "account", "cees", null, null,
                "x".repeat(9000)));
        assertThat(audit.find(AuditQuery.recent(10), ZONE)).extracting(AuditEntry::actor).containsExactly("anna", "bram", "anna");
        assertThat(audit.find(new AuditQuery("anna", null, null, null, null, 10), ZONE)).hasSize(2);
        assertThat(audit.find(new AuditQuery(null, "WOO-1", "request.", null, null, 10), ZONE)).hasSize(2);
        assertThat(audit.find(new AuditQuery(null, null, "request.event", null, null, 10), ZONE)).extracting(AuditEntry::actor)
                .containsExactly("bram");
        // 22:30 UTC on 3 May is 00:30 on 4 May in Amsterdam: periods are Dutch days.
        assertThat(audit.find(new AuditQuery(null, null, null, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), 10), ZONE))
                .extracting(AuditEntry::action).containsExactly("account.created");
        assertThat(audit.find(new AuditQuery(null, null, null, null, null, 1), ZONE)).hasSize(1);
        assertThat(audit.find(new AuditQuery("anna", null, "account", null, null, 10), ZONE).get(0).after()).hasSizeLessThan(8001)
                .endsWith("[ingekort]");
    }

    @Test
    void caseTeamsAndRequesterCodes() {
        teams.add("WOO-9", "anna", Instant.parse("2026-01-01T10:00:00Z"), "anna");
        teams.add("WOO-9", "bram", Instant.parse("2026-01-01T11:00:00Z"), "anna");
        teams.add("WOO-8", "anna", Instant.parse("2026-01-01T12:00:00Z"), "anna");
        assertThat(teams.members("WOO-9")).containsExactly("anna", "bram");
        assertThat(teams.casesOf("anna")).containsExactly("WOO-8", "WOO-9");
        assertThat(teams.isMember("WOO-9", "bram")).isTrue();
        assertThat(teams.remove("WOO-9", "bram")).isEqualTo(1);
        assertThat(teams.isMember("WOO-9", "bram")).isFalse();

        access.put("WOO-9", "hash-1", Instant.parse("2026-01-01T10:00:00Z"));
        access.put("WOO-9", "hash-2", Instant.parse("2026-01-02T10:00:00Z"));
        assertThat(access.codeHash("WOO-9")).contains("hash-2");
        assertThat(access.codeHash("WOO-7")).isEmpty();
    }
}
