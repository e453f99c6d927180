package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.AttributionRules.ATT_16;
import static dev.kefu.sales.attribution.AttributionRules.ATT_20;
import static dev.kefu.sales.attribution.AttributionRules.ATT_21;
import static dev.kefu.sales.attribution.AttributionRules.ATT_4;
import static dev.kefu.sales.attribution.AttributionRules.ATT_5;
import static dev.kefu.sales.attribution.AttributionRules.ATT_6;
import static dev.kefu.sales.attribution.AttributionRules.ATT_7;
import static dev.kefu.sales.attribution.AttributionRules.CORE_MONEY_1;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Who owns a customer, who holds a deal's performance, how the bonus splits, who follows up,
 * and whether the reception uses a turn of the rotation (ATT-1 … ATT-21, S1 part 8).
 * <pre>{@code
 * Decision<Attribution> d = AttributionPolicy.regulation().decide(attributionCase);
 * d.outcome().split(Money.yuan(1000));      // {A=800.00, B=200.00}, exact to the fen
 * d.explain(Locale.SIMPLIFIED_CHINESE);     // names the precedence line and its rule
 * }</pre>
 *
 * <h2>The attribution precedence (catalogue, "Definitions and precedence", settled 2026-11-24)</h2>
 * For each visit the first line whose condition holds applies; "B" is an earlier rep, "A" the
 * rep who receives now (for lines 8 and 9, the rep the customer designates). The list is the
 * table {@code PRECEDENCE} below, once, in this order:
 * <ol>
 *   <li>Exhibition or launch event → ATT-20 (the host's {@link EventOwnershipStrategy}); stop.</li>
 *   <li>An earlier rep is on long leave or transferred and their customers were redrawn → ATT-19:
 *       the assignee is read in that rep's place below (a reading, not a decision).</li>
 *   <li>The customer mentions B and complains about B → ATT-11: once the supervisor verifies
 *       it, B is dropped and the list continues; until then the decision is
 *       {@linkplain Standing#PROVISIONAL provisional} (a reading, not a decision).</li>
 *   <li>B's customer comes to another rep for a bigger discount → ATT-13: performance and bonus
 *       all B's (B: the earliest valid registration, ATT-6).</li>
 *   <li>First visit of a referred visitor or of a household member → ATT-17 / ATT-18: the
 *       original receiving rep owns the deal; if the visitor designates another rep A → as line
 *       9 with the original rep as B (A 50% / B 50%).</li>
 *   <li>Any other first visit where the visitor designates X → ATT-4: X's customer, outside the
 *       rotation; if X is absent the helper gets no share unless the host opted in
 *       ({@link FirstVisitHelperShare}).</li>
 *   <li>Any other first visit, no designation → ATT-1 rotation: the turn is used.</li>
 *   <li>Returning customer who designates A after B was identified at the visit and turned down
 *       (mentioning B and designating another rep is turning B down, ATT-9) → ATT-9:
 *       performance A; bonus A 80% / B 20% if B's registration is valid, else A 100%, whether B
 *       is present or not (several such B share the 20% equally).</li>
 *   <li>Returning customer who designates A without turning down an identified earlier rep →
 *       ATT-15: performance A; bonus A 50% and 50% shared equally by the earlier reps with a valid
 *       registration; A 100% if there are none.</li>
 *   <li>Mentions two or more earlier reps, designates none → ATT-12: the first-mentioned present
 *       rep receives (100%), else the second, and so on; if none is present the rotation rep C
 *       receives as helper and the deal is credited as in ATT-10 with B the first-mentioned rep
 *       whose registration is valid (B 80% / C 20%; C 100% if none is valid).</li>
 *   <li>Mentions exactly one earlier rep B, B present → ATT-8: hand back; all to B.</li>
 *   <li>Mentions exactly one earlier rep B, B absent → ATT-10: helper C (no turn used);
 *       performance B; bonus B 80% / C 20%.</li>
 *   <li>Came before but forgot who → ATT-14: the rotation rep A receives; if A finds a valid B
 *       (identified at the visit), bonus A 50% / B 50% and performance to whoever of them closes;
 *       otherwise A 100%.</li>
 *   <li>Says nothing, but A identifies B → B present: ATT-8; B absent: ATT-3 (a same-day deal:
 *       bonus A 50% / B 50%, performance A; a later deal: A's reception was a courtesy and gets
 *       nothing).</li>
 *   <li>No earlier rep identified → ATT-1 rotation; a returning customer uses no turn (ATT-5).</li>
 * </ol>
 * After the list: follow-up goes to the performance holder (ATT-16). A crossed customer's
 * dispute (ATT-21) overrides every line: as agreed or mediated, as the manager decided, and on a
 * quarrel or a refused decision the <b>whole</b> performance and bonus go to the department.
 *
 * <p>An earlier rep is a rep other than A with a registration of the customer valid on the day
 * of the deal (or of the visit without a deal), ATT-7 counted by CORE-CAL-4; a rep whose
 * registration has lapsed counts as no earlier rep in every line. The decision's explanation
 * names the line and its rule first, then the reason.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AttributionPolicy {

    /** The precedence list: each line's condition and action, in the catalogue's order. */
    private static final List<Line> PRECEDENCE = List.of(
            new Line(PrecedenceLine.LINE_1, Run::atEvent, Run::byEvent),
            new Line(PrecedenceLine.LINE_2, Run::redrawn, Run::readAssignees),
            new Line(PrecedenceLine.LINE_3, Run::complaint, Run::dropOrHold),
            new Line(PrecedenceLine.LINE_4, Run::biggerDiscount, Run::allToRegistrant),
            new Line(PrecedenceLine.LINE_5, Run::referralOrHousehold, Run::toOriginalRep),
            new Line(PrecedenceLine.LINE_6, r -> r.firstVisit() && r.designated != null, Run::toDesignatedFirstVisit),
            new Line(PrecedenceLine.LINE_7, Run::firstVisit, Run::byRotation),
            new Line(PrecedenceLine.LINE_8, r -> r.designated != null && !r.turnedDownEarlier().isEmpty(), Run::designatedAfterTurningDown),
            new Line(PrecedenceLine.LINE_9, r -> r.designated != null, Run::designatedOnLaterVisit),
            new Line(PrecedenceLine.LINE_10, r -> r.mentioned.size() >= 2, Run::severalMentioned),
            new Line(PrecedenceLine.LINE_11, r -> r.singleMentionedEarlier().filter(r::present).isPresent(), Run::handBackToMentioned),
            new Line(PrecedenceLine.LINE_12, r -> r.singleMentionedEarlier().isPresent(), Run::helpForAbsentMentioned),
            new Line(PrecedenceLine.LINE_13, r -> r.c.motive(VisitMotive.ForgotWho.class).isPresent(), Run::forgotWho),
            new Line(PrecedenceLine.LINE_14, r -> r.identifiedEarlier().isPresent(), Run::identifiedByA),
            new Line(PrecedenceLine.LINE_15, r -> true, Run::noEarlierRep));

    private final RegistrationValidity validity;
    private final EventOwnershipStrategy eventStrategy;
    private final FirstVisitHelperShare helperShare;

    private AttributionPolicy(RegistrationValidity validity, EventOwnershipStrategy eventStrategy, FirstVisitHelperShare helperShare) {
        this.validity = validity;
        this.eventStrategy = eventStrategy;
        this.helperShare = helperShare;
    }

    /**
     * The regulation's policy: registrations valid 2 months (ATT-7), no helper share for a
     * first-time visitor's absent designated rep (ATT-4), no event strategy (ATT-20 cases are
     * refused until the host configures one with {@link #builder()}).
     */
    public static AttributionPolicy regulation() {
        return new AttributionPolicy(RegistrationValidity.TWO_MONTHS, null, FirstVisitHelperShare.none());
    }

    /** A builder: 2-month registrations; the first-visit helper share must be set (no default). */
    public static Builder builder() {
        return new Builder();
    }

    /** The registration validity in force. */
    public RegistrationValidity validity() {
        return validity;
    }

    /** The first-visit helper share in force (ATT-4). */
    public FirstVisitHelperShare firstVisitHelperShare() {
        return helperShare;
    }

    /**
     * Decides a case.
     *
     * @param attributionCase  the facts, not null
     * @return the decision: the precedence line, owner, performance, bonus split, follow-up,
     *     rotation turn, with the rule IDs and an explanation naming the line
     * @throws dev.kefu.core.validation.PolicyInputException if the case is null, an exhibition
     *     case has no strategy configured, the strategy answers badly, or registrations run beyond
     *     the supported dates
     */
    public Decision<Attribution> decide(AttributionCase attributionCase) {
        Violations v = Violations.create();
        if (v.requireNonNull(attributionCase, "case", ATT_6)
                && attributionCase.motive(VisitMotive.Exhibition.class).isPresent() && eventStrategy == null) {
            v.add("motives", AttributionMessages.BUNDLE, "attribution.noEventStrategy", ATT_20);
        }
        v.throwIfAny();
        Run run = new Run(attributionCase);
        for (Line line : PRECEDENCE) {
            if (line.when.test(run)) {
                Outcome o = line.then.apply(run);
                if (o != null) {
                    return run.finish(line.id, o);
                }
            }
        }
        throw new IllegalStateException("line 15 always applies");
    }

    /** One line of the precedence list: its condition and its action (null: a reading, continue). */
    private record Line(PrecedenceLine id, Predicate<Run> when, Function<Run, Outcome> then) {
    }

    /** An intermediate answer of a line. */
    private record Outcome(Holder owner, Holder performance, List<BonusShare> bonus, RotationTurn turn, Reason reason) {
    }

    /** One decision in progress: the facts as lines 2 and 3 read them. */
    private final class Run {

        final AttributionCase c;
        final EmployeeId a;
        final LocalDate judgeDay;
        final Map<EmployeeId, EmployeeId> assignee = new HashMap<>();
        final List<Reason> reasons = new ArrayList<>();
        final Set<EmployeeId> excluded = new LinkedHashSet<>();
        final Set<EmployeeId> reportedLapsed = new LinkedHashSet<>();
        Standing standing = Standing.FINAL;
        EmployeeId designated;
        List<EmployeeId> mentioned;
        Set<EmployeeId> identifiedAtVisit;
        Set<EmployeeId> turnedDown;
        List<Registration> registrations;

        Run(AttributionCase c) {
            this.c = c;
            this.a = c.receivedBy();
            this.judgeDay = c.deal().map(Deal::date).orElse(c.visitDate());
            for (Reassigned r : c.reassigned()) {
                assignee.put(r.departed(), r.assignee());
            }
            read();
        }

        /**
         * Reads the facts with assignees in departed reps' places and dropped reps left out. (A rep
         * complained about is mentioned, so never designated nor, on a first visit, an original rep.)
         */
        private void read() {
            designated = c.designated().map(this::in).orElse(null);
            mentioned = new ArrayList<>();
            for (EmployeeId e : c.mentioned()) {
                EmployeeId x = in(e);
                if (!excluded.contains(x) && !mentioned.contains(x)) {
                    mentioned.add(x);
                }
            }
            identifiedAtVisit = new LinkedHashSet<>();
            c.identifiedAtVisit().stream().map(this::in).filter(x -> !excluded.contains(x)).forEach(identifiedAtVisit::add);
            turnedDown = new LinkedHashSet<>();
            c.turnedDown().stream().map(this::in).filter(x -> !excluded.contains(x)).forEach(turnedDown::add);
            registrations = new ArrayList<>();
            for (Registration r : c.registrations()) {
                EmployeeId x = in(r.rep());
                if (!excluded.contains(x)) {
                    registrations.add(x.equals(r.rep()) ? r : new Registration(x, r.registeredAt()));
                }
            }
            registrations.sort(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::rep));
        }

        private EmployeeId in(EmployeeId rep) {
            return assignee.getOrDefault(rep, rep);
        }

        boolean firstVisit() {
            return c.visit() == VisitKind.FIRST_VISIT;
        }

        boolean present(EmployeeId rep) {
            return c.present().contains(rep);
        }

        /** Whether the rep holds a registration valid on the judging day (ATT-7, CORE-CAL-4). */
        boolean valid(EmployeeId rep) {
            boolean any = false;
            for (Registration r : registrations) {
                if (r.rep().equals(rep)) {
                    if (validity.isValidOn(r, judgeDay)) {
                        return true;
                    }
                    any = true;
                }
            }
            if (any && reportedLapsed.add(rep)) {
                Registration last = registrations.stream().filter(r -> r.rep().equals(rep)).reduce((x, y) -> y).orElseThrow();
                reasons.add(reason(ATT_7, "attribution.lapsed", rep, last.registeredAt().toLocalDate(), validity.lastValidDay(last)));
            }
            return false;
        }

        /** An earlier rep of the customer other than {@code self}: a valid registration (ATT-7). */
        boolean earlier(EmployeeId rep, EmployeeId self) {
            return !rep.equals(self) && valid(rep);
        }

        /** The earliest valid registration (ATT-6 first-visit principle), if any. */
        Optional<EmployeeId> registrant() {
            for (Registration r : registrations) {
                if (validity.isValidOn(r, judgeDay)) {
                    return Optional.of(r.rep());
                }
            }
            return Optional.empty();
        }

        /** Line 8's B: identified reps other than the designated rep whom the customer mentioned or turned down. */
        List<EmployeeId> turnedDownEarlier() {
            List<EmployeeId> out = new ArrayList<>();
            for (EmployeeId b : identified()) {
                if (!b.equals(designated) && (mentioned.contains(b) || turnedDown.contains(b))) {
                    out.add(b);
                }
            }
            return out;
        }

        /** Reps identified at the visit: mentioned by the customer, or found by the register check or by A. */
        Set<EmployeeId> identified() {
            Set<EmployeeId> out = new LinkedHashSet<>(mentioned);
            out.addAll(identifiedAtVisit);
            return out;
        }

        /** Lines 11 and 12: exactly one mentioned rep, and an earlier rep. */
        Optional<EmployeeId> singleMentionedEarlier() {
            return mentioned.size() == 1 && earlier(mentioned.get(0), a) ? Optional.of(mentioned.get(0)) : Optional.empty();
        }

        /** Lines 13 and 14: the earliest-registered earlier rep identified by the register check or by A. */
        Optional<EmployeeId> identifiedEarlier() {
            for (Registration r : registrations) {
                if (identifiedAtVisit.contains(r.rep()) && earlier(r.rep(), a)) {
                    return Optional.of(r.rep());
                }
            }
            return Optional.empty();
        }

        // ------------------------------------------------------------ line conditions

        boolean atEvent() {
            return c.motive(VisitMotive.Exhibition.class).isPresent();
        }

        boolean redrawn() {
            return !assignee.isEmpty();
        }

        boolean complaint() {
            return c.motive(VisitMotive.ComplaintAbout.class).isPresent();
        }

        boolean biggerDiscount() {
            return c.motive(VisitMotive.BiggerDiscount.class).isPresent() && registrant().filter(b -> !b.equals(a)).isPresent();
        }

        boolean referralOrHousehold() {
            return firstVisit() && originalRep().isPresent();
        }

        Optional<EmployeeId> originalRep() {
            Optional<EmployeeId> o = c.motive(VisitMotive.Referral.class).map(VisitMotive.Referral::originalRep);
            if (o.isEmpty()) {
                o = c.motive(VisitMotive.HouseholdMember.class).map(VisitMotive.HouseholdMember::firstMemberRep);
            }
            return o.map(this::in);
        }

        // ------------------------------------------------------------ line actions

        /** Line 1, ATT-20. */
        Outcome byEvent() {
            String event = c.motive(VisitMotive.Exhibition.class).orElseThrow().event();
            EventOwnership e = eventStrategy.decide(c);
            checkStrategy(e);
            return new Outcome(e.owner(), e.performance(), e.bonus(), RotationTurn.NO_TURN,
                    reason(ATT_20, "attribution.event", event));
        }

        private void checkStrategy(EventOwnership e) {
            Violations v = Violations.create();
            if (v.requireNonNull(e, "eventOwnership", ATT_20)) {
                v.requireNonNull(e.owner(), "eventOwnership.owner", ATT_20);
                v.requireNonNull(e.performance(), "eventOwnership.performance", ATT_20);
                if (c.deal().isPresent() && v.requireNonNull(e.bonus(), "eventOwnership.bonus", ATT_20)) {
                    List<Share> shares = new ArrayList<>();
                    for (int i = 0; i < e.bonus().size(); i++) {
                        if (v.requireNonNull(e.bonus().get(i), "eventOwnership.bonus[" + i + "]", ATT_20)) {
                            shares.add(e.bonus().get(i).share());
                        }
                    }
                    if (v.isEmpty() && !Share.totalOneHundred(shares)) {
                        v.add("eventOwnership.bonus", "money.shares.total", CORE_MONEY_1, Share.totalPercent(shares).toPlainString());
                    }
                }
            }
            v.throwIfAny();
        }

        /** Line 2, ATT-19: a reading. */
        Outcome readAssignees() {
            for (Reassigned r : c.reassigned()) {
                reasons.add(reason(AttributionRules.ATT_19, "precedence.line2", r.departed(), r.assignee()));
            }
            return null;
        }

        /** Line 3, ATT-11: a reading. */
        Outcome dropOrHold() {
            VisitMotive.ComplaintAbout m = c.motive(VisitMotive.ComplaintAbout.class).orElseThrow();
            EmployeeId b = in(m.rep());
            if (m.status() == ComplaintStatus.VERIFIED) {
                excluded.add(b);
                read();
                reasons.add(reason(AttributionRules.ATT_11, "precedence.line3.verified", b));
            } else {
                standing = Standing.PROVISIONAL;
                reasons.add(reason(AttributionRules.ATT_11, "precedence.line3.pending", b));
            }
            return null;
        }

        /** Line 4, ATT-13. */
        Outcome allToRegistrant() {
            EmployeeId b = registrant().orElseThrow();
            return all(b, reason(AttributionRules.ATT_13, "attribution.discount", b, a), RotationTurn.NO_TURN);
        }

        /** Line 5, ATT-17 / ATT-18 (with ATT-15 when the visitor designates another rep). */
        Outcome toOriginalRep() {
            EmployeeId o = originalRep().orElseThrow();
            boolean referral = c.motive(VisitMotive.Referral.class).isPresent();
            RuleId rule = referral ? AttributionRules.ATT_17 : AttributionRules.ATT_18;
            if (designated != null && !designated.equals(o)) {
                return new Outcome(Holder.rep(designated), Holder.rep(designated), List.of(bonus(designated, 50), bonus(o, 50)),
                        RotationTurn.NO_TURN, reason(AttributionRules.ATT_15, referral ? "attribution.referralDesignated"
                                : "attribution.householdDesignated", o, designated));
            }
            return all(o, reason(rule, referral ? "attribution.referral" : "attribution.household", o), RotationTurn.NO_TURN);
        }

        /** Line 6, ATT-4. */
        Outcome toDesignatedFirstVisit() {
            EmployeeId x = designated;
            if (!present(x) && !x.equals(a)) {
                if (!helperShare.share().isZero()) {
                    return new Outcome(Holder.rep(x), Holder.rep(x),
                            List.of(new BonusShare(Holder.rep(x), helperShare.share().complement()), new BonusShare(Holder.rep(a), helperShare.share())),
                            RotationTurn.NO_TURN, reason(ATT_4, "attribution.designatedAbsentShare", x, a, helperShare.share()));
                }
                return all(x, reason(ATT_4, "attribution.designatedAbsent", x, a), RotationTurn.NO_TURN);
            }
            return all(x, reason(ATT_4, "attribution.designatedFirstVisit", x), RotationTurn.NO_TURN);
        }

        /** Line 7, ATT-1. */
        Outcome byRotation() {
            return all(a, reason(AttributionRules.ATT_1, "attribution.rotation", a), RotationTurn.TURN_USED);
        }

        /** Line 8, ATT-9. */
        Outcome designatedAfterTurningDown() {
            List<EmployeeId> bs = turnedDownEarlier();
            List<EmployeeId> validBs = bs.stream().filter(b -> valid(b)).toList();
            if (validBs.isEmpty()) {
                return all(designated, reason(AttributionRules.ATT_9, "attribution.turnedDownLapsed", bs, designated), RotationTurn.NO_TURN);
            }
            long[] weights = new long[validBs.size() + 1];
            weights[0] = 4L * validBs.size();
            for (int i = 1; i < weights.length; i++) {
                weights[i] = 1;
            }
            return new Outcome(Holder.rep(designated), Holder.rep(designated), shares(designated, validBs, weights), RotationTurn.NO_TURN,
                    reason(AttributionRules.ATT_9, "attribution.turnedDown", validBs, designated));
        }

        /** Line 9, ATT-15. */
        Outcome designatedOnLaterVisit() {
            Set<EmployeeId> earlierReps = new LinkedHashSet<>();
            for (Registration r : registrations) {
                if (earlier(r.rep(), designated)) {
                    earlierReps.add(r.rep());
                }
            }
            if (earlierReps.isEmpty()) {
                return all(designated, reason(AttributionRules.ATT_15, "attribution.designatedNoEarlier", designated), RotationTurn.NO_TURN);
            }
            List<EmployeeId> reps = new ArrayList<>(earlierReps);
            long[] weights = new long[reps.size() + 1];
            weights[0] = reps.size();
            for (int i = 1; i < weights.length; i++) {
                weights[i] = 1;
            }
            return new Outcome(Holder.rep(designated), Holder.rep(designated), shares(designated, reps, weights), RotationTurn.NO_TURN,
                    reason(AttributionRules.ATT_15, "attribution.designated", designated, reps));
        }

        /** Line 10, ATT-12. */
        Outcome severalMentioned() {
            for (EmployeeId m : mentioned) {
                if (present(m)) {
                    return all(m, reason(AttributionRules.ATT_12, "attribution.severalMentioned", mentioned, m), RotationTurn.NO_TURN);
                }
            }
            for (EmployeeId m : mentioned) {
                if (earlier(m, a)) {
                    return new Outcome(Holder.rep(m), Holder.rep(m), List.of(bonus(m, 80), bonus(a, 20)), RotationTurn.NO_TURN,
                            reason(AttributionRules.ATT_12, "attribution.severalAbsent", mentioned, a, m));
                }
            }
            return all(a, reason(AttributionRules.ATT_12, "attribution.severalAbsentLapsed", mentioned, a), RotationTurn.NO_TURN);
        }

        /** Line 11, ATT-8. */
        Outcome handBackToMentioned() {
            EmployeeId b = mentioned.get(0);
            return all(b, reason(AttributionRules.ATT_8, "attribution.handBack", b, a), RotationTurn.NO_TURN);
        }

        /** Line 12, ATT-10. */
        Outcome helpForAbsentMentioned() {
            EmployeeId b = mentioned.get(0);
            return new Outcome(Holder.rep(b), Holder.rep(b), List.of(bonus(b, 80), bonus(a, 20)), RotationTurn.NO_TURN,
                    reason(AttributionRules.ATT_10, "attribution.mentionedAbsent", b, a));
        }

        /** Line 13, ATT-14. */
        Outcome forgotWho() {
            Optional<EmployeeId> found = identifiedEarlier();
            if (found.isEmpty()) {
                return all(a, reason(AttributionRules.ATT_14, "attribution.forgotUnrelated", a), RotationTurn.NO_TURN);
            }
            EmployeeId b = found.get();
            EmployeeId closer = a;
            if (c.deal().isPresent()) {
                closer = c.deal().get().closedBy();
                if (!closer.equals(a) && !closer.equals(b)) {
                    Violations.create().add("deal.closedBy", AttributionMessages.BUNDLE, "attribution.forgotCloser",
                            AttributionRules.ATT_14, closer, a, b).throwIfAny();
                }
            }
            return new Outcome(Holder.rep(a), Holder.rep(closer), List.of(bonus(a, 50), bonus(b, 50)), RotationTurn.NO_TURN,
                    reason(AttributionRules.ATT_14, "attribution.forgotFound", a, b));
        }

        /** Line 14, ATT-8 or ATT-3. */
        Outcome identifiedByA() {
            EmployeeId b = identifiedEarlier().orElseThrow();
            if (present(b)) {
                return all(b, reason(AttributionRules.ATT_8, "attribution.handBack", b, a), RotationTurn.NO_TURN);
            }
            boolean sameDay = c.deal().map(d -> d.date().equals(c.visitDate())).orElse(false);
            if (sameDay) {
                return new Outcome(Holder.rep(a), Holder.rep(a), List.of(bonus(a, 50), bonus(b, 50)), RotationTurn.NO_TURN,
                        reason(AttributionRules.ATT_3, "attribution.sameDay", a, b));
            }
            return all(b, reason(AttributionRules.ATT_3, "attribution.courtesy", a, b), RotationTurn.NO_TURN);
        }

        /** Line 15, ATT-1 / ATT-5. */
        Outcome noEarlierRep() {
            return all(a, reason(ATT_5, "attribution.returningNoEarlier", a), RotationTurn.NO_TURN);
        }

        // ------------------------------------------------------------ the decision

        Decision<Attribution> finish(PrecedenceLine line, Outcome lineOutcome) {
            List<Reason> out = new ArrayList<>(reasons);
            out.add(reason(line.rules().get(0), "precedence.line" + line.number()));
            out.add(lineOutcome.reason());
            Outcome o = c.dispute().map(d -> dispute(d, lineOutcome, out)).orElse(lineOutcome);
            boolean deal = c.deal().isPresent();
            Holder followUpHolder = deal ? o.performance() : o.owner();
            Optional<EmployeeId> followUp = followUpHolder instanceof Holder.Rep r ? Optional.of(r.employee()) : Optional.empty();
            List<BonusShare> bonus = deal ? merge(o.bonus()) : List.of();
            if (deal) {
                out.add(o.performance() instanceof Holder.Department ? reason(ATT_7, "attribution.dealDepartment")
                        : reason(ATT_7, "attribution.deal", o.performance(), bonus));
                out.add(reason(CORE_MONEY_1, "attribution.exact"));
            }
            out.add(followUp.isPresent() ? reason(ATT_16, "attribution.followUp", followUp.get())
                    : reason(ATT_16, "attribution.followUpManager"));
            if (o.turn() == RotationTurn.NO_TURN) {
                out.add(reason(firstVisit() ? ATT_4 : ATT_5, "attribution.noTurn", a));
            }
            Attribution attribution = new Attribution(line, standing, o.owner(), deal ? Optional.of(o.performance()) : Optional.empty(),
                    bonus, followUp, o.turn());
            return Decision.of(attribution, out);
        }

        /** ATT-21: overrides every line. */
        private Outcome dispute(Dispute d, Outcome line, List<Reason> out) {
            Outcome o;
            if (d instanceof Dispute.Quarrel) {
                o = toDepartment(line, reason(ATT_21, "attribution.quarrel"));
            } else if (d instanceof Dispute.Agreed g) {
                o = new Outcome(g.performance(), g.performance(), g.bonus(), line.turn(), reason(ATT_21,
                        g.settlement() == Settlement.MEDIATED ? "attribution.mediated" : "attribution.agreed", g.performance(), g.bonus()));
            } else {
                Dispute.ManagerDecision m = (Dispute.ManagerDecision) d;
                if (m.refusedBy().isEmpty()) {
                    o = new Outcome(m.performance(), m.performance(), m.bonus(), line.turn(),
                            reason(ATT_21, "attribution.managerDecided", m.performance(), m.bonus()));
                } else {
                    o = toDepartment(line, reason(ATT_21, "attribution.managerRefused", String.join(", ", m.refusedBy().stream().map(EmployeeId::value).sorted().toList())));
                }
            }
            out.add(o.reason());
            return o;
        }

        private Outcome toDepartment(Outcome line, Reason why) {
            return new Outcome(Holder.DEPARTMENT, Holder.DEPARTMENT, List.of(new BonusShare(Holder.DEPARTMENT, Share.ALL)), line.turn(), why);
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

        private List<BonusShare> shares(EmployeeId first, List<EmployeeId> rest, long[] weights) {
            List<Share> s = Share.proportional(weights);
            List<BonusShare> out = new ArrayList<>();
            out.add(new BonusShare(Holder.rep(first), s.get(0)));
            for (int i = 0; i < rest.size(); i++) {
                out.add(new BonusShare(Holder.rep(rest.get(i)), s.get(i + 1)));
            }
            return out;
        }

        private Outcome all(EmployeeId owner, Reason why, RotationTurn turn) {
            return new Outcome(Holder.rep(owner), Holder.rep(owner), List.of(bonus(owner, 100)), turn, why);
        }

        private BonusShare bonus(EmployeeId rep, long percent) {
            return new BonusShare(Holder.rep(rep), Share.ofPercent(percent));
        }

        private Reason reason(RuleId rule, String key, Object... args) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof java.util.Collection<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList()) : args[i];
            }
            return Reason.of(rule, AttributionMessages.BUNDLE, key, shown);
        }
    }

    /**
     * Builds an attribution policy. Setters never throw; {@link #build()} reports every problem,
     * naming the setting.
     */
    public static final class Builder {

        private final Violations problems = Violations.create();
        private RegistrationValidity validity = RegistrationValidity.TWO_MONTHS;
        private EventOwnershipStrategy eventStrategy;
        private FirstVisitHelperShare helperShare;

        private Builder() {
        }

        /**
         * Sets how long registrations are valid; the regulation's 2 months by default (ATT-7).
         *
         * @param validity  the validity, not null
         * @return this builder
         */
        public Builder registrationValidity(RegistrationValidity validity) {
            if (validity == null) {
                problems.add("registrationValidity", "required", ATT_7);
            }
            this.validity = validity;
            return this;
        }

        /**
         * Sets the method for exhibitions and launch events (ATT-20); without one, exhibition
         * cases are refused.
         *
         * @param strategy  the host's method, not null
         * @return this builder
         */
        public Builder eventOwnership(EventOwnershipStrategy strategy) {
            if (strategy == null) {
                problems.add("eventOwnership", "required", ATT_20);
            }
            this.eventStrategy = strategy;
            return this;
        }

        /**
         * Required, no default (ATT-4): the helper's share when a first-time visitor's designated
         * rep is absent — {@link FirstVisitHelperShare#none()} as the seed reads, or the host's
         * opt-in share.
         *
         * @param share  the setting, not null
         * @return this builder
         */
        public Builder firstVisitHelperShare(FirstVisitHelperShare share) {
            if (share == null) {
                problems.add("firstVisitHelperShare", "required", ATT_4);
            }
            this.helperShare = share;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public AttributionPolicy build() {
            Violations v = Violations.create();
            v.addAll(problems.list());
            if (helperShare == null && problems.list().stream().noneMatch(x -> x.path().equals("firstVisitHelperShare"))) {
                v.add("firstVisitHelperShare", AttributionMessages.BUNDLE, "settings.required", ATT_4);
            }
            v.throwIfAny();
            return new AttributionPolicy(validity, eventStrategy, helperShare);
        }
    }
}
