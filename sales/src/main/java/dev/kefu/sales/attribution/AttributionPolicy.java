package dev.kefu.sales.attribution;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who owns a customer, who holds a deal's performance, how the bonus splits, who follows up,
 * and whether the reception counts toward the rotation (ATT-1 … ATT-21, S1 part 8).
 * <pre>{@code
 * Decision<Attribution> d = AttributionPolicy.standard().decide(attributionCase);
 * d.outcome().split(Money.yuan(1000));      // {A=800.00, B=200.00}, exact to the fen
 * d.explain(Locale.SIMPLIFIED_CHINESE);     // cites ATT-9, ATT-7, ATT-16 …
 * }</pre>
 *
 * <h2>Terms</h2>
 * <b>A</b> is the rep who received the customer at this visit ({@link AttributionCase#receivedBy()}).
 * <b>B</b>, the <i>registrant</i>, is the rep whose registration of the customer is the
 * earliest among those still valid on the day of the deal (or of the visit when there is no
 * deal): the first-visit principle of ATT-6, with the 2-month validity of ATT-7
 * ({@link RegistrationValidity}). A registration that has lapsed never earns anything; a rep
 * whose complaint was verified (ATT-11) is left out of everything.
 *
 * <h2>Precedence</h2>
 * The first rule that applies decides; the decision's reasons say which:
 * <ol>
 *   <li>ATT-21 — a dispute: as agreed or mediated; a quarrel sends performance and bonus to the
 *       department; a manager's decision stands, and a rep who refuses it loses their part to
 *       the department.</li>
 *   <li>ATT-20 — a visit at an exhibition or launch event: the host's
 *       {@link EventOwnershipStrategy} decides.</li>
 *   <li>ATT-11 — a verified complaint against a rep removes that rep from the case; then the
 *       rules below apply.</li>
 *   <li>ATT-13 — the customer of B came to A for a bigger discount: all of it is B's.</li>
 *   <li>ATT-17 — a customer referred by an existing customer belongs to that customer's
 *       original receiving rep.</li>
 *   <li>ATT-18 — a household member belongs to the rep who received the first member.</li>
 *   <li>With a registrant B other than A:
 *     ATT-9 (the customer refuses B and asks for A: A holds it, bonus A 80% / B 20%);
 *     ATT-10 (the customer names B, B is absent: C helps; B holds it, bonus B 80% / C 20%);
 *     ATT-8 (the customer names B, or A knows B and B is present: handed back to B);
 *     ATT-15 (on a later visit the customer designates A: A holds it, bonus A 50% and 50% to
 *     the earlier receivers with valid registrations, in equal parts);
 *     ATT-14 (the customer forgot who received them and A finds B registered: whoever closes
 *     holds it, bonus A 50% / B 50%);
 *     ATT-3 (otherwise, B absent: a deal the same day splits the bonus A 50% / B 50%; otherwise
 *     A's reception is a courtesy with no credit).</li>
 *   <li>Without one: ATT-10 or ATT-4 for a first-time visitor who names a rep (the named rep's
 *       customer, outside the rotation); ATT-12 for a returning customer who named several reps
 *       and chose none (the first named present, else A); otherwise A, the rep on rotation
 *       (ATT-1), including ATT-14's and ATT-9's cases where B's registration has lapsed.</li>
 * </ol>
 * Then ATT-16: the performance holder (before a deal, the owner) does the follow-up and
 * after-sales work; and ATT-5/ATT-4: a reception counts toward the rotation only when A
 * received a first-time visitor by rotation.
 *
 * <p>The decision depends only on the facts, not on the order in which equivalent facts
 * (registrations, visits, reps) are listed: ties in registration time go to the smaller rep id.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AttributionPolicy {

    private static final RuleId CORE_MONEY = RuleId.of("CORE-MONEY-1");

    private final RegistrationValidity validity;
    private final EventOwnershipStrategy eventStrategy;

    private AttributionPolicy(RegistrationValidity validity, EventOwnershipStrategy eventStrategy) {
        this.validity = validity;
        this.eventStrategy = eventStrategy;
    }

    /** The regulation's policy: 2-month registrations, no event strategy. */
    public static AttributionPolicy standard() {
        return new AttributionPolicy(RegistrationValidity.TWO_MONTHS, null);
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The registration validity in force. */
    public RegistrationValidity validity() {
        return validity;
    }

    /**
     * Decides a case.
     *
     * @param c  the facts, not null
     * @return the decision: owner, performance, bonus split, follow-up, rotation, rule IDs
     * @throws dev.kefu.core.validation.PolicyInputException if the facts contradict each other
     *     or name a rep outside the team, or an event case has no strategy configured
     */
    public Decision<Attribution> decide(AttributionCase c) {
        Violations v = Violations.create();
        if (!v.requireNonNull(c, "case", RuleId.of("ATT-6"))) {
            v.throwIfAny();
        }
        CaseFacts.check(c, eventStrategy != null, v);
        v.throwIfAny();
        return new Run(c).decide();
    }

    /** One decision in progress. */
    private final class Run {

        private final AttributionCase c;
        private final EmployeeId a;
        private final List<Reason> reasons = new ArrayList<>();
        private final Set<EmployeeId> excluded = new TreeSet<>();
        private final LocalDate checkDay;
        private final boolean returning;

        Run(AttributionCase c) {
            this.c = c;
            this.a = c.receivedBy();
            this.checkDay = c.deal().map(Deal::date).orElse(c.visitDate());
            this.returning = !c.priorVisits().isEmpty() || !c.registrations().isEmpty();
        }

        Decision<Attribution> decide() {
            if (c.dispute().isPresent()) {
                return finish(dispute(c.dispute().get()), false);
            }
            if (c.event().isPresent()) {
                reasons.add(reason("ATT-20", "attribution.event", c.event().get()));
                Attribution byHost = eventStrategy.decide(c);
                return Decision.of(byHost, reasons);
            }
            CustomerStatement s = c.statement();
            if (s.complaintVerified() && s.complainedAbout().isPresent()) {
                excluded.add(s.complainedAbout().get());
                reasons.add(reason("ATT-11", "attribution.complaint", s.complainedAbout().get()));
            }
            Optional<EmployeeId> b = registrant();
            boolean counts = false;
            Outcome o;
            if (s.cameForBiggerDiscount() && b.isPresent() && !b.get().equals(a)) {
                o = all(b.get(), "ATT-13", "attribution.discount", b.get(), a);
            } else if (c.referredByCustomerOf().filter(r -> !excluded.contains(r)).isPresent()) {
                EmployeeId r = c.referredByCustomerOf().get();
                o = all(r, "ATT-17", "attribution.referral", r);
            } else if (c.householdFirstReceivedBy().filter(h -> !excluded.contains(h)).isPresent()) {
                EmployeeId h = c.householdFirstReceivedBy().get();
                o = all(h, "ATT-18", "attribution.household", h);
            } else if (b.isPresent() && !b.get().equals(a)) {
                o = withRegistrant(b.get(), s);
            } else {
                Outcome[] result = new Outcome[1];
                counts = withoutRegistrant(b, s, result);
                o = result[0];
            }
            return finish(o, counts);
        }

        // ---------------------------------------------------------------- registrant present

        private Outcome withRegistrant(EmployeeId b, CustomerStatement s) {
            boolean bPresent = c.present().contains(b);
            boolean bNamed = s.askedFor().map(b::equals).orElse(false) || s.namedReps().contains(b);
            if (s.refused().contains(b) && s.askedFor().map(a::equals).orElse(false)) {
                return split(a, a, "ATT-9", "attribution.refusedAskedFor", List.of(bonus(a, 80), bonus(b, 20)), b, a);
            }
            if (bNamed && !bPresent) {
                EmployeeId helper = c.assistedBy().orElse(a);
                return split(b, b, "ATT-10", "attribution.namedAbsent", List.of(bonus(b, 80), bonus(helper, 20)), b, helper);
            }
            if (bNamed) {
                return all(b, "ATT-8", "attribution.handBack", b, a);
            }
            if (s.askedFor().map(a::equals).orElse(false)) {
                return designated(b);
            }
            if (s.forgotWhoReceived()) {
                EmployeeId closer = c.deal().map(Deal::closedBy).filter(x -> x.equals(a) || x.equals(b)).orElse(a);
                return split(a, closer, "ATT-14", "attribution.forgotFound", List.of(bonus(a, 50), bonus(b, 50)), b, a);
            }
            if (bPresent) {
                return all(b, "ATT-8", "attribution.handBack", b, a);
            }
            boolean sameDay = c.deal().map(d -> d.date().equals(c.visitDate())).orElse(false);
            if (sameDay) {
                return split(b, b, "ATT-3", "attribution.sameDay", List.of(bonus(a, 50), bonus(b, 50)), a, b);
            }
            return all(b, "ATT-3", "attribution.courtesy", a, b);
        }

        /** ATT-15: A designated on a later visit; 50% to the earlier receivers with valid registrations. */
        private Outcome designated(EmployeeId b) {
            Set<EmployeeId> earlier = new TreeSet<>();
            for (PriorVisit pv : c.priorVisits()) {
                earlier.add(pv.receivedBy());
            }
            for (Registration r : c.registrations()) {
                earlier.add(r.rep());
            }
            earlier.remove(a);
            earlier.removeAll(excluded);
            earlier.removeIf(rep -> c.registrations().stream().noneMatch(r -> r.rep().equals(rep) && validity.isValidOn(r, checkDay)));
            earlier.add(b);
            List<EmployeeId> reps = new ArrayList<>(earlier);
            long[] weights = new long[reps.size() + 1];
            weights[0] = reps.size();
            for (int i = 1; i < weights.length; i++) {
                weights[i] = 1;
            }
            List<Share> shares = Share.proportional(weights);
            List<BonusShare> split = new ArrayList<>();
            split.add(new BonusShare(Holder.rep(a), shares.get(0)));
            for (int i = 0; i < reps.size(); i++) {
                split.add(new BonusShare(Holder.rep(reps.get(i)), shares.get(i + 1)));
            }
            return split(a, a, "ATT-15", "attribution.designated", split, a, reps);
        }

        // ---------------------------------------------------------------- no registrant other than A

        private boolean withoutRegistrant(Optional<EmployeeId> b, CustomerStatement s, Outcome[] out) {
            if (b.isPresent()) { // A registered the customer first: A's own customer
                out[0] = all(a, "ATT-6", "attribution.own", a);
                return false;
            }
            List<EmployeeId> named = new ArrayList<>(s.namedReps());
            s.askedFor().filter(x -> !named.contains(x)).ifPresent(x -> named.add(0, x));
            named.removeAll(excluded);
            if (!returning && !named.isEmpty()) {
                EmployeeId n = named.get(0);
                if (!c.present().contains(n)) {
                    EmployeeId helper = c.assistedBy().orElse(a);
                    out[0] = split(n, n, "ATT-10", "attribution.namedAbsent", List.of(bonus(n, 80), bonus(helper, 20)), n, helper);
                } else {
                    out[0] = all(n, "ATT-4", "attribution.designatedFirstVisit", n);
                }
                return false;
            }
            if (returning && named.size() >= 2 && s.askedFor().isEmpty()) {
                EmployeeId first = named.stream().filter(c.present()::contains).findFirst().orElse(a);
                out[0] = all(first, "ATT-12", "attribution.severalNamed", named, first);
                return false;
            }
            if (s.forgotWhoReceived()) {
                out[0] = all(a, "ATT-14", "attribution.forgotUnrelated", a);
                return false;
            }
            if (s.refused().size() > 0 && s.askedFor().map(a::equals).orElse(false)) {
                out[0] = all(a, "ATT-9", "attribution.refusedLapsed", a);
                return false;
            }
            boolean counts = c.onRotation() && !returning;
            out[0] = all(a, "ATT-1", counts ? "attribution.rotation" : "attribution.received", a);
            return counts;
        }

        // ---------------------------------------------------------------- disputes

        private Outcome dispute(Dispute d) {
            if (d instanceof Dispute.Quarrel) {
                return new Outcome(Holder.DEPARTMENT, Holder.DEPARTMENT, List.of(new BonusShare(Holder.DEPARTMENT, Share.ALL)),
                        reason("ATT-21", "attribution.quarrel"));
            }
            if (d instanceof Dispute.Agreed) {
                Dispute.Agreed g = (Dispute.Agreed) d;
                return new Outcome(g.performance(), g.performance(), g.bonus(),
                        reason("ATT-21", g.mediated() ? "attribution.mediated" : "attribution.agreed", g.performance(), g.bonus()));
            }
            Dispute.ManagerDecision m = (Dispute.ManagerDecision) d;
            Map<Holder, Share> merged = new LinkedHashMap<>();
            for (BonusShare share : m.bonus()) {
                Holder h = share.holder() instanceof Holder.Rep && m.refusedBy().contains(((Holder.Rep) share.holder()).employee())
                        ? Holder.DEPARTMENT : share.holder();
                merged.merge(h, share.share(), (x, y) -> Share.ofPercent(x.percent().add(y.percent())));
            }
            Holder perf = m.performance() instanceof Holder.Rep && m.refusedBy().contains(((Holder.Rep) m.performance()).employee())
                    ? Holder.DEPARTMENT : m.performance();
            List<BonusShare> bonus = new ArrayList<>();
            merged.forEach((h, sh) -> bonus.add(new BonusShare(h, sh)));
            return new Outcome(perf, perf, bonus, reason("ATT-21", m.refusedBy().isEmpty()
                    ? "attribution.managerDecided" : "attribution.managerRefused", perf, bonus, new TreeSet<>(m.refusedBy())));
        }

        // ---------------------------------------------------------------- helpers

        /** The earliest registration still valid on the check day, ATT-6 and ATT-7. */
        private Optional<EmployeeId> registrant() {
            List<Registration> regs = new ArrayList<>(c.registrations());
            regs.removeIf(r -> excluded.contains(r.rep()));
            regs.sort(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::rep));
            for (Registration r : regs) {
                if (validity.isValidOn(r, checkDay)) {
                    if (regs.size() > 1) {
                        reasons.add(reason("ATT-6", "attribution.firstVisit", r.rep(), r.registeredAt()));
                    }
                    return Optional.of(r.rep());
                }
                reasons.add(reason("ATT-7", "attribution.lapsed", r.rep(), r.registeredAt().toLocalDate(),
                        validity.lastValidDay(r)));
            }
            return Optional.empty();
        }

        private Outcome all(EmployeeId owner, String rule, String key, Object... args) {
            return new Outcome(Holder.rep(owner), Holder.rep(owner), List.of(bonus(owner, 100)), reason(rule, key, args));
        }

        private Outcome split(EmployeeId owner, EmployeeId performer, String rule, String key, List<BonusShare> bonus, Object... args) {
            return new Outcome(Holder.rep(owner), Holder.rep(performer), bonus, reason(rule, key, args));
        }

        private Decision<Attribution> finish(Outcome o, boolean counts) {
            reasons.add(o.reason);
            boolean deal = c.deal().isPresent();
            Holder followUpHolder = deal ? o.performance : o.owner;
            Optional<EmployeeId> followUp = followUpHolder instanceof Holder.Rep
                    ? Optional.of(((Holder.Rep) followUpHolder).employee()) : Optional.empty();
            List<BonusShare> bonus = deal ? merge(o.bonus) : List.of();
            if (deal) {
                reasons.add(reason("ATT-7", "attribution.deal", o.performance, bonus));
                reasons.add(Reason.of(CORE_MONEY, AttributionMessages.BUNDLE, "attribution.exact"));
            }
            reasons.add(followUp.isPresent() ? reason("ATT-16", "attribution.followUp", followUp.get())
                    : reason("ATT-16", "attribution.followUpManager"));
            if (!counts) {
                reasons.add(reason(returning ? "ATT-5" : "ATT-4", "attribution.noTurn", a));
            }
            Attribution attribution = new Attribution(o.owner, deal ? Optional.of(o.performance) : Optional.empty(),
                    bonus, followUp, counts);
            return Decision.of(attribution, reasons);
        }

        private List<BonusShare> merge(List<BonusShare> shares) {
            Map<Holder, Share> merged = new LinkedHashMap<>();
            for (BonusShare s : shares) {
                if (!s.share().isZero()) {
                    merged.merge(s.holder(), s.share(), (x, y) -> Share.ofPercent(x.percent().add(y.percent())));
                }
            }
            List<BonusShare> out = new ArrayList<>();
            merged.forEach((h, s) -> out.add(new BonusShare(h, s)));
            return out;
        }

        private BonusShare bonus(EmployeeId rep, int percent) {
            return new BonusShare(Holder.rep(rep), Share.ofPercent(percent));
        }

        private Reason reason(String rule, String key, Object... args) {
            return Reason.of(RuleId.of(rule), AttributionMessages.BUNDLE, key, args);
        }
    }

    /** An intermediate answer: owner, performance holder, bonus split, the deciding reason. */
    private static final class Outcome {
        final Holder owner;
        final Holder performance;
        final List<BonusShare> bonus;
        final Reason reason;

        Outcome(Holder owner, Holder performance, List<BonusShare> bonus, Reason reason) {
            this.owner = owner;
            this.performance = performance;
            this.bonus = bonus;
            this.reason = reason;
        }
    }

    /** Builds an attribution policy. */
    public static final class Builder {

        private RegistrationValidity validity = RegistrationValidity.TWO_MONTHS;
        private EventOwnershipStrategy eventStrategy;

        private Builder() {
        }

        /**
         * Sets how long registrations are valid; default 2 months (ATT-7).
         *
         * @param validity  the validity, not null
         * @return this builder
         */
        public Builder registrationValidity(RegistrationValidity validity) {
            this.validity = Objects.requireNonNull(validity, "validity");
            return this;
        }

        /**
         * Sets the strategy for exhibitions and launch events (ATT-20); without one, event
         * cases are refused.
         *
         * @param strategy  the host's strategy, not null
         * @return this builder
         */
        public Builder eventOwnership(EventOwnershipStrategy strategy) {
            this.eventStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Builds the policy. */
        public AttributionPolicy build() {
            return new AttributionPolicy(validity, eventStrategy);
        }
    }
}
