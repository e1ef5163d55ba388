package nl.openbaar.web;

import java.util.function.Function;
import java.util.function.Supplier;
import nl.openbaar.audit.Auditing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change and writes its audit entry in one transaction: if either fails, neither is kept.
 */
@Component
class Audited {

    private final TransactionTemplate tx;
    private final Auditing auditing;

    Audited(PlatformTransactionManager transactions, Auditing auditing) {
        this.tx = new TransactionTemplate(transactions);
        this.auditing = auditing;
    }

    /**
     * @param before the state before the change (read inside the transaction), or null
     * @param after  turns the change's result into the state after
     */
    <T> T run(String actor, String action, Auditing.Subject subject, Supplier<Object> before, Supplier<T> change,
            Function<T, Object> after) {
        return tx.execute(status -> {
            Object was = before == null ? null : before.get();
            T result = change.get();
            auditing.record(actor, action, subject, was, after == null ? null : after.apply(result));
            return result;
        });
    }

    /** For a change that creates its subject: the subject is known only afterwards. */
    <T> T created(String actor, String action, Supplier<T> change, Function<T, Auditing.Subject> subject,
            Function<T, Object> after) {
        return tx.execute(status -> {
            T result = change.get();
            auditing.record(actor, action, subject.apply(result), null, after.apply(result));
            return result;
        });
    }
}
