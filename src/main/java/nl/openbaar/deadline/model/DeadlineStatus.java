package nl.openbaar.deadline.model;

/** Where a request stands against its deadline. */
public enum DeadlineStatus {
    RUNNING("loopt"),
    SUSPENDED("opgeschort"),
    OVERDUE("termijn verstreken"),
    DECIDED_ON_TIME("tijdig besloten"),
    DECIDED_LATE("te laat besloten");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == RUNNING || this == SUSPENDED || this == OVERDUE;
    }
}
