package nl.openbaar.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.document.internal.Duplicates;
import nl.openbaar.document.internal.JdbcOrganising;
import nl.openbaar.document.internal.OrganiseRow;
import nl.openbaar.document.internal.Threads;
import nl.openbaar.document.model.DuplicateGroup;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a request's read documents in order: e-mail threads, exact and near duplicates, and inventory numbers
 * (families together: an e-mail, then its attachments). Runs after every collection and may run again at any
 * time; the case handler's own duplicate decisions are kept.
 */
@Service
public class OrganisingDocuments {

    /** The background task; its data is the request id. */
    public static final String TASK = "document-organise";

    private final JdbcOrganising organising;
    private final TrackingProgress progress;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Duplicates.Thresholds defaults;

    public OrganisingDocuments(JdbcOrganising organising, TrackingProgress progress, TransactionTemplate tx,
            ApplicationEventPublisher events,
            @Value("${openbaar.duplicates.resemblance:0.8}") double resemblance,
            @Value("${openbaar.duplicates.containment:0.8}") double containment) {
        this.organising = organising;
        this.progress = progress;
        this.tx = tx;
        this.events = events;
        this.defaults = new Duplicates.Thresholds(resemblance, containment);
    }

    /** Threads, duplicates with the configured thresholds, numbers. */
    public List<DuplicateGroup> organise(long requestId) {
        return organise(requestId, defaults.resemblance(), defaults.containment());
    }

    /**
     * @param resemblance minimal text resemblance (0–1) for a near-duplicate
     * @param containment minimal share of a smaller document found in a larger one (0–1)
     */
    public List<DuplicateGroup> organise(long requestId, double resemblance, double containment) {
        progress.start(requestId, Progress.ORGANISING, 3);
        List<DuplicateGroup> groups = tx.execute(s -> {
            List<OrganiseRow> rows = organising.rows(requestId);
            organising.storeThreads(Threads.of(rows), rows);
            progress.advance(requestId, Progress.ORGANISING, true);
            List<Duplicates.Mark> marks = Duplicates.find(rows, organising.samples(requestId),
                    new Duplicates.Thresholds(resemblance, containment));
            organising.storeDuplicates(requestId, marks);
            progress.advance(requestId, Progress.ORGANISING, true);
            organising.storeNumbers(requestId, numbers(rows));
            progress.advance(requestId, Progress.ORGANISING, true);
            // what is stored: the computation for undecided documents, the case handler's word for the others
            java.util.Set<Long> decided = new java.util.HashSet<>();
            rows.stream().filter(OrganiseRow::duplicateDecided).forEach(r -> decided.add(r.id()));
            List<Duplicates.Mark> effective = new ArrayList<>(marks.stream().filter(m -> !decided.contains(m.id())).toList());
            effective.addAll(organising.decidedDuplicates(requestId));
            return groups(effective);
        });
        progress.finish(requestId, Progress.ORGANISING);
        progress.finish(requestId, Progress.READING);
        events.publishEvent(new DocumentsOrganised(requestId));
        return groups;
    }

    /**
     * Inventory numbers: top-level documents by date (undated last), each followed by its attachments in
     * their order, depth first. Excluded documents get none.
     */
    static Map<Long, Integer> numbers(List<OrganiseRow> rows) {
        Map<Long, List<OrganiseRow>> children = new HashMap<>();
        List<OrganiseRow> top = new ArrayList<>();
        for (OrganiseRow r : rows) {
            if (r.parentId() == null) {
                top.add(r);
            } else {
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        top.sort(Comparator.comparing((OrganiseRow r) -> r.date() == null ? java.time.LocalDate.MAX : r.date())
                .thenComparing(r -> r.sent() == null ? Long.MAX_VALUE : r.sent().toEpochSecond()).thenComparing(OrganiseRow::id));
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        int[] next = {1};
        for (OrganiseRow r : top) {
            number(r, children, numbers, next);
        }
        return numbers;
    }

    private static void number(OrganiseRow r, Map<Long, List<OrganiseRow>> children, Map<Long, Integer> numbers, int[] next) {
        if (!r.included()) {
            return;
        }
        numbers.put(r.id(), next[0]++);
        List<OrganiseRow> kids = children.getOrDefault(r.id(), List.of()).stream()
                .sorted(Comparator.comparing((OrganiseRow k) -> k.position() == null ? Integer.MAX_VALUE : k.position())
                        .thenComparing(OrganiseRow::id)).toList();
        for (OrganiseRow k : kids) {
            number(k, children, numbers, next);
        }
    }

    static List<DuplicateGroup> groups(List<Duplicates.Mark> marks) {
        Map<Long, List<DuplicateGroup.Member>> byKept = new LinkedHashMap<>();
        for (Duplicates.Mark m : marks) {
            byKept.computeIfAbsent(m.keptId(), k -> new ArrayList<>()).add(new DuplicateGroup.Member(m.id(), m.reason(), m.similarity()));
        }
        List<DuplicateGroup> out = new ArrayList<>();
        byKept.forEach((kept, members) -> out.add(new DuplicateGroup(kept, members)));
        out.sort(Comparator.comparing(DuplicateGroup::kept));
        return out;
    }
}
