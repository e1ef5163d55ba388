package nl.openbaar.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CasePolicy;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.audit.model.Acted;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.law.Regime;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Limits;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.Bounds;
import nl.openbaar.shared.DutchDates;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a request that came in: checks it, gives it a kenmerk, records its receipt and computes its deadline.
 * A case handler or lawyer registers and joins the case team; the registration is audited.
 */
@Service
public class RegisteringRequest {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcRequests requests;
    private final KeepingDeadlines deadlines;
    private final Clock clock;
    private final KenmerkPattern pattern;
    private final CasePolicy policy;
    private final CaseTeams teams;
    private final ApplicationEventPublisher events;

    public RegisteringRequest(JdbcRequests requests, KeepingDeadlines deadlines, Clock clock,
            @Value("${openbaar.kenmerk-pattern}") String pattern, CasePolicy policy, CaseTeams teams,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.clock = clock;
        this.pattern = new KenmerkPattern(pattern);
        this.policy = policy;
        this.teams = teams;
        this.events = events;
    }

    /** For capabilities registering on their own account (the requester's form, the pipeline, the demo). */
    @Transactional
    public VerzoekView register(NewRequest in, String system) {
        return register(in, Actor.system(system));
    }

    @Transactional
    public VerzoekView register(NewRequest in, Actor actor) {
        policy.requireRole(actor, Role.CASE_HANDLER, Role.LAWYER);
        String user = actor.username();
        VerzoekView registered = registerChecked(in, user);
        String kenmerk = registered.verzoek().kenmerk();
        if (!actor.system()) {
            teams.add(kenmerk, user, user);
        }
        events.publishEvent(Acted.onRequest(user, AuditAction.REQUEST_REGISTERED, kenmerk, null, RequestJson.summary(registered)));
        return registered;
    }

    private VerzoekView registerChecked(NewRequest in, String user) {
        LocalDate today = LocalDate.now(clock);
        checkLimits(in);
        if (in.verzoeker() == null || in.verzoeker().name() == null) {
            throw new InvalidInputException("name", "de naam van de verzoeker ontbreekt");
        }
        if (in.verzoeker().email() != null && !EMAIL.matcher(in.verzoeker().email()).matches()) {
            throw new InvalidInputException("email", "'" + in.verzoeker().email() + "' is geen e-mailadres");
        }
        if (in.receivedDate() == null) {
            throw new InvalidInputException("received", "de datum van ontvangst ontbreekt");
        }
        if (in.receivedDate().isAfter(today)) {
            throw new InvalidInputException("received", "de datum van ontvangst " + DutchDates.short_(in.receivedDate())
                    + " ligt in de toekomst");
        }
        if (in.letterDate() != null && in.letterDate().isAfter(in.receivedDate())) {
            throw new InvalidInputException("letter-date", "de brief is gedateerd na de ontvangst");
        }
        if (in.subject() == null || in.subject().isBlank()) {
            throw new InvalidInputException("subject", "de bestuurlijke aangelegenheid (het onderwerp) ontbreekt");
        }
        checkPeriod(in.requestedPeriod(), "requested-period");
        checkPeriod(in.scopedPeriod(), "scoped-period");
        Regime regime = in.regime() == null || in.regime().isBlank()
                ? Regime.forReceivedDate(in.receivedDate()) : Regime.parse(in.regime(), "regime");
        Channel channel = in.channel() == null || in.channel().isBlank() ? Channel.POST : Channel.parse(in.channel());

        String kenmerk = in.kenmerk();
        if (kenmerk == null || kenmerk.isBlank()) {
            kenmerk = pattern.format(regime, in.receivedDate().getYear(), requests.nextNumber(in.receivedDate().getYear()));
            while (requests.kenmerkExists(kenmerk)) {
                // A kenmerk entered by hand earlier may have taken this number: skip it.
                kenmerk = pattern.format(regime, in.receivedDate().getYear(), requests.nextNumber(in.receivedDate().getYear()));
            }
        } else {
            kenmerk = kenmerk.strip();
            if (!Limits.KENMERK.matcher(kenmerk).matches()) {
                throw new InvalidInputException("kenmerk", Limits.KENMERK_RULE);
            }
            if (requests.kenmerkExists(kenmerk)) {
                throw new InvalidInputException("kenmerk", "kenmerk " + kenmerk + " is al in gebruik");
            }
        }

        Verzoek verzoek = new Verzoek(0, kenmerk, regime, in.verzoeker(), in.letterDate(), in.receivedDate(), channel,
                in.subject().strip(), in.items(), in.requestedPeriod(), in.scopedPeriod(), blankToNull(in.scopeReason()),
                blankToNull(in.organisation()), clock.instant());
        long id = requests.insert(verzoek);
        requests.insertEvent(id, new Event(0, EventType.RECEIVED, in.receivedDate(), null, null, Map.of(), clock.instant(), user));
        return deadlines.refresh(id, null);
    }

    /** Every field within {@link Limits} and every date in range, before anything else looks at them. */
    static void checkLimits(NewRequest in) {
        Bounds.text("kenmerk", in.kenmerk() == null ? null : in.kenmerk().strip(), Limits.KENMERK_LENGTH);
        if (in.verzoeker() != null) {
            Bounds.text("name", in.verzoeker().name(), Limits.NAME);
            Bounds.text("address", in.verzoeker().address(), Limits.ADDRESS);
            Bounds.text("email", in.verzoeker().email(), Limits.EMAIL);
            Bounds.text("phone", in.verzoeker().phone(), Limits.PHONE);
        }
        Bounds.text("subject", in.subject() == null ? null : in.subject().strip(), Limits.SUBJECT);
        checkItems(in.items());
        Bounds.text("scope-reason", in.scopeReason(), Limits.SCOPE_REASON);
        Bounds.text("organisation", in.organisation(), Limits.ORGANISATION);
        Bounds.date("letter-date", in.letterDate());
        Bounds.date("received", in.receivedDate());
        if (in.requestedPeriod() != null) {
            Bounds.date("requested-from", in.requestedPeriod().from());
            Bounds.date("requested-to", in.requestedPeriod().to());
        }
        if (in.scopedPeriod() != null) {
            Bounds.date("scoped-from", in.scopedPeriod().from());
            Bounds.date("scoped-to", in.scopedPeriod().to());
        }
    }

    static void checkItems(java.util.List<String> items) {
        Bounds.count("items", items, Limits.ITEMS);
        if (items != null) {
            for (String item : items) {
                Bounds.text("items", item, Limits.ITEM);
            }
        }
    }

    private static void checkPeriod(Periode p, String field) {
        if (p != null && p.from() != null && p.to() != null && p.from().isAfter(p.to())) {
            throw new InvalidInputException(field, "de periode begint na haar einde");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
