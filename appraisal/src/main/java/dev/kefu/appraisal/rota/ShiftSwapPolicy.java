package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.Labels;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.DayKind;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks a shift swap against the roster, the swap history, leave and the calendar (换班制度,
 * APR-12, with the catalogue's "Definitions and precedence", section "Swaps and holidays"), and
 * returns every broken rule at once ({@link SwapRule}):
 * <ul>
 *   <li>{@code CONSENT} — both parties agree and fill in the swap register;</li>
 *   <li>{@code SIGNATURE} — effective only once the department manager has signed; a signature
 *       by anyone else, a party included (even a party who is a department manager), does not
 *       count;</li>
 *   <li>{@code MONTHLY_LIMIT} — at most 3 swaps per person per month, for both parties; a swap
 *       and its pay-back count as one, in the month of the shift the swap moves (CORE-CAL-4);</li>
 *   <li>{@code CHAIN} — a shift that was itself obtained by a swap may not be swapped again (d1);</li>
 *   <li>{@code CONSECUTIVE} — one person's swaps may not fall on consecutive days (d2);</li>
 *   <li>{@code BACK_TO_BACK} — the shifts the swap creates may not put a party on back-to-back
 *       shifts (连班): two shifts of one day, or — when a minimum rest is configured — less rest
 *       between two shifts; a double shift already in the roster does not block a swap;</li>
 *   <li>{@code LEAVE} — no leave on a swap or pay-back day;</li>
 *   <li>{@code HOLIDAY_DUTY} — staff on duty on 节假日 may not swap. 节假日 is every day the
 *       calendar marks as holiday time off ({@link DayKind#OFFICIAL_HOLIDAY}: statutory days, the
 *       rest days bridged to them, 补假; {@link DayKind#COMPANY_HOLIDAY}), never an ordinary
 *       weekend.</li>
 * </ul>
 * Leave itself is checked by {@link #checkLeave}, and a swap badly handed over that leaves a shift
 * empty by {@link #missedShift}: absence for each party in full.
 *
 * <p>The roster is the current rota, with approved swaps already applied; the history holds the
 * approved swaps ({@link SwapRegister} keeps both for a host).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ShiftSwapPolicy {

    static final RuleId APR_12 = AppraisalRules.APR_12;
    /** APR-12 (c): at most 3 swaps per person per month. */
    public static final int REGULATION_MONTHLY_LIMIT = 3;

    private final BusinessCalendar calendar;
    private final int monthlyLimit;
    private final Duration minimumRest;

    private ShiftSwapPolicy(BusinessCalendar calendar, int monthlyLimit, Duration minimumRest) {
        this.calendar = calendar;
        this.monthlyLimit = monthlyLimit;
        this.minimumRest = minimumRest;
    }

    /**
     * The regulation's policy: 3 swaps a month; back-to-back means two shifts of one day.
     *
     * @param calendar  the calendar that says which days are 节假日, not null
     * @return the policy
     * @throws dev.kefu.core.validation.PolicyInputException if the calendar is null
     */
    public static ShiftSwapPolicy regulation(BusinessCalendar calendar) {
        return builder().calendar(calendar).build();
    }

    /**
     * The regulation's policy.
     *
     * @deprecated use {@link #regulation(BusinessCalendar)}
     */
    @Deprecated
    public static ShiftSwapPolicy standard(BusinessCalendar calendar) {
        return regulation(calendar);
    }

    /**
     * A policy with other limits.
     *
     * @deprecated use {@link #builder()}
     */
    @Deprecated
    public static ShiftSwapPolicy of(BusinessCalendar calendar, int monthlyLimit, Duration minimumRest) {
        return builder().calendar(calendar).monthlyLimit(monthlyLimit).minimumRest(minimumRest).build();
    }

    /** A builder: the calendar is required; the monthly limit defaults to the regulation's 3. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a swap.
     *
     * @param request  the request, not null
     * @param roster  the current roster, covering both days, not null
     * @param history  swaps already approved, not null, no null element
     * @param leave  days of leave, not null, no null element
     * @return the decision: approved, or every broken rule
     * @throws dev.kefu.core.validation.PolicyInputException if the input is malformed: a day
     *     outside the roster, a shift the party does not work
     * @throws dev.kefu.core.calendar.CalendarCoverageException if the calendar does not cover a day
     */
    public Decision<SwapVerdict> check(SwapRequest request, Roster roster, List<SwapRecord> history, Set<Leave> leave) {
        validate(request, roster, history, leave);
        EmployeeId a = request.requester();
        EmployeeId b = request.counterpart();
        List<SwapRule> broken = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        if (!request.requesterConsents() || !request.counterpartConsents()) {
            broken.add(SwapRule.CONSENT);
            reasons.add(reason("swap.consent"));
        }
        Signature sig = request.signature().orElse(null);
        if (sig == null || sig.role() != SignerRole.DEPARTMENT_MANAGER) {
            broken.add(SwapRule.SIGNATURE);
            reasons.add(reason("swap.signature"));
        } else if (sig.signer().equals(a) || sig.signer().equals(b)) {
            broken.add(SwapRule.SIGNATURE);
            reasons.add(reason("swap.ownSignature", sig.signer()));
        }
        YearMonth month = Periods.monthOf(request.swapDate());
        for (EmployeeId e : List.of(a, b)) {
            long count = history.stream().filter(h -> h.involves(e) && Periods.monthOf(h.swapDate()).equals(month)).count() + 1;
            if (count > monthlyLimit) {
                broken.add(SwapRule.MONTHLY_LIMIT);
                reasons.add(reason("swap.monthly", e, month, count, monthlyLimit));
            }
        }
        for (SwapRecord h : history) {
            if (h.gave(a, request.swapDate(), request.swapSlot())) {
                broken.add(SwapRule.CHAIN);
                reasons.add(reason("swap.chain", a, request.swapDate(), request.swapSlot().code()));
            }
            if (h.gave(b, request.payBackDate(), request.payBackSlot())) {
                broken.add(SwapRule.CHAIN);
                reasons.add(reason("swap.chain", b, request.payBackDate(), request.payBackSlot().code()));
            }
        }
        for (EmployeeId e : List.of(a, b)) {
            for (SwapRecord h : history) {
                if (h.involves(e) && (adjacent(h.swapDate(), request.swapDate()) || adjacent(h.swapDate(), request.payBackDate())
                        || adjacent(h.payBackDate(), request.swapDate()) || adjacent(h.payBackDate(), request.payBackDate()))) {
                    broken.add(SwapRule.CONSECUTIVE);
                    reasons.add(reason("swap.consecutive", e, h.swapDate()));
                    break;
                }
            }
        }
        List<Shift> after = afterSwap(request, roster);
        String clash = backToBack(after, new Shift(b, request.swapDate(), request.swapSlot()));
        if (clash != null) {
            broken.add(SwapRule.BACK_TO_BACK);
            reasons.add(reason("swap.backToBack", b, clash));
        }
        clash = backToBack(after, new Shift(a, request.payBackDate(), request.payBackSlot()));
        if (clash != null) {
            broken.add(SwapRule.BACK_TO_BACK);
            reasons.add(reason("swap.backToBack", a, clash));
        }
        for (Leave l : leave) {
            if ((l.employee().equals(a) || l.employee().equals(b))
                    && (l.date().equals(request.swapDate()) || l.date().equals(request.payBackDate()))) {
                broken.add(SwapRule.LEAVE);
                reasons.add(reason("swap.leave", l.employee(), l.date()));
            }
        }
        if (holiday(request.swapDate())) {
            broken.add(SwapRule.HOLIDAY_DUTY);
            reasons.add(reason("swap.holiday", a, request.swapDate()));
        }
        if (holiday(request.payBackDate())) {
            broken.add(SwapRule.HOLIDAY_DUTY);
            reasons.add(reason("swap.holiday", b, request.payBackDate()));
        }
        boolean approved = broken.isEmpty();
        if (approved) {
            reasons.add(reason("swap.approved", a, b, request.swapDate(), request.payBackDate()));
        }
        return Decision.of(new SwapVerdict(approved, broken), reasons);
    }

    /**
     * Checks a leave request (APR-12 (f), (g); APR-17): leave needs a superior's approval; no
     * leave on one's swap or pay-back day, nor on a 节假日 one is rostered for. Leave taken anyway
     * counts as absence (旷工, APR-14).
     *
     * @param request  the leave request, not null
     * @param roster  the current roster, not null
     * @param history  swaps already approved, not null, no null element
     * @return the decision: granted, or every reason it is not
     */
    public Decision<LeaveVerdict> checkLeave(LeaveRequest request, Roster roster, List<SwapRecord> history) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(request, "request", AppraisalRules.APR_17) & v.requireNonNull(roster, "roster", APR_12);
        if (v.requireNonNull(history, "history", APR_12)) {
            nullElements(v, history, "history");
        }
        v.throwIfAny();
        List<LeaveRule> broken = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        EmployeeId e = request.employee();
        if (request.approvedBy().isEmpty()) {
            broken.add(LeaveRule.NOT_APPROVED);
            reasons.add(Reason.of(AppraisalRules.APR_17, AppraisalMessages.BUNDLE, "leave.approval", e, request.date()));
        } else if (request.approvedBy().get().equals(e)) {
            broken.add(LeaveRule.NOT_APPROVED);
            reasons.add(Reason.of(AppraisalRules.APR_17, AppraisalMessages.BUNDLE, "leave.ownApproval", e));
        }
        for (SwapRecord h : history) {
            if (h.isSwapDayOf(e, request.date())) {
                broken.add(LeaveRule.SWAP_DAY);
                reasons.add(reason("leave.swapDay", e, request.date()));
                break;
            }
        }
        boolean onDuty = ok && roster.covers(request.date()) && roster.shiftsOf(e).stream().anyMatch(s -> s.date().equals(request.date()));
        if (onDuty && holiday(request.date())) {
            broken.add(LeaveRule.HOLIDAY_DUTY);
            reasons.add(reason("leave.holiday", e, request.date()));
        }
        if (broken.isEmpty()) {
            reasons.add(Reason.of(AppraisalRules.APR_17, AppraisalMessages.BUNDLE, "leave.granted", e, request.date()));
        }
        return Decision.of(new LeaveVerdict(broken.isEmpty(), broken), reasons);
    }

    /**
     * A swap badly handed over that caused a missed or empty shift (误班、空班, APR-12 (h)):
     * absence (旷工, APR-14) for each party in full. Their shares of responsibility are the
     * manager's finding and affect only appraisal.
     *
     * @param swap  the approved swap, not null
     * @param day  the day of the missed shift: the swap or the pay-back day, not null
     * @return the decision whose outcome lists both parties, each absent
     * @throws dev.kefu.core.validation.PolicyInputException if the day is neither of the swap's days
     */
    public static Decision<List<EmployeeId>> missedShift(SwapRecord swap, LocalDate day) {
        Violations v = Violations.create();
        if (v.requireNonNull(swap, "swap", APR_12) & v.requireNonNull(day, "day", APR_12)
                && !day.equals(swap.swapDate()) && !day.equals(swap.payBackDate())) {
            v.add("day", AppraisalMessages.BUNDLE, "swap.notSwapDay", APR_12, swap.swapDate(), swap.payBackDate());
        }
        v.throwIfAny();
        return Decision.of(List.of(swap.requester(), swap.counterpart()),
                Reason.of(APR_12, AppraisalMessages.BUNDLE, "swap.missedShift", day, swap.requester(), swap.counterpart()),
                Reason.of(AppraisalRules.APR_14, AppraisalMessages.BUNDLE, "swap.absence"));
    }

    /**
     * A day of leave.
     *
     * @param employee  who is on leave
     * @param date  the day
     */
    public record Leave(EmployeeId employee, LocalDate date) {
        /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing */
        public Leave {
            Violations v = Violations.create();
            v.requireNonNull(employee, "employee", APR_12);
            v.requireNonNull(date, "date", APR_12);
            v.throwIfAny();
        }
    }

    private void validate(SwapRequest r, Roster roster, List<SwapRecord> history, Set<Leave> leave) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(r, "request", APR_12) & v.requireNonNull(roster, "roster", APR_12);
        if (v.requireNonNull(history, "history", APR_12)) {
            nullElements(v, history, "history");
        }
        if (v.requireNonNull(leave, "leave", APR_12)) {
            nullElements(v, leave, "leave");
        }
        if (!ok) {
            v.throwIfAny();
        }
        if (!roster.covers(r.swapDate())) {
            v.add("request.swapDate", AppraisalMessages.BUNDLE, "rota.outside", APR_12, roster.first(), roster.last());
        } else if (!roster.works(r.requester(), r.swapDate(), r.swapSlot())) {
            v.add("request.swapSlot", AppraisalMessages.BUNDLE, "swap.notRostered", APR_12, r.requester());
        }
        if (!roster.covers(r.payBackDate())) {
            v.add("request.payBackDate", AppraisalMessages.BUNDLE, "rota.outside", APR_12, roster.first(), roster.last());
        } else if (!roster.works(r.counterpart(), r.payBackDate(), r.payBackSlot())) {
            v.add("request.payBackSlot", AppraisalMessages.BUNDLE, "swap.notRostered", APR_12, r.counterpart());
        }
        v.throwIfAny();
    }

    private static void nullElements(Violations v, Collection<?> items, String path) {
        int i = 0;
        for (Object o : items) {
            if (o == null) {
                v.add(path + "[" + i + "]", "required", APR_12);
            }
            i++;
        }
    }

    private static boolean adjacent(LocalDate x, LocalDate y) {
        return Math.abs(x.toEpochDay() - y.toEpochDay()) == 1;
    }

    private static List<Shift> afterSwap(SwapRequest r, Roster roster) {
        List<Shift> out = new ArrayList<>();
        for (Shift s : roster.shifts()) {
            if (s.employee().equals(r.requester()) && s.date().equals(r.swapDate()) && s.slot().equals(r.swapSlot())) {
                out.add(new Shift(r.counterpart(), s.date(), s.slot()));
            } else if (s.employee().equals(r.counterpart()) && s.date().equals(r.payBackDate()) && s.slot().equals(r.payBackSlot())) {
                out.add(new Shift(r.requester(), s.date(), s.slot()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The first shift of the same person back-to-back with a shift the swap creates, described, or null. */
    private String backToBack(List<Shift> after, Shift created) {
        for (Shift s : after) {
            if (!s.employee().equals(created.employee()) || s.equals(created)) {
                continue;
            }
            Shift first = s.start().isBefore(created.start()) ? s : created;
            Shift second = first == s ? created : s;
            boolean sameDay = s.date().equals(created.date());
            boolean shortRest = minimumRest != null && !second.start().isBefore(first.end())
                    && Duration.between(first.end(), second.start()).compareTo(minimumRest) < 0;
            if (sameDay || shortRest) {
                return first.date() + " " + first.slot().code() + " + " + second.date() + " " + second.slot().code();
            }
        }
        return null;
    }

    private boolean holiday(LocalDate d) {
        DayKind k = calendar.describe(d).kind();
        return k == DayKind.OFFICIAL_HOLIDAY || k == DayKind.COMPANY_HOLIDAY;
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(APR_12, AppraisalMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "ShiftSwapPolicy[" + monthlyLimit + " a month, minimum rest " + (minimumRest == null ? "none" : minimumRest) + "]";
    }

    /** The calendar in use. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Labels of the swap rules, for hosts that show a verdict's codes. */
    public static String label(SwapRule rule, java.util.Locale locale) {
        return Labels.of(rule, locale);
    }

    /** Builds a swap policy; {@link #build()} names every problem at once. */
    public static final class Builder {
        private BusinessCalendar calendar;
        private int monthlyLimit = REGULATION_MONTHLY_LIMIT;
        private Duration minimumRest;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** The calendar that says which days are 节假日; required. */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        /** Swaps per person per month (APR-12 (c)); default 3, at least 1. */
        public Builder monthlyLimit(int swaps) {
            this.monthlyLimit = swaps;
            if (swaps < 1) {
                problems.add("monthlyLimit", "positive", APR_12);
            }
            return this;
        }

        /**
         * The least rest between two shifts below which they are back-to-back (连班); optional:
         * without it only two shifts of one day are back-to-back. Positive.
         */
        public Builder minimumRest(Duration rest) {
            this.minimumRest = rest;
            if (rest == null) {
                problems.add("minimumRest", "required", APR_12);
            } else if (rest.isNegative()) {
                problems.add("minimumRest", AppraisalMessages.BUNDLE, "notNegative", APR_12);
            }
            if (rest != null && rest.isZero()) {
                this.minimumRest = null;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public ShiftSwapPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(calendar, "calendar", APR_12);
            v.throwIfAny();
            return new ShiftSwapPolicy(calendar, monthlyLimit, minimumRest);
        }
    }
}
