package dev.kefu.sales.reception;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.sales.attribution.AttributionRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reception rotation (輪流接待), ATT-1 (amended 2026-11-24), with ATT-4 and ATT-5: reps
 * receive new visitors in a fixed order; when the rep whose turn it is is out on company business
 * (因公事外出) or busy receiving a customer (忙于接待客戶), the next in order receives. <b>Only a rep
 * who was out on company business</b> is owed the turns missed, and on return receives as many
 * extra new visitors as the turns they missed (空幾輪,補接幾名) before the normal order goes on. A
 * rep skipped because busy with a customer is owed nothing (they were receiving a customer); a rep
 * absent for another reason is skipped and owed nothing (the seed covers only company business). A first-time visitor who names a rep goes to that rep
 * without using a turn (ATT-4); a returning customer uses no turn, whoever receives them
 * (ATT-5); a rep helping for an absent named rep is not counted either (ATT-10).
 *
 * <p>The rotation is an immutable value: every operation returns the next rotation inside a
 * {@link Decision}, so a host saves {@link #state()} and restores it with {@link #restore}.
 * An operation refused for bad input — an unknown rep, a rep who is away or busy told to
 * receive — throws {@link dev.kefu.core.validation.PolicyInputException}, and the rotation is,
 * by construction, unchanged.
 *
 * <p>Fairness: every time the turn passes a rep who is out on company business, the rep is owed
 * that turn; so with nobody busy or otherwise absent, {@code turns + owedTurns} differ by at most
 * one between reps. Counters that would pass {@link Integer#MAX_VALUE} are refused with a
 * {@link dev.kefu.core.validation.PolicyInputException}, never wrapped.
 *
 * <p>Stored state: {@link #state()} is everything the rotation is; {@link #restore(State)} rebuilds
 * it, refusing a tampered or inconsistent state, and a restored rotation continues exactly as the
 * one never stopped.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReceptionRotation {

    private static final RuleId ATT_1 = AttributionRules.ATT_1;
    private static final RuleId ATT_4 = AttributionRules.ATT_4;
    private static final RuleId ATT_5 = AttributionRules.ATT_5;
    private static final RuleId ATT_10 = AttributionRules.ATT_10;

    private final List<EmployeeId> order;
    private final int next;
    private final Map<EmployeeId, RepState> states;

    private ReceptionRotation(List<EmployeeId> order, int next, Map<EmployeeId, RepState> states) {
        this.order = order;
        this.next = next;
        this.states = states;
    }

    /**
     * The saved form of a rotation.
     *
     * @param order  the reps in rotation order
     * @param next  the index in {@code order} of the rep whose turn is next
     * @param reps  each rep's state
     */
    public record State(List<EmployeeId> order, int next, Map<EmployeeId, RepState> reps) {
    }

    /**
     * A fresh rotation: everybody available, the first rep's turn.
     *
     * @param order  the reps in rotation order, at least one, no repeats
     * @return the rotation
     * @throws dev.kefu.core.validation.PolicyInputException if empty or with repeats
     */
    public static ReceptionRotation of(List<EmployeeId> order) {
        Map<EmployeeId, RepState> states = new LinkedHashMap<>();
        if (order != null) {
            for (EmployeeId e : order) {
                states.put(e, RepState.FRESH);
            }
        }
        return restore(new State(order, 0, states));
    }

    /**
     * Restores a saved rotation.
     *
     * @param state  the saved state, not null
     * @return the rotation
     * @throws dev.kefu.core.validation.PolicyInputException if the state is inconsistent
     */
    public static ReceptionRotation restore(State state) {
        Violations v = Violations.create();
        if (!v.requireNonNull(state, "state", ATT_1) || !v.requireNonNull(state.order(), "order", ATT_1)
                || !v.requireNonNull(state.reps(), "reps", ATT_1)) {
            v.throwIfAny();
        }
        List<EmployeeId> order = state.order();
        if (order.isEmpty()) {
            v.add("order", ReceptionMessages.BUNDLE, "rotation.empty", ATT_1);
        }
        if (order.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(order).size() != order.size()) {
            v.add("order", ReceptionMessages.BUNDLE, "rotation.repeat", ATT_1);
        }
        if (state.next() < 0 || state.next() >= Math.max(1, order.size())) {
            v.add("next", ReceptionMessages.BUNDLE, "rotation.next", ATT_1);
        }
        if (!state.reps().keySet().equals(new HashSet<>(order))) {
            v.add("reps", ReceptionMessages.BUNDLE, "rotation.reps", ATT_1);
        }
        for (Map.Entry<EmployeeId, RepState> e : state.reps().entrySet()) {
            RepState s = e.getValue();
            if (e.getKey() == null) {
                v.add("reps", ReceptionMessages.BUNDLE, "rotation.reps", ATT_1);
                continue;
            }
            if (s == null || s.availability() == null || s.owedTurns() < 0 || s.turns() < 0 || s.outsideRotation() < 0) {
                v.add("reps[" + e.getKey() + "]", ReceptionMessages.BUNDLE, "rotation.repState", ATT_1);
            }
        }
        v.throwIfAny();
        Map<EmployeeId, RepState> states = new LinkedHashMap<>();
        for (EmployeeId e : order) {
            states.put(e, state.reps().get(e));
        }
        return new ReceptionRotation(List.copyOf(order), state.next(), Collections.unmodifiableMap(states));
    }

    /** The saved form of this rotation. */
    public State state() {
        return new State(order, next, states);
    }

    /** A rep's state. */
    public RepState stateOf(EmployeeId rep) {
        requireKnown(rep, "rep");
        return states.get(rep);
    }

    /** The rep whose turn is next in the normal order, whether or not available. */
    public EmployeeId nextInOrder() {
        return order.get(next);
    }

    /**
     * Receives a new visitor who named nobody (ATT-1): a rep with owed turns who is available
     * first (a make-up), otherwise the next available rep in order; every unavailable rep the
     * turn passes is owed a turn.
     *
     * @return the decision; its outcome holds the receiver and the next rotation, or no
     *     receiver and this rotation unchanged when nobody is available
     */
    public Decision<Reception> receiveNewVisitor() {
        int n = order.size();
        for (int k = 0; k < n; k++) {
            EmployeeId rep = order.get((next + k) % n);
            RepState s = states.get(rep);
            if (s.availability() == Availability.AVAILABLE && s.owedTurns() > 0) {
                Map<EmployeeId, RepState> m = copy();
                m.put(rep, new RepState(s.availability(), s.owedTurns() - 1, plusOne(s.turns(), rep), s.outsideRotation()));
                return received(rep, ReceptionKind.MAKE_UP, next, m,
                        Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.makeUp", rep, s.owedTurns() - 1));
            }
        }
        Map<EmployeeId, RepState> m = copy();
        List<EmployeeId> owed = new ArrayList<>();
        List<EmployeeId> skipped = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int index = (next + k) % n;
            EmployeeId rep = order.get(index);
            RepState s = m.get(rep);
            if (s.availability() == Availability.AVAILABLE) {
                m.put(rep, new RepState(s.availability(), s.owedTurns(), plusOne(s.turns(), rep), s.outsideRotation()));
                List<Reason> reasons = new ArrayList<>();
                reasons.add(Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.turn", rep));
                if (!owed.isEmpty()) {
                    reasons.add(Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.owed", owed));
                }
                if (!skipped.isEmpty()) {
                    reasons.add(Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.skipped", skipped));
                }
                ReceptionRotation after = new ReceptionRotation(order, (index + 1) % n, Collections.unmodifiableMap(m));
                return Decision.of(new Reception(Optional.of(rep), Optional.of(ReceptionKind.ROTATION), after), reasons);
            }
            if (s.availability() == Availability.AWAY_ON_BUSINESS) {
                m.put(rep, new RepState(s.availability(), plusOne(s.owedTurns(), rep), s.turns(), s.outsideRotation()));
                owed.add(rep);
            } else {
                skipped.add(rep);
            }
        }
        return Decision.of(new Reception(Optional.empty(), Optional.empty(), this),
                Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.nobody"));
    }

    /**
     * A first-time visitor who named a rep on arrival: that rep receives, outside the rotation
     * (ATT-4). A rep who merely recognises a visitor who names nobody does not jump the
     * rotation: use {@link #receiveNewVisitor()} for that visitor.
     *
     * @param named  the rep the visitor named, available
     * @return the decision with the next rotation
     * @throws dev.kefu.core.validation.PolicyInputException if the rep is unknown or not available
     */
    public Decision<Reception> receiveDesignated(EmployeeId named) {
        return outside(named, ReceptionKind.DESIGNATED, ATT_4, "rotation.designated");
    }

    /**
     * A returning customer: the receiving rep uses no turn (ATT-5).
     *
     * @param receiver  the rep who receives, available
     * @return the decision with the next rotation
     * @throws dev.kefu.core.validation.PolicyInputException if the rep is unknown or not available
     */
    public Decision<Reception> receiveReturning(EmployeeId receiver) {
        return outside(receiver, ReceptionKind.RETURNING, ATT_5, "rotation.returning");
    }

    /**
     * A rep helping a customer whose named rep is absent: not counted in the rotation (ATT-10).
     *
     * @param helper  the rep who helps, available
     * @return the decision with the next rotation
     * @throws dev.kefu.core.validation.PolicyInputException if the rep is unknown or not available
     */
    public Decision<Reception> receiveAssisting(EmployeeId helper) {
        return outside(helper, ReceptionKind.ASSISTING, ATT_10, "rotation.assisting");
    }

    /** The rep is out on company business (因公事外出); the turns they miss are owed and made up on return (ATT-1). */
    public Decision<ReceptionRotation> markAway(EmployeeId rep) {
        return mark(rep, Availability.AWAY_ON_BUSINESS);
    }

    /** The rep is busy receiving a customer (忙于接待客戶); turns pass them and are not owed (ATT-1, amended). */
    public Decision<ReceptionRotation> markBusy(EmployeeId rep) {
        return mark(rep, Availability.BUSY);
    }

    /** The rep is absent for a reason other than company business; turns pass them and are not owed (ATT-1, reading). */
    public Decision<ReceptionRotation> markAbsent(EmployeeId rep) {
        return mark(rep, Availability.ABSENT);
    }

    /** The rep is back and available; owed turns are made up first. */
    public Decision<ReceptionRotation> markBack(EmployeeId rep) {
        return mark(rep, Availability.AVAILABLE);
    }

    private Decision<ReceptionRotation> mark(EmployeeId rep, Availability a) {
        requireKnown(rep, "rep");
        Map<EmployeeId, RepState> m = copy();
        m.put(rep, m.get(rep).with(a));
        return Decision.of(new ReceptionRotation(order, next, Collections.unmodifiableMap(m)),
                Reason.of(ATT_1, ReceptionMessages.BUNDLE, "rotation.mark." + a.name(), rep, m.get(rep).owedTurns()));
    }

    private Decision<Reception> outside(EmployeeId rep, ReceptionKind kind, RuleId rule, String key) {
        requireKnown(rep, "rep");
        RepState s = states.get(rep);
        if (s.availability() != Availability.AVAILABLE) {
            Violations.create().add("rep", ReceptionMessages.BUNDLE, "rotation.unavailable." + s.availability().name(), rule, rep).throwIfAny();
        }
        Map<EmployeeId, RepState> m = copy();
        m.put(rep, new RepState(s.availability(), s.owedTurns(), s.turns(), plusOne(s.outsideRotation(), rep)));
        return received(rep, kind, next, m, Reason.of(rule, ReceptionMessages.BUNDLE, key, rep));
    }

    private Decision<Reception> received(EmployeeId rep, ReceptionKind kind, int nextIndex, Map<EmployeeId, RepState> m, Reason reason) {
        ReceptionRotation after = new ReceptionRotation(order, nextIndex, Collections.unmodifiableMap(m));
        return Decision.of(new Reception(Optional.of(rep), Optional.of(kind), after), reason);
    }

    private static int plusOne(int counter, EmployeeId rep) {
        if (counter == Integer.MAX_VALUE) {
            Violations.create().add("reps[" + rep + "]", ReceptionMessages.BUNDLE, "rotation.counterLimit", ATT_1, rep).throwIfAny();
        }
        return counter + 1;
    }

    private void requireKnown(EmployeeId rep, String path) {
        Violations v = Violations.create();
        if (v.requireNonNull(rep, path, ATT_1) && !states.containsKey(rep)) {
            v.add(path, ReceptionMessages.BUNDLE, "rotation.unknownRep", ATT_1, rep);
        }
        v.throwIfAny();
    }

    private Map<EmployeeId, RepState> copy() {
        return new LinkedHashMap<>(states);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceptionRotation && ((ReceptionRotation) o).state().equals(state());
    }

    @Override
    public int hashCode() {
        return state().hashCode();
    }

    @Override
    public String toString() {
        return "ReceptionRotation[next " + nextInOrder() + ", " + states + "]";
    }
}
