package nl.openbaar.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.deadline.HolidayTableChanged;
import nl.openbaar.deadline.internal.JdbcEquatedDays;
import nl.openbaar.document.Documents;
import nl.openbaar.document.internal.FileStore;
import nl.openbaar.document.internal.JdbcDocuments;
import nl.openbaar.law.RuleBase;
import nl.openbaar.redaction.internal.JdbcPublicTexts;
import nl.openbaar.redaction.internal.JdbcRedactions;
import nl.openbaar.redaction.internal.RedactionRules;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionChange;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.KeepingDeadlines;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review store through its use cases and real SQL; subclasses run it on H2 and on PostgreSQL. This is the API
 * the review screen calls: propose, accept, reject, resize, change the ground, draw, apply to every occurrence.
 */
abstract class RedactionStoreContract {

    private final MutableClock clock = new MutableClock(LocalDate.of(2022, 6, 1));
    private ProposingRedactions proposing;
    private ReviewingRedactions reviewing;
    private SearchingAndRedacting searching;
    private FindingRedactions finding;
    private JdbcClient jdbc;
    private DataSource database;
    private long memo;
    private long mail;

    abstract DataSource database();

    @BeforeEach
    void wire() throws Exception {
        database = database();
        jdbc = JdbcClient.create(database);
        JdbcRequests requests = new JdbcRequests(jdbc);
        KeepingDeadlines[] keeping = new KeepingDeadlines[1];
        DeadlineCalendar calendar = new DeadlineCalendar(RuleBase.standard(), new JdbcEquatedDays(jdbc),
                event -> keeping[0].onHolidayTableChanged((HolidayTableChanged) event), clock);
        keeping[0] = new KeepingDeadlines(requests, calendar, clock);
        RegisteringRequest registering = new RegisteringRequest(requests, keeping[0], clock, "{regime}-{year}-{seq:4}", new nl.openbaar.account.CasePolicy(null, null, false), null, e -> { });
        FindingRequests findingRequests = new FindingRequests(requests, keeping[0]);
        String kenmerk = registering.register(new NewRequest(null, "woo", new Verzoeker("Test Verzoeker", null, null, null),
                LocalDate.of(2022, 5, 20), LocalDate.of(2022, 5, 23), "post", "Clearview AI", List.of("Documenten over Clearview AI"),
                null, null, null, null), "test").verzoek().kenmerk();
        long requestId = findingRequests.get(kenmerk).verzoek().id();
        memo = document(requestId, "notitie.pdf", 2);
        mail = document(requestId, "mail.eml", 1);
        Documents documents = new Documents(new JdbcDocuments(jdbc), new FileStore(Files.createTempDirectory("files")), findingRequests);
        JdbcRedactions store = new JdbcRedactions(jdbc);
        RedactionRules rules = new RedactionRules(documents, findingRequests);
        JdbcPublicTexts publicTexts = new JdbcPublicTexts(jdbc);
        proposing = new ProposingRedactions(store, publicTexts, rules, clock);
        reviewing = new ReviewingRedactions(store, publicTexts, rules, clock);
        searching = new SearchingAndRedacting(documents, store, rules, clock);
        finding = new FindingRedactions(store);
    }

    private long document(long requestId, String name, int pages) {
        return jdbc.sql("""
                insert into document (request_id, kind, file_name, source, source_path, source_key, sha256, size_bytes, status,
                    page_count, collected_at)
                values (?, 'PDF', ?, 'test', ?, ?, 'x', 1, 'READ', ?, ?)""")
                .params(requestId, name, name, name, pages, Timestamp.from(Instant.parse("2022-05-24T10:00:00Z")))
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") >= 0
                ? jdbc.sql("select id from document where file_name = ?").param(name).query(Long.class).single() : -1;
    }

    private static NewRedaction name(long doc, int page, double x, String text) {
        return new NewRedaction(doc, List.of(new PageBox(page, new Box(x, 100, 60, 12))), "5.1.2e", "naam", text,
                "person:" + text.toLowerCase(), 0.9, "name.signature", "voornaam + achternaam");
    }

