package dev.kefu.orders.packing;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.AllowNulls;
import dev.kefu.orders.Nullable;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record of one order's counting and packing (ORD-7, ORD-13, ORD-14), as the host keeps it:
 * who counted, who of them signed, which steps were done. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class PackingRecord {

    PackingRecord() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a packing record. */
    public static final class Builder extends ImmutablePackingRecord.Builder {
        Builder() {
        }
    }

    /** The order. */
    public abstract OrderId order();

    /** Whether the customer was present. */
    public abstract CustomerPresence presence();

    /** When the goods were counted. */
    public abstract Instant countedAt();

    /** The people who counted (the clerk first); empty when none were given. */
    @AllowNulls
    @Nullable
    public abstract List<EmployeeId> counters();

    /** The counters who signed. */
    @AllowNulls
    @Nullable
    public abstract Set<EmployeeId> signedBy();

    /** The steps done, in any order; repeats are harmless. */
    @AllowNulls
    @Nullable
    public abstract List<PackingStep> steps();

    @Value.Check
    PackingRecord check() {
        Violations v = Violations.create();
        v.requireNonNull(order(), "order", OrderRules.ORD_14);
        v.requireNonNull(presence(), "presence", OrderRules.ORD_14);
        v.requireNonNull(countedAt(), "countedAt", OrderRules.ORD_14);
        if (counters() != null) {
            for (int i = 0; i < counters().size(); i++) {
                v.requireNonNull(counters().get(i), "counters[" + i + "]", OrderRules.ORD_14);
            }
        }
        if (signedBy() != null) {
            for (EmployeeId e : signedBy()) {
                v.requireNonNull(e, "signedBy[]", OrderRules.ORD_14);
            }
        }
        if (steps() != null) {
            for (PackingStep s : steps()) {
                v.requireNonNull(s, "steps[]", OrderRules.ORD_13);
            }
        }
        v.throwIfAny();
        if (counters() == null || signedBy() == null || steps() == null) {
            return builder().from(this).counters(counters() == null ? List.of() : counters())
                    .signedBy(signedBy() == null ? Set.of() : signedBy()).steps(steps() == null ? List.of() : steps()).build();
        }
        return this;
    }
}
