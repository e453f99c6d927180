package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.AttributionRules.ATT_1;
import static dev.kefu.sales.attribution.AttributionRules.ATT_11;
import static dev.kefu.sales.attribution.AttributionRules.ATT_19;
import static dev.kefu.sales.attribution.AttributionRules.ATT_20;
import static dev.kefu.sales.attribution.AttributionRules.ATT_21;
import static dev.kefu.sales.attribution.AttributionRules.ATT_3;
import static dev.kefu.sales.attribution.AttributionRules.ATT_6;
import static dev.kefu.sales.attribution.AttributionRules.ATT_7;
import static dev.kefu.sales.attribution.AttributionRules.ATT_9;
import static dev.kefu.sales.attribution.AttributionRules.CORE_MONEY_1;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one visit (and its deal, if any) that attribution decides on, each recorded as
 * the host saw it and never inferred from another (catalogue, "Definitions and precedence":
 * attribution terms):
 * <ul>
 *   <li>{@link #designated()} — the rep the customer <b>designates</b> (指定, 要求A接待): asks that
 *       this rep receive them (ATT-4, ATT-9, ATT-15);</li>
 *   <li>{@link #mentioned()} — the reps the customer <b>mentions</b> (說出) as having received
 *       them before, in the order mentioned (ATT-10, ATT-11, ATT-12);</li>
 *   <li>{@link #identifiedAtVisit()} — earlier reps <b>identified at the visit</b> by the register
 *       check made at reception or by the receiving rep (ATT-3, ATT-14), before A starts to serve;
 *       a rep the customer mentions is identified by definition;</li>
 *   <li>{@link #turnedDown()} — identified reps the customer turned down (不願找, ATT-9);</li>
 *   <li>{@link #present()} — reps on shift and on the floor, even if busy with another customer;</li>
 *   <li>{@link #motives()} — the visit's motives: a bigger discount, an exhibition, a referral,
 *       a household member, a complaint about a mentioned rep, forgetting who received them.</li>
 * </ul>
 * Build with {@link #builder()}; {@link Builder#build()} checks the facts against each other (a
 * rep both absent and receiving, a deal dated before the first visit, a rep outside the team, a
 * first visit with earlier reps, a complaint about a rep not mentioned …) and reports every
 * problem at once as a {@link dev.kefu.core.validation.PolicyInputException}; no setter throws.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AttributionCase {

    private final CustomerId customer;
    private final Set<EmployeeId> team;
    private final Set<EmployeeId> present;
    private final LocalDate visitDate;
    private final VisitKind visit;
    private final EmployeeId receivedBy;
    private final List<PriorVisit> priorVisits;
    private final List<Registration> registrations;
    private final EmployeeId designated;
    private final List<EmployeeId> mentioned;
    private final Set<EmployeeId> identifiedAtVisit;
    private final Set<EmployeeId> turnedDown;
    private final List<VisitMotive> motives;
    private final List<Reassigned> reassigned;
    private final Deal deal;
    private final Dispute dispute;

    private AttributionCase(Builder b) {
        this.customer = b.customer;
        this.team = Collections.unmodifiableSet(new LinkedHashSet<>(b.team));
        this.present = Collections.unmodifiableSet(new LinkedHashSet<>(b.present));
        this.visitDate = b.visitDate;
        this.visit = b.visit;
        this.receivedBy = b.receivedBy;
        this.priorVisits = List.copyOf(b.priorVisits);
        this.registrations = List.copyOf(b.registrations);
        this.designated = b.designated;
        this.mentioned = List.copyOf(b.mentioned);
        this.identifiedAtVisit = Collections.unmodifiableSet(new LinkedHashSet<>(b.identified));
        this.turnedDown = Collections.unmodifiableSet(new LinkedHashSet<>(b.turnedDown));
        this.motives = List.copyOf(b.motives);
        this.reassigned = List.copyOf(b.reassigned);
        this.deal = b.deal;
        this.dispute = b.dispute;
    }

    /** A builder with no facts yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The customer. */
    public CustomerId customer() {
        return customer;
    }

    /** Every rep of the sales team; any rep named elsewhere is one of them (a departed rep of {@link #reassigned()} excepted). */
    public Set<EmployeeId> team() {
        return team;
    }

    /** The reps present: on shift and on the floor, even if busy with another customer. */
    public Set<EmployeeId> present() {
        return present;
    }

    /** The day of this visit. */
    public LocalDate visitDate() {
        return visitDate;
    }

    /** Whether this is the customer's first visit, as recorded at reception. */
    public VisitKind visit() {
        return visit;
    }

    /** A: the rep who receives the customer now (on rotation, as designated, or helping). */
    public EmployeeId receivedBy() {
        return receivedBy;
    }

    /** The customer's earlier visits. */
    public List<PriorVisit> priorVisits() {
        return priorVisits;
    }

    /** Registrations of this customer (建檔), the evidence of ATT-6 and the start of ATT-7's 2 months. */
    public List<Registration> registrations() {
        return registrations;
    }

    /** The rep the customer designates (指定), if any. */
    public Optional<EmployeeId> designated() {
        return Optional.ofNullable(designated);
    }

    /** The earlier reps the customer mentions (說出), in the order mentioned. */
    public List<EmployeeId> mentioned() {
        return mentioned;
    }

    /** Earlier reps identified at the visit by the register check or the receiving rep (not by the customer). */
    public Set<EmployeeId> identifiedAtVisit() {
        return identifiedAtVisit;
    }

    /** Identified reps the customer turned down. */
    public Set<EmployeeId> turnedDown() {
        return turnedDown;
    }

    /** The visit's motives, each at most once. */
    public List<VisitMotive> motives() {
        return motives;
    }

    /** Departed reps whose customers were redrawn, with this customer's assignee (ATT-19). */
    public List<Reassigned> reassigned() {
        return reassigned;
    }

    /** The deal, if one closed. */
    public Optional<Deal> deal() {
        return Optional.ofNullable(deal);
    }

    /** The state of a dispute over this crossed customer (ATT-21), if any. */
    public Optional<Dispute> dispute() {
        return Optional.ofNullable(dispute);
    }

    /** Whether a motive of the given kind was recorded. */
    <M extends VisitMotive> Optional<M> motive(Class<M> kind) {
        for (VisitMotive m : motives) {
            if (kind.isInstance(m)) {
                return Optional.of(kind.cast(m));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "AttributionCase[" + customer + ", " + visitDate + ", " + visit + ", receivedBy " + receivedBy + "]";
    }

    /**
     * Builds an {@link AttributionCase}. Setters never throw: a null or malformed argument is
     * recorded and {@link #build()} reports every problem, naming each fact.
     */
    public static final class Builder {

        private final Violations early = Violations.create();
        private CustomerId customer;
        private final Set<EmployeeId> team = new LinkedHashSet<>();
        private final Set<EmployeeId> present = new LinkedHashSet<>();
        private LocalDate visitDate;
        private VisitKind visit;
        private EmployeeId receivedBy;
        private final List<PriorVisit> priorVisits = new ArrayList<>();
        private final List<Registration> registrations = new ArrayList<>();
        private EmployeeId designated;
        private final List<EmployeeId> mentioned = new ArrayList<>();
        private final Set<EmployeeId> identified = new LinkedHashSet<>();
        private final Set<EmployeeId> turnedDown = new LinkedHashSet<>();
        private final List<VisitMotive> motives = new ArrayList<>();
        private final List<Reassigned> reassigned = new ArrayList<>();
        private Deal deal;
        private Dispute dispute;

        private Builder() {
        }

        /** The customer, required. */
        public Builder customer(CustomerId customer) {
            this.customer = customer;
            return this;
        }

        /** Adds reps to the team (at least one required). */
        public Builder team(EmployeeId... reps) {
            return team(reps == null ? null : Arrays.asList(reps));
        }

        /** Adds reps to the team (at least one required). */
        public Builder team(Collection<EmployeeId> reps) {
            addAll(reps, team, "team", ATT_6);
            return this;
        }

        /** Adds reps present at the visit. */
        public Builder present(EmployeeId... reps) {
            return present(reps == null ? null : Arrays.asList(reps));
        }

        /** Adds reps present at the visit. */
        public Builder present(Collection<EmployeeId> reps) {
            addAll(reps, present, "present", ATT_1);
            return this;
        }

        /** The day of the visit, required. */
        public Builder visitDate(LocalDate day) {
            this.visitDate = day;
            return this;
        }

        /** Whether this is the first visit, required (no default). */
        public Builder visit(VisitKind kind) {
            this.visit = kind;
            return this;
        }

        /** A, the rep who receives the customer now, required. */
        public Builder receivedBy(EmployeeId rep) {
            this.receivedBy = rep;
            return this;
        }

        /** Adds earlier visits. */
        public Builder priorVisits(PriorVisit... visits) {
            return priorVisits(visits == null ? null : Arrays.asList(visits));
        }

        /** Adds earlier visits. */
        public Builder priorVisits(Collection<PriorVisit> visits) {
            addAll(visits, priorVisits, "priorVisits", ATT_6);
            return this;
        }

        /** Adds registrations. */
        public Builder registrations(Registration... regs) {
            return registrations(regs == null ? null : Arrays.asList(regs));
        }

        /** Adds registrations. */
        public Builder registrations(Collection<Registration> regs) {
            addAll(regs, registrations, "registrations", ATT_7);
            return this;
        }

        /** The customer designates this rep (指定). */
        public Builder designates(EmployeeId rep) {
            if (rep == null) {
                early.add("designated", "required", ATT_9);
            }
            this.designated = rep;
            return this;
        }

        /** The customer mentions these earlier reps (說出), appended in order. */
        public Builder mentions(EmployeeId... reps) {
            return mentions(reps == null ? null : Arrays.asList(reps));
        }

        /** The customer mentions these earlier reps (說出), appended in order. */
        public Builder mentions(Collection<EmployeeId> reps) {
            if (reps == null) {
                early.add("mentioned", "required", ATT_6);
                return this;
            }
            int k = mentioned.size();
            for (EmployeeId e : reps) {
                if (e == null) {
                    early.add("mentioned[" + k + "]", "required", ATT_6);
                } else if (mentioned.contains(e)) {
                    early.add("mentioned[" + k + "]", AttributionMessages.BUNDLE, "case.repeat", ATT_6);
                } else {
                    mentioned.add(e);
                }
                k++;
            }
            return this;
        }

        /** Earlier reps identified at the visit by the register check or the receiving rep. */
        public Builder identifiedAtVisit(EmployeeId... reps) {
            addAll(reps == null ? null : Arrays.asList(reps), identified, "identifiedAtVisit", ATT_3);
            return this;
        }

        /** Identified reps the customer turned down. */
        public Builder turnedDown(EmployeeId... reps) {
            addAll(reps == null ? null : Arrays.asList(reps), turnedDown, "turnedDown", ATT_9);
            return this;
        }

        /** Adds a motive of the visit. */
        public Builder motive(VisitMotive motive) {
            if (motive == null) {
                early.add("motives[" + motives.size() + "]", "required", ATT_6);
            } else {
                motives.add(motive);
            }
            return this;
        }

        /** A departed rep's customer redrawn to an assignee (ATT-19). */
        public Builder reassigned(Reassigned r) {
            if (r == null) {
                early.add("reassigned[" + reassigned.size() + "]", "required", ATT_19);
            } else {
                reassigned.add(r);
            }
            return this;
        }

        /** The deal. */
        public Builder deal(Deal deal) {
            if (deal == null) {
                early.add("deal", "required", ATT_7);
            }
            this.deal = deal;
            return this;
        }

        /** The state of a dispute (ATT-21). */
        public Builder dispute(Dispute dispute) {
            if (dispute == null) {
                early.add("dispute", "required", ATT_21);
            }
            this.dispute = dispute;
            return this;
        }

        private <T> void addAll(Collection<T> items, Collection<T> into, String path, RuleId rule) {
            if (items == null) {
                early.add(path, "required", rule);
                return;
            }
            int k = 0;
            for (T t : items) {
                if (t == null) {
                    early.add(path + "[" + k + "]", "required", rule);
                } else {
                    into.add(t);
                }
                k++;
            }
        }

        /**
         * Builds the case.
         *
         * @return the case
         * @throws dev.kefu.core.validation.PolicyInputException listing every missing,
         *     malformed or contradictory fact
         */
        public AttributionCase build() {
            Violations v = Violations.create();
            v.addAll(early.list());
            boolean complete = v.requireNonNull(customer, "customer", ATT_6);
            if (team.isEmpty()) {
                v.add("team", AttributionMessages.BUNDLE, "case.teamEmpty", ATT_6);
                complete = false;
            }
            complete &= v.requireNonNull(visitDate, "visitDate", ATT_6);
            complete &= v.requireNonNull(visit, "visit", ATT_3);
            complete &= v.requireNonNull(receivedBy, "receivedBy", ATT_1);
            if (!complete) {
                v.throwIfAny();
            }
            Set<EmployeeId> departed = new HashSet<>();
            for (int k = 0; k < reassigned.size(); k++) {
                Reassigned r = reassigned.get(k);
                String p = "reassigned[" + k + "]";
                if (r.departed() == null || r.assignee() == null) {
                    v.add(p, "required", ATT_19);
                    continue;
                }
                if (!departed.add(r.departed())) {
                    v.add(p + ".departed", AttributionMessages.BUNDLE, "case.repeat", ATT_19);
                }
                if (r.departed().equals(r.assignee())) {
                    v.add(p + ".assignee", AttributionMessages.BUNDLE, "case.assigneeIsDeparted", ATT_19);
                }
                known(r.assignee(), p + ".assignee", Set.of(), v);
            }
            int i = 0;
            for (EmployeeId p : present) {
                known(p, "present[" + i + "]", Set.of(), v);
                if (departed.contains(p)) {
                    v.add("present[" + i + "]", AttributionMessages.BUNDLE, "case.departedPresent", ATT_19, p);
                }
                i++;
            }
            known(receivedBy, "receivedBy", Set.of(), v);
            if (!present.contains(receivedBy)) {
                v.add("receivedBy", AttributionMessages.BUNDLE, "case.absentReceiver", ATT_1, receivedBy);
            }
            LocalDate first = visitDate;
            for (int k = 0; k < priorVisits.size(); k++) {
                PriorVisit pv = priorVisits.get(k);
                known(pv.receivedBy(), "priorVisits[" + k + "].receivedBy", departed, v);
                if (pv.date().isAfter(visitDate)) {
                    v.add("priorVisits[" + k + "].date", AttributionMessages.BUNDLE, "case.afterVisit", ATT_6);
                }
                if (pv.date().isBefore(first)) {
                    first = pv.date();
                }
            }
            for (int k = 0; k < registrations.size(); k++) {
                Registration r = registrations.get(k);
                known(r.rep(), "registrations[" + k + "].rep", departed, v);
                if (r.registeredAt().toLocalDate().isAfter(visitDate)) {
                    v.add("registrations[" + k + "].registeredAt", AttributionMessages.BUNDLE, "case.afterVisit", ATT_6);
                }
            }
            if (designated != null) {
                known(designated, "designated", departed, v);
                if (turnedDown.contains(designated)) {
                    v.add("designated", AttributionMessages.BUNDLE, "case.designatedTurnedDown", ATT_9, designated);
                }
            }
            for (int k = 0; k < mentioned.size(); k++) {
                known(mentioned.get(k), "mentioned[" + k + "]", departed, v);
            }
            i = 0;
            for (EmployeeId e : identified) {
                known(e, "identifiedAtVisit[" + i++ + "]", departed, v);
            }
            i = 0;
            for (EmployeeId e : turnedDown) {
                known(e, "turnedDown[" + i + "]", departed, v);
                if (!mentioned.contains(e) && !identified.contains(e)) {
                    v.add("turnedDown[" + i + "]", AttributionMessages.BUNDLE, "case.turnedDownUnidentified", ATT_9, e);
                }
                i++;
            }
            checkMotives(departed, v);
            if (visit == VisitKind.FIRST_VISIT) {
                checkFirstVisit(v);
            }
            final LocalDate firstVisit = first;
            if (deal != null) {
                known(deal.closedBy(), "deal.closedBy", Set.of(), v);
                if (deal.date().isBefore(firstVisit)) {
                    v.add("deal.date", AttributionMessages.BUNDLE, "case.dealBeforeVisit", ATT_7, deal.date(), firstVisit);
                }
            }
            if (dispute != null) {
                checkDispute(v);
            }
            v.throwIfAny();
            return new AttributionCase(this);
        }

        private void checkMotives(Set<EmployeeId> departed, Violations v) {
            Set<Class<?>> kinds = new HashSet<>();
            for (int k = 0; k < motives.size(); k++) {
                VisitMotive m = motives.get(k);
                String p = "motives[" + k + "]";
                if (!kinds.add(m.getClass())) {
                    v.add(p, AttributionMessages.BUNDLE, "case.repeat", ATT_6);
                }
                if (m instanceof VisitMotive.Exhibition x) {
                    if (x.event() == null || x.event().isBlank()) {
                        v.add(p + ".event", "id.blank", ATT_20);
                    }
                } else if (m instanceof VisitMotive.Referral x) {
                    if (v.requireNonNull(x.originalRep(), p + ".originalRep", AttributionRules.ATT_17)) {
                        known(x.originalRep(), p + ".originalRep", departed, v);
                    }
                } else if (m instanceof VisitMotive.HouseholdMember x) {
                    if (v.requireNonNull(x.firstMemberRep(), p + ".firstMemberRep", AttributionRules.ATT_18)) {
                        known(x.firstMemberRep(), p + ".firstMemberRep", departed, v);
                    }
                } else if (m instanceof VisitMotive.ComplaintAbout x) {
                    v.requireNonNull(x.status(), p + ".status", ATT_11);
                    if (v.requireNonNull(x.rep(), p + ".rep", ATT_11)) {
                        known(x.rep(), p + ".rep", departed, v);
                        if (!mentioned.contains(x.rep())) {
                            v.add(p + ".rep", AttributionMessages.BUNDLE, "case.complaintNotMentioned", ATT_11, x.rep());
                        }
                        if (x.rep().equals(designated)) {
                            v.add(p + ".rep", AttributionMessages.BUNDLE, "case.complaintDesignated", ATT_11, x.rep());
                        }
                    }
                } else if (m instanceof VisitMotive.ForgotWho && !mentioned.isEmpty()) {
                    v.add(p, AttributionMessages.BUNDLE, "case.forgotButMentions", AttributionRules.ATT_14);
                }
            }
        }

        private void checkFirstVisit(Violations v) {
            if (!priorVisits.isEmpty()) {
                v.add("priorVisits", AttributionMessages.BUNDLE, "case.firstVisitEarlier", ATT_3);
            }
            if (!mentioned.isEmpty()) {
                v.add("mentioned", AttributionMessages.BUNDLE, "case.firstVisitEarlier", ATT_3);
            }
            if (!identified.isEmpty()) {
                v.add("identifiedAtVisit", AttributionMessages.BUNDLE, "case.firstVisitEarlier", ATT_3);
            }
            for (int k = 0; k < registrations.size(); k++) {
                if (registrations.get(k).registeredAt().toLocalDate().isBefore(visitDate)) {
                    v.add("registrations[" + k + "]", AttributionMessages.BUNDLE, "case.firstVisitEarlier", ATT_3);
                }
            }
            for (int k = 0; k < motives.size(); k++) {
                if (motives.get(k) instanceof VisitMotive.ForgotWho) {
                    v.add("motives[" + k + "]", AttributionMessages.BUNDLE, "case.firstVisitEarlier", ATT_3);
                }
            }
        }

        private void checkDispute(Violations v) {
            if (dispute instanceof Dispute.Agreed g) {
                v.requireNonNull(g.settlement(), "dispute.settlement", ATT_21);
                holders(g.performance(), g.bonus(), v);
            } else if (dispute instanceof Dispute.ManagerDecision m) {
                holders(m.performance(), m.bonus(), v);
                if (m.refusedBy() == null) {
                    v.add("dispute.refusedBy", "required", ATT_21);
                } else {
                    int k = 0;
                    for (EmployeeId e : m.refusedBy()) {
                        if (e == null) {
                            v.add("dispute.refusedBy[" + k + "]", "required", ATT_21);
                        } else {
                            known(e, "dispute.refusedBy[" + k + "]", Set.of(), v);
                        }
                        k++;
                    }
                }
            }
        }

        private void holders(Holder performance, List<BonusShare> bonus, Violations v) {
            if (performance == null) {
                v.add("dispute.performance", "required", ATT_21);
            } else if (performance instanceof Holder.Rep r) {
                known(r.employee(), "dispute.performance", Set.of(), v);
            }
            if (bonus == null || bonus.isEmpty()) {
                v.add("dispute.bonus", "money.shares.empty", CORE_MONEY_1);
                return;
            }
            List<Share> shares = new ArrayList<>();
            for (int k = 0; k < bonus.size(); k++) {
                BonusShare s = bonus.get(k);
                if (s == null) {
                    v.add("dispute.bonus[" + k + "]", "required", CORE_MONEY_1);
                    return;
                }
                if (s.holder() instanceof Holder.Rep r) {
                    known(r.employee(), "dispute.bonus[" + k + "]", Set.of(), v);
                }
                shares.add(s.share());
            }
            if (!Share.totalOneHundred(shares)) {
                v.add("dispute.bonus", "money.shares.total", CORE_MONEY_1, Share.totalPercent(shares).toPlainString());
            }
        }

        private void known(EmployeeId rep, String path, Set<EmployeeId> alsoAllowed, Violations v) {
            if (rep != null && !team.contains(rep) && !alsoAllowed.contains(rep)) {
                v.add(path, AttributionMessages.BUNDLE, "case.unknownRep", ATT_6, rep);
            }
        }
    }
}
