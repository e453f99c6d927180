package dev.kefu.gas.hall;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The business hall's responsibility and duty rota (MTR-18): the business-centre group leader
 * is responsible overall and the duty clerk (值班營業員) carries out the hall duties;
 * <b>Saturday to Wednesday</b> the billing clerks hold hall duty, <b>Thursday and Friday</b> the
 * card-service clerks. Billing clerks work rotating shifts with no fixed weekly rest day
 * (無周休日,輪流當班); card clerks work normal office hours. The upkeep checks are split
 * between the group leader and the duty clerk ({@link UpkeepTask}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HallRota {

    private final Map<DayOfWeek, DeskRole> dutyRoles;

    private HallRota(Map<DayOfWeek, DeskRole> dutyRoles) {
        this.dutyRoles = dutyRoles;
    }

    /** The regulation's rota: Saturday–Wednesday billing clerks, Thursday–Friday card-service clerks. */
    public static HallRota regulation() {
        return builder().build();
    }

    /** A builder starting from the regulation's rota. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The role that holds hall duty on a day (MTR-18).
     *
     * @param day  the day, not null
     * @return the role
     * @throws dev.kefu.core.validation.PolicyInputException if the day is null
     */
    public DeskRole dutyRoleOn(LocalDate day) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", GasRules.MTR_18);
        v.throwIfAny();
        return dutyRoles.get(day.getDayOfWeek());
    }

    /**
     * Checks who holds hall duty on a day (MTR-18).
     *
     * @param assignment  the assignment, not null
     * @return the decision whose outcome is the role the rota asks for; a "no" when the clerk's
     *     role is another
     * @throws dev.kefu.core.validation.PolicyInputException if the assignment is null
     */
    public Decision<DutyCheck> check(DutyAssignment assignment) {
        Violations v = Violations.create();
        v.requireNonNull(assignment, "assignment", GasRules.MTR_18);
        v.throwIfAny();
        DeskRole expected = dutyRoles.get(assignment.day().getDayOfWeek());
        DayOfWeek dow = assignment.day().getDayOfWeek();
        if (assignment.clerkRole() != expected) {
            return Decision.of(new DutyCheck(expected, DutyCheck.Verdict.WRONG_ROLE), Reason.of(GasRules.MTR_18, GasMessages.BUNDLE, "rota.wrongRole",
                    assignment.day(), assignment.clerk(), GasMessages.en(assignment.clerkRole()), GasMessages.zh(assignment.clerkRole()),
                    GasMessages.en(expected), GasMessages.zh(expected), GasMessages.en(dow), GasMessages.zh(dow)));
        }
        return Decision.of(new DutyCheck(expected, DutyCheck.Verdict.RIGHT_ROLE), Reason.of(GasRules.MTR_18, GasMessages.BUNDLE, "rota.ok",
                assignment.day(), assignment.clerk(), GasMessages.en(expected), GasMessages.zh(expected)));
    }

    /**
     * Checks a day's upkeep (MTR-18): every task recorded as done, else reported with who is
     * responsible.
     *
     * @param day  the day, not null
     * @param done  the tasks recorded as done, not null
     * @return the decision whose outcome is the tasks not done
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<Set<UpkeepTask>> checkUpkeep(LocalDate day, Set<UpkeepTask> done) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", GasRules.MTR_18);
        if (v.requireNonNull(done, "done", GasRules.MTR_18) && GasMessages.hasNull(done)) {
            v.add("done", "required", GasRules.MTR_18);
        }
        v.throwIfAny();
        Set<UpkeepTask> missing = EnumSet.allOf(UpkeepTask.class);
        missing.removeAll(done);
        List<Reason> reasons = new ArrayList<>();
        for (UpkeepTask t : missing) {
            reasons.add(Reason.of(GasRules.MTR_18, GasMessages.BUNDLE, "upkeep.missing", day, GasMessages.en(t), GasMessages.zh(t),
                    GasMessages.en(t.owner()), GasMessages.zh(t.owner())));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_18, GasMessages.BUNDLE, "upkeep.ok", day));
        }
        return Decision.of(Set.copyOf(missing), reasons);
    }

    @Override
    public String toString() {
        return "HallRota" + dutyRoles;
    }

    /**
     * The answer of a duty check.
     *
     * @param expectedRole  the role the rota asks for on the day
     * @param verdict  whether the clerk holds it
     */
    public record DutyCheck(DeskRole expectedRole, Verdict verdict) {
        /** Whether the duty clerk holds the rota's role. */
        public enum Verdict {
            /** The clerk holds the role. */
            RIGHT_ROLE,
            /** The clerk holds another role. */
            WRONG_ROLE
        }
    }

    /** Builds a rota; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<DayOfWeek, DeskRole> roles = new EnumMap<>(DayOfWeek.class);
        private final Violations problems = Violations.create();

        private Builder() {
            for (DayOfWeek d : DayOfWeek.values()) {
                roles.put(d, d == DayOfWeek.THURSDAY || d == DayOfWeek.FRIDAY ? DeskRole.CARD_SERVICE_CLERK : DeskRole.BILLING_CLERK);
            }
        }

        /**
         * Sets the role that holds hall duty on a day of the week.
         *
         * @param day  the day of the week, not null
         * @param role  a billing or card-service clerk, not null
         * @return this
         */
        public Builder dutyRole(DayOfWeek day, DeskRole role) {
            if (day == null || role == null) {
                problems.add("dutyRole", "required", GasRules.MTR_18);
            } else if (role != DeskRole.BILLING_CLERK && role != DeskRole.CARD_SERVICE_CLERK) {
                problems.add("dutyRole", GasMessages.BUNDLE, "rota.clerkOnly", GasRules.MTR_18);
            } else {
                roles.put(day, role);
            }
            return this;
        }

        /**
         * Builds the rota.
         *
         * @return the rota
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem
         */
        public HallRota build() {
            problems.throwIfAny();
            return new HallRota(new EnumMap<>(roles));
        }
    }
}
