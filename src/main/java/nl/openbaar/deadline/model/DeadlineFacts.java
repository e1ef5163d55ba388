package nl.openbaar.deadline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.openbaar.law.Regime;

/**
 * Everything about a request that moves its deadlines: the input of the deadline engine. Dates are null
 * when the event did not happen. Built with the {@code with…} methods, each returning a new value.
 *
 * @param extensionNotice the day the reasoned extension (verdaging) was sent to the requester
 * @param decided         the day the decision was taken
 * @param sent            the day it was sent to the requester (bekendmaking, Awb 3:41)
 * @param today           the day the report is made for; days left and penalties are counted to it
 */
public record DeadlineFacts(
        Regime regime,
        LocalDate received,
        LocalDate extensionNotice,
        List<Suspension> suspensions,
        AgreedDeadline agreed,
        LocalDate defaultNotice,
        CourtOrder courtOrder,
        LocalDate decided,
        LocalDate sent,
        boolean thirdPartiesExpectedToObject,
        LocalDate today) {

    public DeadlineFacts {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(today, "today");
        suspensions = List.copyOf(suspensions);
    }

    public static DeadlineFacts received(Regime regime, LocalDate received, LocalDate today) {
        return new DeadlineFacts(regime, received, null, List.of(), null, null, null, null, null, false, today);
    }

    public DeadlineFacts withExtension(LocalDate notice) {
        return new DeadlineFacts(regime, received, notice, suspensions, agreed, defaultNotice, courtOrder, decided, sent,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withSuspension(Suspension suspension) {
        List<Suspension> all = new ArrayList<>(suspensions);
        all.add(suspension);
        return new DeadlineFacts(regime, received, extensionNotice, all, agreed, defaultNotice, courtOrder, decided, sent,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withAgreed(AgreedDeadline agreedDeadline) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreedDeadline, defaultNotice, courtOrder,
                decided, sent, thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withDefaultNotice(LocalDate notice) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, notice, courtOrder, decided, sent,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withCourtOrder(CourtOrder order) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, defaultNotice, order, decided, sent,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withDecided(LocalDate date) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, defaultNotice, courtOrder, date, sent,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withSent(LocalDate date) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, defaultNotice, courtOrder, decided, date,
                thirdPartiesExpectedToObject, today);
    }

    public DeadlineFacts withThirdPartiesExpectedToObject(boolean expected) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, defaultNotice, courtOrder, decided, sent,
                expected, today);
    }

    public DeadlineFacts withToday(LocalDate date) {
        return new DeadlineFacts(regime, received, extensionNotice, suspensions, agreed, defaultNotice, courtOrder, decided, sent,
                thirdPartiesExpectedToObject, date);
    }
}
