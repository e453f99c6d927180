package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;

/**
 * Who holds performance (业绩) or a bonus share: a rep, or the department (ATT-21: a quarrel or
 * a refused decision sends the performance and bonus to the department).
 */
public sealed interface Holder permits Holder.Rep, Holder.Department {

    /** The department. */
    Holder DEPARTMENT = new Department();

    /** A rep. */
    static Holder rep(EmployeeId rep) {
        return new Rep(rep);
    }

    /**
     * A rep as holder.
     *
     * @param employee  the rep, not null
     */
    record Rep(EmployeeId employee) implements Holder {
        /** @throws dev.kefu.core.validation.PolicyInputException if null */
        public Rep {
            Violations v = Violations.create();
            v.requireNonNull(employee, "employee", AttributionRules.ATT_6);
            v.throwIfAny();
        }

        @Override
        public String toString() {
            return employee.value();
        }
    }

    /** The department as holder. */
    record Department() implements Holder {
        @Override
        public String toString() {
            return "department";
        }
    }
}
