package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.DayKind;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a shift swap against the roster, the swap history, leave and the calendar (换班制度,
 * APR-12), and returns every broken rule at once:
 * <ul>
 *   <li>{@code CONSENT} — both parties agree and fill in the swap form;</li>
 *   <li>{@code SIGNATURE} — the department manager signs before it takes effect;</li>
 *   <li>{@code MONTHLY_LIMIT} — at most 3 swaps per person per calendar month;</li>
 *   <li>{@code CONSECUTIVE} — no consecutive swaps: neither party swapped on the day before or
 *       after either day;</li>
 *   <li>{@code BACK_TO_BACK} — neither party ends up on back-to-back shifts (连班): both shifts of
 *       one day, or — when a minimum rest is configured — less rest between two shifts;</li>
 *   <li>{@code LEAVE} — no leave on a swap or pay-back day (it would count as absence);</li>
 *   <li>{@code HOLIDAY_DUTY} — staff on duty on an official public holiday may not swap it.</li>
 * </ul>
 * A malformed request — a swap with oneself, a day outside the roster, a shift the party does
 * not work — is refused with {@link dev.kefu.core.validation.PolicyInputException}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ShiftSwapPolicy {

    static final RuleId APR_12 = RuleId.of("APR-12");

    private final BusinessCalendar calendar;
    private final int monthlyLimit;
    private final Duration minimumRest;

    private ShiftSwapPolicy(BusinessCalendar calendar, int monthlyLimit, Duration minimumRest) {
        this.calendar = calendar;
        this.monthlyLimit = monthlyLimit;
        this.minimumRest = minimumRest;
    }

    /**
     * The regulation's policy: 3 swaps a month; back-to-back means both shifts of one day.
     *
     * @param calendar  the calendar that says which days are official holidays, not null
     * @return the policy
     */
    public static ShiftSwapPolicy standard(BusinessCalendar calendar) {
        return of(calendar, 3, Duration.ZERO);
    }

    /**
     * A policy with other limits.
     *
     * @param calendar  the calendar, not null
     * @param monthlyLimit  swaps per person per calendar month, at least 1
     * @param minimumRest  the least rest between two shifts; zero means only same-day shifts are back-to-back
     * @return the policy
     */
    public static ShiftSwapPolicy of(BusinessCalendar calendar, int monthlyLimit, Duration minimumRest) {
        Violations v = Violations.create();
        v.requireNonNull(calendar, "calendar", APR_12);
        if (monthlyLimit < 1) {
            v.add("monthlyLimit", "positive", APR_12);
        }
        if (v.requireNonNull(minimumRest, "minimumRest", APR_12) && minimumRest.isNegative()) {
            v.add("minimumRest", "notNegative", APR_12);
        }
        v.throwIfAny();
        return new ShiftSwapPolicy(calendar, monthlyLimit, minimumRest);
    }

    /**
     * Checks a swap.
     *
     * @param request  the request, not null
     * @param roster  the roster, covering both days
     * @param history  swaps already approved
     * @param leave  days of leave, as (employee, day) pairs
     * @return the decision: approved, or every broken rule
     * @throws dev.kefu.core.validation.PolicyInputException if the request is malformed
     */
    public Decision<SwapVerdict> check(SwapRequest request, Roster roster, List<SwapRecord> history, Set<Leave> leave) {
        validate(request, roster, history, leave);
        EmployeeId a = request.requester();
        EmployeeId b = request.counterpart();
        List<String> broken = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        if (!request.requesterConsents() || !request.counterpartConsents()) {
            broken.add("CONSENT");
            reasons.add(reason("swap.consent"));
        }
        if (request.signedBy().isEmpty()) {
            broken.add("SIGNATURE");
            reasons.add(reason("swap.signature"));
        }
        for (EmployeeId e : List.of(a, b)) {
            for (YearMonth m : months(request)) {
                long count = history.stream().filter(h -> h.involves(e) && YearMonth.from(h.swapDate()).equals(m)).count() + 1;
                if (count > monthlyLimit) {
                    broken.add("MONTHLY_LIMIT");
                    reasons.add(reason("swap.monthly", e, m, count, monthlyLimit));
                }
            }
        }
        for (EmployeeId e : List.of(a, b)) {
            for (SwapRecord h : history) {
                if (h.involves(e) && (adjacent(h.swapDate(), request.swapDate()) || adjacent(h.swapDate(), request.payBackDate())
                        || adjacent(h.payBackDate(), request.swapDate()) || adjacent(h.payBackDate(), request.payBackDate()))) {
                    broken.add("CONSECUTIVE");
                    reasons.add(reason("swap.consecutive", e, h.swapDate()));
                    break;
                }
            }
        }
        List<Shift> after = afterSwap(request, roster);
        for (EmployeeId e : List.of(a, b)) {
            String clash = backToBack(after, e);
            if (clash != null) {
                broken.add("BACK_TO_BACK");
                reasons.add(reason("swap.backToBack", e, clash));
            }
        }
        for (Leave l : leave) {
            if ((l.employee().equals(a) || l.employee().equals(b))
                    && (l.date().equals(request.swapDate()) || l.date().equals(request.payBackDate()))) {
                broken.add("LEAVE");
                reasons.add(reason("swap.leave", l.employee(), l.date()));
            }
        }
        if (holiday(request.swapDate())) {
            broken.add("HOLIDAY_DUTY");
            reasons.add(reason("swap.holiday", a, request.swapDate()));
        }
        if (holiday(request.payBackDate())) {
            broken.add("HOLIDAY_DUTY");
            reasons.add(reason("swap.holiday", b, request.payBackDate()));
        }
        boolean approved = broken.isEmpty();
        if (approved) {
            reasons.add(reason("swap.approved", a, b, request.swapDate(), request.payBackDate()));
        }
        return Decision.of(new SwapVerdict(approved, List.copyOf(broken)), reasons);
    }

    /**
     * A day of leave.
     *
     * @param employee  who is on leave
     * @param date  the day
     */
    public record Leave(EmployeeId employee, LocalDate date) {
    }

    private void validate(SwapRequest r, Roster roster, List<SwapRecord> history, Set<Leave> leave) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(r, "request", APR_12) & v.requireNonNull(roster, "roster", APR_12)
                & v.requireNonNull(history, "history", APR_12) & v.requireNonNull(leave, "leave", APR_12);
        if (!ok) {
            v.throwIfAny();
        }
        boolean parts = v.requireNonNull(r.requester(), "request.requester", APR_12) & v.requireNonNull(r.counterpart(), "request.counterpart", APR_12)
                & v.requireNonNull(r.swapDate(), "request.swapDate", APR_12) & v.requireNonNull(r.payBackDate(), "request.payBackDate", APR_12)
                & v.requireNonNull(r.swapSlot(), "request.swapSlot", APR_12) & v.requireNonNull(r.payBackSlot(), "request.payBackSlot", APR_12)
                & v.requireNonNull(r.signedBy(), "request.signedBy", APR_12);
        if (!parts) {
            v.throwIfAny();
        }
        if (r.requester().equals(r.counterpart())) {
            v.add("request.counterpart", AppraisalMessages.BUNDLE, "swap.self", APR_12);
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

    private static List<YearMonth> months(SwapRequest r) {
        YearMonth a = YearMonth.from(r.swapDate());
        YearMonth b = YearMonth.from(r.payBackDate());
        return a.equals(b) ? List.of(a) : List.of(a, b);
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
        out.sort(java.util.Comparator.comparing(Shift::start));
        return out;
    }

    /** The first pair of back-to-back shifts of a person, described, or null. */
    private String backToBack(List<Shift> shifts, EmployeeId e) {
        Shift previous = null;
        for (Shift s : shifts) {
            if (!s.employee().equals(e)) {
                continue;
            }
            if (previous != null) {
                boolean sameDay = previous.date().equals(s.date());
                boolean shortRest = !minimumRest.isZero() && Duration.between(previous.end(), s.start()).compareTo(minimumRest) < 0;
                if (sameDay || shortRest) {
                    return previous.date() + " " + previous.slot().code() + " + " + s.date() + " " + s.slot().code();
                }
            }
            previous = s;
        }
        return null;
    }

    private boolean holiday(LocalDate d) {
        return calendar.describe(d).kind() == DayKind.OFFICIAL_HOLIDAY;
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(APR_12, AppraisalMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "ShiftSwapPolicy[" + monthlyLimit + " a month, minimum rest " + minimumRest + "]";
    }

    /** The calendar in use. */
    public BusinessCalendar calendar() {
        return Objects.requireNonNull(calendar);
    }
}
