package dev.kefu.gas.hall;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Planned shift changes at the front desk (調班, MTR-16): no casual swaps; a change is applied
 * for to the department head (部門負責人) at least <b>1 working day</b> ahead and takes effect
 * only once approved.
 *
 * <p>Counting the notice: the catalogue's "Definitions and precedence" (which prevails over the
 * row's "as in CORE-CAL-1") has a desk that works every day count its notice periods on its own
 * {@link DutyCalendar}, which the host supplies and which defaults to every day. A host whose
 * department head keeps the official working days passes
 * {@code DutyCalendar.of(BusinessCalendar.chinaOfficial())}. Reading: "n days ahead" means the
 * application is made on or before the n-th duty day before the shift's day — so with the
 * default calendar, by the day before; with the official calendar, a Monday shift by Friday.
 * The notice belongs to the gas desk; S3's swap rules (APR-12) have none.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ShiftChangePolicy {

    private final int noticeDutyDays;
    private final DutyCalendar dutyCalendar;
    private final ZoneId zone;

    private ShiftChangePolicy(int noticeDutyDays, DutyCalendar dutyCalendar, ZoneId zone) {
        this.noticeDutyDays = noticeDutyDays;
        this.dutyCalendar = dutyCalendar;
        this.zone = zone;
    }

    /** The regulation's policy: 1 day's notice on a desk on duty every day, to the department head. */
    public static ShiftChangePolicy regulation() {
        return builder().build();
    }

    /** A builder starting from the regulation's values. */
    public static Builder builder() {
        return new Builder();
    }

    /** The notice, in duty days. */
    public int noticeDutyDays() {
        return noticeDutyDays;
    }

    /**
     * The last day on which a change of a shift on a given day may be applied for: the
     * {@code noticeDutyDays}-th duty day before it.
     *
     * @param shiftDay  the shift's day, not null
     * @return the last application day
     * @throws dev.kefu.core.validation.PolicyInputException if the day is null or the duty
     *     calendar has no duty day within {@value DutyCalendar#MAX_SEARCH_DAYS} days
     */
    public LocalDate lastApplicationDay(LocalDate shiftDay) {
        Violations v = Violations.create();
        v.requireNonNull(shiftDay, "shiftDay", GasRules.MTR_16);
        v.throwIfAny();
        LocalDate d = shiftDay;
        int found = 0;
        for (int i = 0; i < DutyCalendar.MAX_SEARCH_DAYS && found < noticeDutyDays; i++) {
            d = d.minusDays(1);
            if (dutyCalendar.isDutyDay(d)) {
                found++;
            }
        }
        if (found < noticeDutyDays) {
            v.add("dutyCalendar", GasMessages.BUNDLE, "hall.noDutyDays", GasRules.MTR_16, DutyCalendar.MAX_SEARCH_DAYS);
            v.throwIfAny();
        }
        return d;
    }

    /**
     * Checks a shift change (MTR-16).
     *
     * @param change  the change, not null
     * @return the decision: effective, pending or not effective with every finding
     * @throws dev.kefu.core.validation.PolicyInputException if the change is null
     */
    public Decision<ChangeVerdict> check(ShiftChange change) {
        Violations v = Violations.create();
        v.requireNonNull(change, "change", GasRules.MTR_16);
        v.throwIfAny();
        Set<ChangeFinding> findings = EnumSet.noneOf(ChangeFinding.class);
        List<Reason> reasons = new ArrayList<>();
        LocalDate shiftDay = LocalDate.ofInstant(change.shiftStart(), zone);
        LocalDate appliedOn = LocalDate.ofInstant(change.appliedAt(), zone);
        LocalDate last = lastApplicationDay(shiftDay);
        String shift = GasMessages.local(change.shiftStart(), zone);
        if (appliedOn.isAfter(last)) {
            findings.add(ChangeFinding.SHORT_NOTICE);
            reasons.add(reason("change.shortNotice", change.employee(), shift, appliedOn, last, noticeDutyDays));
        }
        if (change.appliedTo() != DeskRole.DEPARTMENT_HEAD) {
            findings.add(ChangeFinding.WRONG_APPROVER);
            reasons.add(reason("change.appliedTo", change.employee(), GasMessages.en(change.appliedTo()), GasMessages.zh(change.appliedTo())));
        }
        ChangeStatus status;
        if (change.answer().isEmpty()) {
            findings.add(ChangeFinding.NOT_APPROVED);
            reasons.add(reason("change.pending", change.employee(), shift));
            status = findings.size() == 1 ? ChangeStatus.PENDING : ChangeStatus.NOT_EFFECTIVE;
        } else {
            Approval a = change.answer().get();
            if (a.answer() == Approval.Answer.REFUSED) {
                findings.add(ChangeFinding.REFUSED);
                reasons.add(reason("change.refused", change.employee(), shift, a.by()));
            } else {
                if (a.role() != DeskRole.DEPARTMENT_HEAD) {
                    findings.add(ChangeFinding.WRONG_APPROVER);
                    reasons.add(reason("change.approvedBy", a.by(), GasMessages.en(a.role()), GasMessages.zh(a.role())));
                }
                if (a.at().isAfter(change.shiftStart())) {
                    findings.add(ChangeFinding.APPROVED_TOO_LATE);
                    reasons.add(reason("change.approvedLate", change.employee(), GasMessages.local(a.at(), zone), shift));
                }
            }
            status = findings.isEmpty() ? ChangeStatus.EFFECTIVE : ChangeStatus.NOT_EFFECTIVE;
        }
        if (status == ChangeStatus.EFFECTIVE) {
            reasons.add(reason("change.effective", change.employee(), shift));
        }
        return Decision.of(new ChangeVerdict(status, findings), reasons);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_16, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "ShiftChangePolicy[" + noticeDutyDays + " duty day(s)]";
    }

    /** Builds the policy; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private int noticeDutyDays = 1;
        private DutyCalendar dutyCalendar = DutyCalendar.everyDay();
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets the notice in duty days; the regulation's is 1.
         *
         * @param dutyDays  at least 1
         * @return this
         */
        public Builder noticeDutyDays(int dutyDays) {
            if (dutyDays < 1) {
                problems.add("noticeDutyDays", GasMessages.BUNDLE, "input.atLeast", GasRules.MTR_16, 1);
            } else {
                this.noticeDutyDays = dutyDays;
            }
            return this;
        }

        /**
         * Sets the desk's duty calendar; default every day (CORE-CAL-4).
         *
         * @param calendar  the calendar, not null
         * @return this
         */
        public Builder dutyCalendar(DutyCalendar calendar) {
            if (calendar == null) {
                problems.add("dutyCalendar", "required", GasRules.MTR_16);
            } else {
                this.dutyCalendar = calendar;
            }
            return this;
        }

        /**
         * Sets the zone; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_16);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem
         */
        public ShiftChangePolicy build() {
            problems.throwIfAny();
            return new ShiftChangePolicy(noticeDutyDays, dutyCalendar, zone);
        }
    }
}
