package nl.openbaar.web;

import java.util.function.Function;
import java.util.function.Supplier;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change and writes its audit entry in one transaction: if either fails, neither is kept. For the web's
 * acts whose use cases do not audit themselves yet; the words are the one vocabulary, {@link AuditAction}.
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
    <T> T run(String actor, AuditAction action, Auditing.Subject subject, Supplier<Object> before, Supplier<T> change,
            Function<T, Object> after) {
        return tx.execute(status -> {
            Object was = before == null ? null : before.get();
            T result = change.get();
            auditing.record(actor, action, subject, was, after == null ? null : after.apply(result));
            return result;
        });
    }

    /** For a change that creates its subject: the subject is known only afterwards. */
    <T> T created(String actor, AuditAction action, Supplier<T> change, Function<T, Auditing.Subject> subject,
            Function<T, Object> after) {
        return tx.execute(status -> {
            T result = change.get();
            auditing.record(actor, action, subject.apply(result), null, after.apply(result));
            return result;
        });
    }

    /** For a change whose use cases audit themselves, but which must still be one transaction with something else. */
    <T> T atomically(Supplier<T> change) {
        return tx.execute(status -> change.get());
    }
}
