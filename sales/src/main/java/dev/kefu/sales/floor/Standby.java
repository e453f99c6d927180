package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EST-1, standby (准备接待): while the rep at the head of the rotation (ATT-1) receives a
 * customer, the next rep in order sits behind the reception desk, ready to receive.
 *
 * <p>The host passes the rotation's order <em>from the rep whose turn is next</em> (owed
 * make-up turns first, as the ATT-1 rotation calls them) and where each rep is; the rep on
 * standby is the first rep in that order who is free. {@link #audit} checks observations of
 * the desk against that answer. With the ATT-1 rotation of {@code dev.kefu.sales.reception}, the
 * rep on standby is also the rep its next {@code receiveNewVisitor()} would pick (without
 * committing that reception): the rotation can say at any moment who is on standby.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Standby {

    private Standby() {
    }

    /**
     * The answer to "who is on standby now?" (EST-1).
     *
     * @param rep  the rep who should sit at the desk, empty when nobody is free
     */
    public record Answer(Optional<EmployeeId> rep) {
        /** @param rep  not null */
        public Answer {
            java.util.Objects.requireNonNull(rep, "rep");
        }
    }

    /**
     * Who is on standby (EST-1): the first free rep in the rotation order.
     *
     * @param order  the reps in the order the rotation calls them next, at least one, no repeats
     * @param presence  where each rep of the order is, one entry per rep
     * @return the decision; with nobody free, an empty answer explained as a gap
     * @throws dev.kefu.core.validation.PolicyInputException on a malformed order or presence map
     */
    public static Decision<Answer> whoIsOnStandby(List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence) {
        check(order, presence, "");
        return answer(order, presence);
    }

    private static Decision<Answer> answer(List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence) {
        for (EmployeeId rep : order) {
            if (presence.get(rep) == FloorPresence.FREE) {
                return Decision.of(new Answer(Optional.of(rep)),
                        Reason.of(SalesFloorRules.EST_1, FloorTexts.BUNDLE, "standby.rep", rep));
            }
        }
        return Decision.of(new Answer(Optional.empty()), Reason.of(SalesFloorRules.EST_1, FloorTexts.BUNDLE, "standby.nobody"));
    }

    /**
     * One observation of the reception desk (EST-1): when, the rotation order from the rep whose
     * turn was next, where each rep was, and who sat at the desk ready to receive.
     *
     * <p>Implementation Requirements: immutable and thread-safe when its collections are.
     */
    public static final class Observation {
        private final Instant at;
        private final List<EmployeeId> order;
        private final Map<EmployeeId, FloorPresence> presence;
        private final EmployeeId atDesk;

        private Observation(Instant at, List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence, EmployeeId atDesk) {
            this.at = at;
            this.order = order;
            this.presence = presence;
            this.atDesk = atDesk;
        }

        /**
         * Nobody sat at the desk.
         *
         * @param at  when, not null
         * @param order  the rotation order from the rep whose turn was next, not null
         * @param presence  where each rep was, not null
         * @return the observation; checked by {@link Standby#audit}
         */
        public static Observation deskEmpty(Instant at, List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence) {
            return new Observation(at, order, presence, null);
        }

        /**
         * A rep sat at the desk ready to receive.
         *
         * @param at  when, not null
         * @param order  the rotation order from the rep whose turn was next, not null
         * @param presence  where each rep was, not null
         * @param rep  the rep at the desk, not null
         * @return the observation; checked by {@link Standby#audit}
         * @throws dev.kefu.core.validation.PolicyInputException if the rep is null
         */
        public static Observation seated(Instant at, List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence, EmployeeId rep) {
            Violations v = Violations.create();
            v.requireNonNull(rep, "atDesk", SalesFloorRules.EST_1);
            v.throwIfAny();
            return new Observation(at, order, presence, rep);
        }

        /** When. */
        public Instant at() {
            return at;
        }

        /** The rotation order from the rep whose turn was next. */
        public List<EmployeeId> order() {
            return order;
        }

        /** Where each rep was. */
        public Map<EmployeeId, FloorPresence> presence() {
            return presence;
        }

        /** Who sat at the desk; empty when nobody did. */
        public Optional<EmployeeId> atDesk() {
            return Optional.ofNullable(atDesk);
        }

        @Override
        public String toString() {
            return "Observation[" + at + ", at desk " + (atDesk == null ? "nobody" : atDesk) + "]";
        }
    }

    /**
     * Checks observations of the desk (EST-1): a gap wherever a free rep was available but the
     * desk was empty or held a rep other than the one whose turn was next.
     *
     * @param observations  the observations, not null
     * @param zone  the zone in which times are shown, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException on a malformed observation
     */
    public static Decision<GapReport> audit(List<Observation> observations, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(zone, "zone", SalesFloorRules.EST_1);
        if (FloorTexts.requireElements(v, observations, "observations", SalesFloorRules.EST_1)) {
            for (int i = 0; i < observations.size(); i++) {
                Observation o = observations.get(i);
                if (o == null) {
                    continue;
                }
                String path = "observations[" + i + "]";
                v.requireNonNull(o.at(), path + ".at", SalesFloorRules.EST_1);
                v.addAll(violations(o.order(), o.presence(), path + "."));
            }
        }
        v.throwIfAny();
        List<FloorGap> gaps = new ArrayList<>();
        for (Observation o : observations) {
            Optional<EmployeeId> expected = answer(o.order(), o.presence()).outcome().rep();
            if (expected.isPresent() && !expected.equals(o.atDesk())) {
                String when = FloorTexts.time(o.at(), zone);
                if (o.atDesk().isEmpty()) {
                    gaps.add(new FloorGap(GapKind.STANDBY_NOT_KEPT, o.at().atZone(zone).toLocalDate(), expected.get(),
                            "gap.standby.empty", when, expected.get()));
                } else {
                    gaps.add(new FloorGap(GapKind.STANDBY_NOT_KEPT, o.at().atZone(zone).toLocalDate(), expected.get(),
                            "gap.standby.wrong", when, o.atDesk().get(), expected.get()));
                }
            }
        }
        return GapReport.decide(gaps, SalesFloorRules.EST_1);
    }

    private static void check(List<EmployeeId> order, Map<EmployeeId, FloorPresence> presence, String prefix) {
        Violations.create().addAll(violations(order, presence, prefix)).throwIfAny();
    }

    private static List<dev.kefu.core.validation.Violation> violations(List<EmployeeId> order,
            Map<EmployeeId, FloorPresence> presence, String prefix) {
        Violations v = Violations.create();
        boolean orderOk = FloorTexts.requireElements(v, order, prefix + "order", SalesFloorRules.EST_1)
                && order.stream().noneMatch(java.util.Objects::isNull);
        boolean presenceOk = v.requireNonNull(presence, prefix + "presence", SalesFloorRules.EST_1);
        if (orderOk) {
            if (order.isEmpty()) {
                FloorTexts.add(v, prefix + "order", "standby.order.empty", SalesFloorRules.EST_1);
            }
            if (new HashSet<>(order).size() != order.size()) {
                FloorTexts.add(v, prefix + "order", "standby.order.repeat", SalesFloorRules.EST_1);
            }
        }
        if (orderOk && presenceOk) {
            for (EmployeeId rep : order) {
                if (presence.get(rep) == null) {
                    FloorTexts.add(v, prefix + "presence[" + rep + "]", "standby.presence.missing", SalesFloorRules.EST_1);
                }
            }
        }
        return v.list();
    }
}
