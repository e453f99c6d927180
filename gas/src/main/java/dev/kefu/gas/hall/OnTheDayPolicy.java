package dev.kefu.gas.hall;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.discipline.DeskOffenceKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Swaps and absences on the day in the business hall (MTR-17): no casual swap, leaving the post
 * or having someone stand in; in a special situation a swap or short absence first needs the
 * consent of the business-centre group leader (營業中心組長), who records it. Reading (the
 * catalogue's): MTR-16 governs planned changes, MTR-17 the unplanned case on the day. A change
 * carried out without that consent is also the counter-discipline offence of MTR-2
 * ({@link #offenceOf}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OnTheDayPolicy {

    private final ZoneId zone;

    private OnTheDayPolicy(ZoneId zone) {
        this.zone = zone;
    }

    /** The regulation's policy, times shown in {@code Asia/Shanghai}. */
    public static OnTheDayPolicy regulation() {
        return new OnTheDayPolicy(GasMessages.DEFAULT_ZONE);
    }

    /**
     * The policy with times shown in another zone.
     *
     * @param zone  the zone, not null
     * @return the policy
     * @throws dev.kefu.core.validation.PolicyInputException if the zone is null
     */
    public static OnTheDayPolicy inZone(ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(zone, "zone", GasRules.MTR_17);
        v.throwIfAny();
        return new OnTheDayPolicy(zone);
    }

    /**
     * Checks a change on the day (MTR-17).
     *
     * @param change  the change, not null
     * @return the decision: effective (consented in advance by the group leader), or not
     * @throws dev.kefu.core.validation.PolicyInputException if the change is null
     */
    public Decision<ChangeVerdict> check(OnTheDayChange change) {
        Violations v = Violations.create();
        v.requireNonNull(change, "change", GasRules.MTR_17);
        v.throwIfAny();
        Set<ChangeFinding> findings = EnumSet.noneOf(ChangeFinding.class);
        List<Reason> reasons = new ArrayList<>();
        String en = GasMessages.en(change.kind());
        String zh = GasMessages.zh(change.kind());
        String when = GasMessages.local(change.startsAt(), zone);
        if (change.consent().isEmpty()) {
            findings.add(ChangeFinding.NOT_APPROVED);
            reasons.add(reason("onTheDay.noConsent", change.employee(), en, zh, when));
        } else {
            Approval c = change.consent().get();
            if (c.answer() == Approval.Answer.REFUSED) {
                findings.add(ChangeFinding.REFUSED);
                reasons.add(reason("onTheDay.refused", change.employee(), en, zh, c.by()));
            }
            if (c.role() != DeskRole.GROUP_LEADER) {
                findings.add(ChangeFinding.WRONG_APPROVER);
                reasons.add(reason("onTheDay.wrongRole", c.by(), GasMessages.en(c.role()), GasMessages.zh(c.role())));
            }
            if (c.at().isAfter(change.startsAt())) {
                findings.add(ChangeFinding.APPROVED_TOO_LATE);
                reasons.add(reason("onTheDay.late", change.employee(), GasMessages.local(c.at(), zone), when));
            }
            if (change.record() == OnTheDayChange.LeaderRecord.NOT_RECORDED) {
                findings.add(ChangeFinding.NOT_RECORDED);
                reasons.add(reason("onTheDay.notRecorded", c.by(), en, zh, when));
            }
        }
        boolean allowed = findings.isEmpty() || findings.equals(EnumSet.of(ChangeFinding.NOT_RECORDED));
        if (allowed) {
            reasons.add(reason("onTheDay.allowed", change.employee(), en, zh, when));
        }
        return Decision.of(new ChangeVerdict(allowed ? ChangeStatus.EFFECTIVE : ChangeStatus.NOT_EFFECTIVE, findings), reasons);
    }

    /**
     * The MTR-2 offence a change on the day amounts to when it was not consented: leaving the
     * post for a short absence, an unapproved stand-in for a swap or stand-in.
     *
     * @param change  the change, not null
     * @param verdict  its verdict from {@link #check}, not null
     * @return the offence kind, empty when the change was allowed
     */
    public static Optional<DeskOffenceKind> offenceOf(OnTheDayChange change, ChangeVerdict verdict) {
        Violations v = Violations.create();
        v.requireNonNull(change, "change", GasRules.MTR_17);
        v.requireNonNull(verdict, "verdict", GasRules.MTR_17);
        v.throwIfAny();
        if (verdict.status() == ChangeStatus.EFFECTIVE) {
            return Optional.empty();
        }
        return Optional.of(change.kind() == OnTheDayKind.SHORT_ABSENCE ? DeskOffenceKind.LEAVING_POST : DeskOffenceKind.UNAPPROVED_STAND_IN);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_17, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "OnTheDayPolicy[" + zone + "]";
    }
}
