package nl.openbaar.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.audit.model.Acted;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.law.Regime;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Amendment;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Limits;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.Bounds;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects or completes a registered request: the scoped period once it is set, the regime in a transitional
 * case, a typo in the subject. What changed (field names, never the personal data itself) is noted on the
 * timeline; a changed regime recomputes the deadline. Only the case team amends (checked here); an amendment is
 * audited with the changed field names.
 */
@Service
public class AmendingRequest {

    private final JdbcRequests requests;
    private final KeepingDeadlines deadlines;
    private final Clock clock;
    private final CasePolicy policy;
    private final ApplicationEventPublisher events;

    public AmendingRequest(JdbcRequests requests, KeepingDeadlines deadlines, Clock clock, CasePolicy policy,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
    }

    @Transactional
    public VerzoekView amend(String kenmerk, Amendment a, Actor actor) {
        Verzoek old = requests.findByKenmerk(kenmerk).orElseThrow(() -> new NotFoundException("verzoek " + kenmerk + " bestaat niet"));
        policy.requireCaseWork(actor, kenmerk);
        String user = actor.username();
        checkLimits(a);
        Regime regime = a.regime() == null ? old.regime() : Regime.parse(a.regime(), "regime");
        Verzoeker v = old.verzoeker();
        Verzoeker requester = new Verzoeker(pick(a.name(), v.name()), pick(a.address(), v.address()), pick(a.email(), v.email()),
                pick(a.phone(), v.phone()));
        if (requester.name() == null) {
            throw new InvalidInputException("name", "de naam van de verzoeker ontbreekt");
        }
        String subject = pick(a.subject(), old.bestuurlijkeAangelegenheid());
        List<String> items = a.items() == null ? old.items()
                : a.items().stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        Periode requested = period(old.requestedPeriod(), a.requestedFrom(), a.requestedTo(), "requested-period");
        Periode scoped = period(old.scopedPeriod(), a.scopedFrom(), a.scopedTo(), "scoped-period");
        Verzoek amended = new Verzoek(old.id(), old.kenmerk(), regime, requester, old.letterDate(), old.receivedDate(),
                old.channel(), subject, items, requested, scoped, pick(a.scopeReason(), old.scopeReason()),
                pick(a.organisation(), old.organisation()), old.registeredAt());

        List<String> changed = new ArrayList<>();
        compare(changed, "regime", old.regime(), amended.regime());
        compare(changed, "verzoeker", old.verzoeker(), amended.verzoeker());
        compare(changed, "onderwerp", old.bestuurlijkeAangelegenheid(), amended.bestuurlijkeAangelegenheid());
        compare(changed, "onderdelen", old.items(), amended.items());
        compare(changed, "gevraagde periode", old.requestedPeriod(), amended.requestedPeriod());
        compare(changed, "afgebakende periode", old.scopedPeriod(), amended.scopedPeriod());
        compare(changed, "reden van afbakening", old.scopeReason(), amended.scopeReason());
        compare(changed, "organisatie", old.organisation(), amended.organisation());
        if (changed.isEmpty()) {
            return deadlines.view(old);
        }
        requests.update(amended);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fields", String.join(", ", changed));
        requests.insertEvent(old.id(), new Event(0, EventType.AMENDED, LocalDate.now(clock),
                "gewijzigd: " + String.join(", ", changed), null, details, clock.instant(), user));
        // Field names only: the audit log is read by administrators who need not see the requester's data.
        events.publishEvent(Acted.onRequest(user, AuditAction.REQUEST_AMENDED, kenmerk, null, Map.of("fields", changed)));
        return deadlines.refresh(old.id(), old.regime() != regime ? "regime gewijzigd naar de " + regime.shortName() : null);
    }

    /** The same {@link Limits} as at registration. */
    private static void checkLimits(Amendment a) {
        Bounds.text("name", a.name(), Limits.NAME);
        Bounds.text("address", a.address(), Limits.ADDRESS);
        Bounds.text("email", a.email(), Limits.EMAIL);
        Bounds.text("phone", a.phone(), Limits.PHONE);
        Bounds.text("subject", a.subject(), Limits.SUBJECT);
        RegisteringRequest.checkItems(a.items());
        Bounds.text("scope-reason", a.scopeReason(), Limits.SCOPE_REASON);
        Bounds.text("organisation", a.organisation(), Limits.ORGANISATION);
        Bounds.date("requested-from", a.requestedFrom());
        Bounds.date("requested-to", a.requestedTo());
        Bounds.date("scoped-from", a.scopedFrom());
        Bounds.date("scoped-to", a.scopedTo());
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String pick(String update, String current) {
        if (update == null) {
            return current;
        }
        return update.isBlank() ? null : update.strip();
    }

    private static Periode period(Periode current, LocalDate from, LocalDate to, String field) {
        LocalDate f = from != null ? from : current == null ? null : current.from();
        LocalDate t = to != null ? to : current == null ? null : current.to();
        if (f != null && t != null && f.isAfter(t)) {
            throw new InvalidInputException(field, "de periode begint na haar einde");
        }
        return Periode.of(f, t);
    }
}
