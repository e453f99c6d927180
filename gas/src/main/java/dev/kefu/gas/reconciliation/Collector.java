package dev.kefu.gas.reconciliation;

import dev.kefu.core.id.EmployeeId;

/**
 * A collector's handle in one {@link PaymentLog.Builder}: payments are added against it so
 * the log stores a small index per payment, not an identifier.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Collector {

    private final EmployeeId employee;
    private final int index;
    private final Object owner;

    Collector(EmployeeId employee, int index, Object owner) {
        this.employee = employee;
        this.index = index;
        this.owner = owner;
    }

    /** The collector. */
    public EmployeeId employee() {
        return employee;
    }

    int index() {
        return index;
    }

    Object owner() {
        return owner;
    }

    @Override
    public String toString() {
        return "Collector[" + employee + "]";
    }
}
