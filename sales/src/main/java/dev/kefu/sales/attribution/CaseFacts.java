package dev.kefu.sales.attribution;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Consistency checks of an {@link AttributionCase}: every contradiction found, each with its path. */
final class CaseFacts {

    private static final RuleId ATT_1 = RuleId.of("ATT-1");
    private static final RuleId ATT_6 = RuleId.of("ATT-6");
    private static final RuleId ATT_20 = RuleId.of("ATT-20");
    private static final RuleId ATT_21 = RuleId.of("ATT-21");
    private static final RuleId MONEY = RuleId.of("CORE-MONEY-1");

    private CaseFacts() {
    }

    static void check(AttributionCase c, boolean hasEventStrategy, Violations v) {
        Set<EmployeeId> team = c.team();
        int i = 0;
        for (EmployeeId p : c.present()) {
            known(team, p, "present[" + i++ + "]", v);
        }
        known(team, c.receivedBy(), "receivedBy", v);
        if (!c.present().contains(c.receivedBy())) {
            v.add("receivedBy", AttributionMessages.BUNDLE, "attribution.absentReceiver", ATT_1, c.receivedBy());
        }
        c.assistedBy().ifPresent(x -> {
            known(team, x, "assistedBy", v);
            if (!c.present().contains(x)) {
                v.add("assistedBy", AttributionMessages.BUNDLE, "attribution.absentReceiver", ATT_1, x);
            }
        });
        LocalDate first = c.visitDate();
        for (int k = 0; k < c.priorVisits().size(); k++) {
            PriorVisit pv = c.priorVisits().get(k);
            known(team, pv.receivedBy(), "priorVisits[" + k + "].receivedBy", v);
            if (pv.date().isAfter(c.visitDate())) {
                v.add("priorVisits[" + k + "].date", AttributionMessages.BUNDLE, "attribution.afterVisit", ATT_6);
            }
            if (pv.date().isBefore(first)) {
                first = pv.date();
            }
        }
        for (int k = 0; k < c.registrations().size(); k++) {
            Registration r = c.registrations().get(k);
            known(team, r.rep(), "registrations[" + k + "].rep", v);
            if (r.registeredAt().toLocalDate().isAfter(c.visitDate())) {
                v.add("registrations[" + k + "].registeredAt", AttributionMessages.BUNDLE, "attribution.afterVisit", ATT_6);
            }
        }
        CustomerStatement s = c.statement();
        for (int k = 0; k < s.namedReps().size(); k++) {
            known(team, s.namedReps().get(k), "statement.namedReps[" + k + "]", v);
        }
        s.askedFor().ifPresent(x -> known(team, x, "statement.askedFor", v));
        s.refused().forEach(x -> known(team, x, "statement.refused", v));
        s.complainedAbout().ifPresent(x -> known(team, x, "statement.complainedAbout", v));
        c.referredByCustomerOf().ifPresent(x -> known(team, x, "referredByCustomerOf", v));
        c.householdFirstReceivedBy().ifPresent(x -> known(team, x, "householdFirstReceivedBy", v));
        final LocalDate firstVisit = first;
        c.deal().ifPresent(d -> {
            known(team, d.closedBy(), "deal.closedBy", v);
            if (d.date().isBefore(firstVisit)) {
                v.add("deal.date", AttributionMessages.BUNDLE, "attribution.dealBeforeVisit", RuleId.of("ATT-7"), d.date(), firstVisit);
            }
        });
        if (c.event().isPresent() && !hasEventStrategy) {
            v.add("event", AttributionMessages.BUNDLE, "attribution.noEventStrategy", ATT_20);
        }
        c.dispute().ifPresent(d -> checkDispute(team, d, v));
    }

    private static void checkDispute(Set<EmployeeId> team, Dispute d, Violations v) {
        if (d instanceof Dispute.Agreed) {
            Dispute.Agreed g = (Dispute.Agreed) d;
            holders(team, g.performance(), g.bonus(), v);
        } else if (d instanceof Dispute.ManagerDecision) {
            Dispute.ManagerDecision m = (Dispute.ManagerDecision) d;
            holders(team, m.performance(), m.bonus(), v);
            if (m.refusedBy() == null) {
                v.add("dispute.refusedBy", "required", ATT_21);
            } else {
                m.refusedBy().forEach(x -> known(team, x, "dispute.refusedBy", v));
            }
        }
    }

    private static void holders(Set<EmployeeId> team, Holder performance, List<BonusShare> bonus, Violations v) {
        if (performance == null) {
            v.add("dispute.performance", "required", ATT_21);
        } else if (performance instanceof Holder.Rep) {
            known(team, ((Holder.Rep) performance).employee(), "dispute.performance", v);
        }
        if (bonus == null || bonus.isEmpty()) {
            v.add("dispute.bonus", "money.shares.empty", MONEY);
            return;
        }
        for (int k = 0; k < bonus.size(); k++) {
            if (bonus.get(k) == null) {
                v.add("dispute.bonus[" + k + "]", "required", MONEY);
                return;
            }
            if (bonus.get(k).holder() instanceof Holder.Rep) {
                known(team, ((Holder.Rep) bonus.get(k).holder()).employee(), "dispute.bonus[" + k + "]", v);
            }
        }
        List<Share> shares = bonus.stream().map(BonusShare::share).toList();
        if (!Share.totalOneHundred(shares)) {
            v.add("dispute.bonus", "money.shares.total", MONEY, Share.totalPercent(shares).toPlainString());
        }
    }

    private static void known(Set<EmployeeId> team, EmployeeId rep, String path, Violations v) {
        if (rep != null && !team.contains(rep)) {
            v.add(path, AttributionMessages.BUNDLE, "attribution.unknownRep", ATT_6, rep);
        }
    }
}
