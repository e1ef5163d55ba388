package nl.openbaar.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.deadline.internal.JdbcEquatedDays;
import nl.openbaar.deadline.model.DeadlineFacts;
import nl.openbaar.deadline.model.DeadlineReport;
import nl.openbaar.law.AlgemeneTermijnenwet;
import nl.openbaar.law.EquatedDay;
import nl.openbaar.law.RuleBase;
import nl.openbaar.shared.DutchDates;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's deadline engine: the shipped rule base plus the equated days an administrator added.
 * Adding or removing such a day publishes {@link HolidayTableChanged}, so open requests are recomputed.
 */
@Service
public class DeadlineCalendar {

    private final RuleBase ruleBase;
    private final JdbcEquatedDays additions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile ComputingDeadline engine;

    public DeadlineCalendar(RuleBase ruleBase, JdbcEquatedDays additions, ApplicationEventPublisher events, Clock clock) {
        this.ruleBase = ruleBase;
        this.additions = additions;
        this.events = events;
        this.clock = clock;
    }

    public DeadlineReport compute(DeadlineFacts facts) {
        return engine().compute(facts);
    }

    public AlgemeneTermijnenwet calendar() {
        return engine().calendar();
    }

    public List<EquatedDay> localAdditions() {
        return additions.all();
    }

    /** Adds a day equated by royal decree (Atw art. 3 lid 3); the source is the decree's title or Staatscourant number. */
    @Transactional
    public void addEquatedDay(LocalDate day, String source, String user) {
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source", "noem het besluit (Staatscourant) dat de dag gelijkstelt");
        }
        if (!additions.add(new EquatedDay(day, true, source.strip()), user, clock.instant())) {
            throw new InvalidInputException("day", DutchDates.short_(day) + " staat al in de tabel");
        }
        reload();
        events.publishEvent(new HolidayTableChanged(DutchDates.short_(day) + " gelijkgesteld met een algemeen erkende feestdag ("
                + source.strip() + ")"));
    }

    @Transactional
    public void removeEquatedDay(LocalDate day, String user) {
        if (!additions.remove(day)) {
            throw new InvalidInputException("day", DutchDates.short_(day) + " is geen door deze installatie toegevoegde dag");
        }
        reload();
        events.publishEvent(new HolidayTableChanged(DutchDates.short_(day) + " is niet langer een gelijkgestelde dag (verwijderd door "
                + user + ")"));
    }

    private ComputingDeadline engine() {
        ComputingDeadline e = engine;
        if (e == null) {
            e = reload();
        }
        return e;
    }

    private synchronized ComputingDeadline reload() {
        engine = new ComputingDeadline(ruleBase, new AlgemeneTermijnenwet(ruleBase, additions.all()));
        return engine;
    }
}