    @Test
    void storesProposalsOnceWithWhoProposedThem() {
        List<Redaction> first = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek"),
                new NewRedaction(memo, List.of(new PageBox(1, new Box(72, 130, 50, 12)), new PageBox(2, new Box(72, 60, 40, 12))),
                        "5.1.2e", "naam", "Daan Smit", null, 0.8, "name.list", null)), "detectie");

        assertThat(first).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RedactionStatus.PROPOSED);
            assertThat(r.proposedBy()).startsWith("detectie: name.");
            assertThat(r.decidedBy()).isNull();
        });
        assertThat(first.get(1).areas()).extracting(a -> a.page()).containsExactly(1, 2);
        // detection run again: nothing new
        proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie");
        assertThat(finding.forDocument(memo)).hasSize(2);
        assertThat(finding.boxesToApply(memo)).isEmpty();
        assertThat(finding.undecided(memo)).isEqualTo(2);
    }

    @Test
    void acceptingAndRejectingIsRecordedWithWhoAndWhen() {
        Redaction r = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);
        clock.set(LocalDate.of(2022, 6, 2));

        Redaction accepted = reviewing.accept(r.id(), "jurist");
        assertThat(accepted.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("jurist");
        assertThat(accepted.decidedAt()).isNotNull();
        assertThat(finding.boxesToApply(memo)).singleElement().satisfies(b -> {
            assertThat(b.ground()).isEqualTo("5.1.2e");
            assertThat(b.box().x()).isEqualTo(72);
        });

        reviewing.reject(r.id(), "teamleider");
        assertThat(finding.boxesToApply(memo)).isEmpty();
        assertThat(finding.history(r.id())).extracting(RedactionChange::action, RedactionChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("voorgesteld", "detectie: name.signature"),
                        org.assertj.core.groups.Tuple.tuple("geaccepteerd", "jurist"),
                        org.assertj.core.groups.Tuple.tuple("afgewezen", "teamleider"));
    }

    @Test
    void resizingAnAreaMovesItAndAcceptsTheRedaction() {
        Redaction r = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);
        long area = r.areas().get(0).id();

        Redaction resized = reviewing.resize(area, new Box(70, 98, 70, 15), "jurist");

        assertThat(resized.areas()).singleElement().satisfies(a -> assertThat(a.box()).isEqualTo(new Box(70, 98, 70, 15)));
        assertThat(resized.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThatThrownBy(() -> reviewing.resize(area, new Box(70, 98, 0.1, 15), "jurist")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviewing.resize(999_999, new Box(1, 1, 5, 5), "jurist")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theGroundMustBeOneOfTheCasesRegime() {
        Redaction r = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);

        assertThat(reviewing.changeGround(r.id(), "5.1.2i", "jurist").ground()).isEqualTo("5.1.2i");
        // a Wob code in a Woo case
        assertThatThrownBy(() -> reviewing.changeGround(r.id(), "10.2.e", "jurist"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Woo");
        assertThatThrownBy(() -> proposing.propose(List.of(new NewRedaction(memo, List.of(new PageBox(3, new Box(1, 1, 5, 5))),
                "5.1.2e", "naam", null, null, null, null, null)), "detectie"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pagina 3");
        assertThatThrownBy(() -> proposing.propose(List.of(name(424242, 1, 72, "X Y")), "detectie")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDrawnBoxIsAcceptedByWhoeverDrewIt() {
        Redaction drawn = reviewing.draw(NewRedaction.drawn(mail, new PageBox(1, new Box(300, 500, 120, 40)), "5.1.2e", "handtekening"), "jurist");

        assertThat(drawn.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(drawn.proposedBy()).isEqualTo("jurist");
        assertThat(drawn.decidedBy()).isEqualTo("jurist");
        assertThat(finding.boxesToApply(mail)).hasSize(1);
    }

    @Test
    void keptPublicInTheCaseRejectsEveryOccurrenceAndDetectionNeverProposesItAgain() {
        List<Redaction> all = proposing.propose(List.of(name(memo, 1, 72, "Facilitair Bedrijf"), name(mail, 1, 200, "facilitair  bedrijf"),
                name(mail, 1, 300, "Daan Smit")), "detectie");

        List<Redaction> changed = reviewing.keepPublicInCase(all.get(0).id(), "jurist");

        assertThat(changed).extracting(Redaction::id).containsExactly(all.get(0).id(), all.get(1).id());
        assertThat(changed).allSatisfy(r -> assertThat(r.status()).isEqualTo(RedactionStatus.REJECTED));
        assertThat(finding.get(all.get(2).id()).status()).isEqualTo(RedactionStatus.PROPOSED);
        // Detection finds the text again at a new place: it is stored rejected, and the unattended run leaves it so.
        Redaction again = proposing.propose(List.of(name(memo, 2, 90, "FACILITAIR Bedrijf")), "detectie").get(0);
        assertThat(again.status()).isEqualTo(RedactionStatus.REJECTED);
        assertThat(reviewing.acceptIfUndecided(again.id(), "automatisch")).isFalse();
        assertThat(finding.history(again.id())).extracting(RedactionChange::action).contains(ReviewingRedactions.OPENBAAR_IN_ZAAK);
        // Undone: the text may be proposed again.
        reviewing.forgetPublic(all.get(0).id(), "jurist");
        assertThat(proposing.propose(List.of(name(memo, 2, 200, "Facilitair Bedrijf")), "detectie").get(0).status())
                .isEqualTo(RedactionStatus.PROPOSED);
        // A drawn box without text cannot be kept public (nothing to recognise it by).
        Redaction drawn = reviewing.draw(NewRedaction.drawn(mail, new PageBox(1, new Box(300, 500, 120, 40)), "5.1.2e", "handmatig"), "jurist");
        assertThatThrownBy(() -> reviewing.keepPublicInCase(drawn.id(), "jurist")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void undoAndRedoRestoreStatusAndGroundAndKeepEveryStepInTheHistory() {
        Redaction r = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);
        reviewing.changeGround(r.id(), "5.1.2i", "jurist");
        reviewing.accept(r.id(), "jurist");

        Redaction undone = reviewing.restore(r.id(), RedactionStatus.PROPOSED, "5.1.2e", false, "jurist");
        assertThat(undone.status()).isEqualTo(RedactionStatus.PROPOSED);
        assertThat(undone.ground()).isEqualTo("5.1.2e");
        assertThat(undone.decidedBy()).isNull();
        Redaction redone = reviewing.restore(r.id(), RedactionStatus.ACCEPTED, "5.1.2i", true, "jurist");
        assertThat(redone.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(redone.ground()).isEqualTo("5.1.2i");
        assertThat(finding.history(r.id())).extracting(RedactionChange::action)
                .containsExactly("voorgesteld", "grond gewijzigd", "geaccepteerd", "ongedaan gemaakt", "opnieuw gedaan");
        assertThat(finding.history(r.id()).get(3).detail()).isEqualTo("geaccepteerd 5.1.2i → voorgesteld 5.1.2e");
        assertThatThrownBy(() -> reviewing.restore(r.id(), RedactionStatus.ACCEPTED, "99.9", false, "jurist"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDrawnBoxTakesTheGroundTheCaseUsesMost() {
        long request = finding.get(proposing.propose(List.of(name(memo, 1, 72, "A B")), "detectie").get(0).id()).requestId();
        assertThat(finding.mostUsedGround(request)).isEmpty();
        List<Redaction> all = proposing.propose(List.of(name(memo, 1, 72, "A B"), name(memo, 1, 200, "C D"), name(memo, 2, 72, "E F")),
                "detectie");
        reviewing.changeGround(all.get(1).id(), "5.1.2i", "jurist");
        reviewing.changeGround(all.get(2).id(), "5.1.2i", "jurist");
        all.forEach(r -> reviewing.accept(r.id(), "jurist"));
        assertThat(finding.mostUsedGround(request)).contains("5.1.2i");
        assertThat(finding.progress(finding.forRequest(request))).isEqualTo(new FindingRedactions.Progress(3, 3));
    }

    @Test
    void aDecisionCanBeAppliedToEveryOccurrenceOfThePersonInTheCase() {
        List<Redaction> all = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek"), name(memo, 2, 72, "Lotte Verbeek"),
                name(mail, 1, 200, "LOTTE  Verbeek"), name(mail, 1, 300, "Daan Smit")), "detectie");
        reviewing.reject(all.get(0).id(), "jurist");

        List<Redaction> changed = reviewing.applyToAllOccurrences(all.get(0).id(), "jurist");

        assertThat(changed).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(RedactionStatus.REJECTED));
        assertThat(finding.get(all.get(3).id()).status()).isEqualTo(RedactionStatus.PROPOSED);
        assertThat(finding.history(all.get(2).id())).last().satisfies(c -> assertThat(c.detail()).contains("" + all.get(0).id()));
        assertThatThrownBy(() -> reviewing.applyToAllOccurrences(all.get(3).id(), "jurist")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFindingOverTwoLinesIsOneRedactionWhateverOrderItsAreasComeIn() {
        // "J. Mulder" broken so that its second word sits a little higher than its first: stored in reading order
        PageBox initial = new PageBox(1, new Box(57.6, 449.64, 5.76, 9.72));
        PageBox surname = new PageBox(1, new Box(68.76, 449.28, 34.92, 8.64));
        Redaction first = proposing.propose(List.of(new NewRedaction(memo, List.of(initial, surname), "5.1.2e", "naam", "J. Mulder",
                "person:jeroen mulder", 0.9, "name.register", null)), "detectie").get(0);

        Redaction again = proposing.propose(List.of(new NewRedaction(memo, List.of(surname, initial), "5.1.2e", "naam", "J. Mulder",
                "person:jeroen mulder", 0.9, "name.register", null)), "detectie").get(0);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(finding.forDocument(memo)).hasSize(1);
    }

    @Test
    void runningDetectionAgainKeepsWhatReviewersDidAndAddsNothing() {
        List<NewRedaction> run = List.of(name(memo, 1, 72, "Lotte Verbeek"), name(memo, 2, 80, "Daan Smit"),
                name(memo, 2, 300, "Jeroen Mulder"), name(mail, 1, 80, "Daan Smit"));
        List<Redaction> first = proposing.propose(run, "detectie");
        reviewing.resize(first.get(0).areas().get(0).id(), new Box(70, 98, 75, 15), "jurist");
        reviewing.changeGround(first.get(1).id(), "5.1.2i", "jurist");
        reviewing.reject(first.get(2).id(), "jurist");
        List<Redaction> before = finding.forRequest(first.get(0).requestId());

        for (int i = 0; i < 3; i++) {
            // the same finding named differently by a later run (the case register learned the full name) is still the same box
            List<Redaction> again = proposing.propose(List.of(run.get(0), run.get(1), new NewRedaction(memo, run.get(2).areas(), "5.1.2e",
                    "naam", "Mulder", "person:jeroen mulder", 0.95, "name.register", null), run.get(3)), "detectie");
            assertThat(again).extracting(Redaction::id).containsExactlyElementsOf(first.stream().map(Redaction::id).toList());
        }

        assertThat(finding.forRequest(first.get(0).requestId())).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        Redaction resized = finding.get(first.get(0).id());
        assertThat(resized.areas()).singleElement().satisfies(a -> assertThat(a.box()).isEqualTo(new Box(70, 98, 75, 15)));
        assertThat(resized.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(finding.get(first.get(1).id()).ground()).isEqualTo("5.1.2i");
        assertThat(finding.get(first.get(2).id()).status()).isEqualTo(RedactionStatus.REJECTED);
    }

    @Test
    void twoRunsAtOnceStoreEveryProposalOnce() throws Exception {
        List<NewRedaction> run = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            run.add(name(i % 2 == 0 ? memo : mail, 1, 20 + i * 12, "Persoon " + i));
        }
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(database));
        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Redaction>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return tx.execute(s -> proposing.propose(run, "detectie"));
                }));
            }
            List<Long> a = runs.get(0).get().stream().map(Redaction::id).toList();
            List<Long> b = runs.get(1).get().stream().map(Redaction::id).toList();
            assertThat(a).isEqualTo(b).doesNotHaveDuplicates().hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from redaction").query(Integer.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from redaction_area").query(Integer.class).single()).isEqualTo(40);
    }

    @Test
    void aRetryAfterACrashBetweenProposingAndAcceptingAcceptsWhatWasLeftAndNeverOverridesAReviewer() {
        List<NewRedaction> run = List.of(name(memo, 1, 72, "Lotte Verbeek"), name(memo, 2, 80, "Daan Smit"), name(mail, 1, 80, "Jeroen Mulder"));
        // the first run stored its proposals, accepted one, and was killed
        List<Redaction> first = proposing.propose(run, "detectie");
        assertThat(reviewing.acceptIfUndecided(first.get(0).id(), "automatisch")).isTrue();
        // meanwhile a reviewer reopened the accepted one and rejected another
        reviewing.reopen(first.get(0).id(), "jurist");
        reviewing.reject(first.get(2).id(), "jurist");

        List<Redaction> retry = proposing.propose(run, "detectie");
        List<Boolean> accepted = retry.stream().map(r -> reviewing.acceptIfUndecided(r.id(), "automatisch")).toList();

        assertThat(accepted).containsExactly(false, true, false);
        assertThat(finding.forDocument(memo)).extracting(Redaction::status).containsExactly(RedactionStatus.PROPOSED, RedactionStatus.ACCEPTED);
        assertThat(finding.forDocument(mail)).extracting(Redaction::status).containsExactly(RedactionStatus.REJECTED);
        assertThat(reviewing.acceptIfUndecided(first.get(1).id(), "automatisch")).isFalse();
    }

    @Test
    void aProposalStoredBeforeProposalsHadAnIdentityIsFoundAgain() {
        Redaction old = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);
        jdbc.sql("update redaction set proposal_key = null").update();
        reviewing.reject(old.id(), "jurist");

        Redaction again = proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek")), "detectie").get(0);

        assertThat(again.id()).isEqualTo(old.id());
        assertThat(again.status()).isEqualTo(RedactionStatus.REJECTED);
        assertThat(jdbc.sql("select proposal_key from redaction where id = ?").param(old.id()).query(String.class).single()).hasSize(64);
    }

    @Test
    void theUnattendedPipelineAcceptsEveryProposalOfADocument() {
        proposing.propose(List.of(name(memo, 1, 72, "Lotte Verbeek"), name(memo, 2, 80, "Daan Smit"), name(mail, 1, 80, "Daan Smit")), "detectie");

        assertThat(reviewing.acceptAllProposed(memo, "automatisch")).isEqualTo(2);
        assertThat(finding.accepted(memo)).hasSize(2).allSatisfy(r -> assertThat(r.decidedBy()).isEqualTo("automatisch"));
        assertThat(finding.accepted(mail)).isEmpty();
    }
}
