package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * EST-10, the sales-control check (核对销控) before a deposit: the central sales-control board
 * (总销控). A rep checks sales control first, and only a unit confirmed unsold may be reserved;
 * the board is central, so a reservation is seen as reserved by everyone at once. A deposit on
 * a unit the board does not show as available is refused, so one unit is never sold twice.
 *
 * <p>The board is an immutable value: every operation returns the next board inside its
 * decision; a refusal returns this board unchanged. The host saves {@link #state()} and
 * restores it with {@link #restore(State)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SalesControlBoard {

    private final Map<String, Entry> units;

    private SalesControlBoard(Map<String, Entry> units) {
        this.units = units;
    }

    /**
     * One unit on the board: its status and, when reserved or sold, the rep who holds it.
     *
     * <p>Implementation Requirements: immutable and thread-safe.
     */
    public static final class Entry {
        private static final Entry AVAILABLE = new Entry(UnitStatus.AVAILABLE, null);

        private final UnitStatus status;
        private final EmployeeId heldBy;

        private Entry(UnitStatus status, EmployeeId heldBy) {
            this.status = status;
            this.heldBy = heldBy;
        }

        /** An available unit. */
        public static Entry available() {
            return AVAILABLE;
        }

        /**
         * A unit reserved by a rep.
         *
         * @param rep  the rep, not null
         * @return the entry
         * @throws dev.kefu.core.validation.PolicyInputException if the rep is null
         */
        public static Entry reserved(EmployeeId rep) {
            return held(UnitStatus.RESERVED, rep);
        }

        /**
         * A unit sold by a rep.
         *
         * @param rep  the rep, not null
         * @return the entry
         * @throws dev.kefu.core.validation.PolicyInputException if the rep is null
         */
        public static Entry sold(EmployeeId rep) {
            return held(UnitStatus.SOLD, rep);
        }

        private static Entry held(UnitStatus status, EmployeeId rep) {
            Violations v = Violations.create();
            v.requireNonNull(rep, "rep", SalesFloorRules.EST_10);
            v.throwIfAny();
            return new Entry(status, rep);
        }

        /** The status. */
        public UnitStatus status() {
            return status;
        }

        /** The rep who reserved or sold the unit; empty when available. */
        public Optional<EmployeeId> heldBy() {
            return Optional.ofNullable(heldBy);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry && ((Entry) o).status == status && Objects.equals(((Entry) o).heldBy, heldBy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, heldBy);
        }

        @Override
        public String toString() {
            return heldBy == null ? status.toString() : status + " by " + heldBy;
        }
    }

    /**
     * The saved form of a board.
     *
     * @param units  each unit code's entry, in board order
     */
    public record State(Map<String, Entry> units) {
    }

    /**
     * The result of an operation.
     *
     * @param verdict  the answer
     * @param unit  the unit code
     * @param before  the unit's status before the operation
     * @param board  the board after the operation (unchanged when refused)
     */
    public record Result(ControlVerdict verdict, String unit, UnitStatus before, SalesControlBoard board) {
    }

    /**
     * A board with every unit available.
     *
     * @param unitCodes  the unit codes, not blank, no repeats
     * @return the board
     * @throws dev.kefu.core.validation.PolicyInputException on a null, blank or repeated code
     */
    public static SalesControlBoard of(Collection<String> unitCodes) {
        Violations v = Violations.create();
        if (FloorTexts.requireElements(v, unitCodes, "unitCodes", SalesFloorRules.EST_10)) {
            Map<String, Entry> m = new LinkedHashMap<>();
            for (String code : unitCodes) {
                if (code == null) {
                    continue;
                }
                if (code.isBlank()) {
                    FloorTexts.add(v, "unitCodes", "control.blank", SalesFloorRules.EST_10);
                } else if (m.put(code, Entry.available()) != null) {
                    FloorTexts.add(v, "unitCodes", "control.repeat", SalesFloorRules.EST_10, code);
                }
            }
            v.throwIfAny();
            return new SalesControlBoard(Collections.unmodifiableMap(m));
        }
        v.throwIfAny();
        throw new AssertionError("unreachable");
    }

    /**
     * Restores a saved board.
     *
     * @param state  the saved state, not null
     * @return the board
     * @throws dev.kefu.core.validation.PolicyInputException if the state is inconsistent
     */
    public static SalesControlBoard restore(State state) {
        Violations v = Violations.create();
        if (v.requireNonNull(state, "state", SalesFloorRules.EST_10) && v.requireNonNull(state.units(), "units", SalesFloorRules.EST_10)) {
            for (Map.Entry<String, Entry> e : state.units().entrySet()) {
                Entry en = e.getValue();
                String path = "units[" + e.getKey() + "]";
                if (e.getKey() == null || e.getKey().isBlank()) {
                    FloorTexts.add(v, "units", "control.blank", SalesFloorRules.EST_10);
                } else if (en == null) {
                    FloorTexts.add(v, path, "control.entry", SalesFloorRules.EST_10);
                }
            }
        }
        v.throwIfAny();
        return new SalesControlBoard(Collections.unmodifiableMap(new LinkedHashMap<>(state.units())));
    }

    /** The saved form of this board. */
    public State state() {
        return new State(units);
    }

    /**
     * Checks sales control for a unit (EST-10: the check made before taking a deposit).
     *
     * @param unit  a unit on the board
     * @return the decision: the unit's status
     * @throws dev.kefu.core.validation.PolicyInputException if the unit is not on the board
     */
    public Decision<UnitStatus> check(String unit) {
        Entry e = entry(unit);
        return Decision.of(e.status(), Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.status." + key(e.status()), unit));
    }

    /**
     * Reserves a unit for a deposit (EST-10): only an available unit; the board shows it
     * reserved at once.
     *
     * @param unit  a unit on the board
     * @param rep  the rep taking the deposit, not null
     * @return the decision: reserved with the next board, or refused with this board
     * @throws dev.kefu.core.validation.PolicyInputException if the unit is not on the board or the rep is null
     */
    public Decision<Result> reserve(String unit, EmployeeId rep) {
        Violations v = Violations.create();
        v.requireNonNull(rep, "rep", SalesFloorRules.EST_10);
        v.throwIfAny();
        Entry e = entry(unit);
        if (e.status() != UnitStatus.AVAILABLE) {
            return Decision.of(new Result(ControlVerdict.REFUSED_NOT_AVAILABLE, unit, e.status(), this),
                    Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.refused." + key(e.status()), unit));
        }
        return Decision.of(new Result(ControlVerdict.RESERVED, unit, e.status(), with(unit, Entry.reserved(rep))),
                Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.reserved", unit, rep));
    }

    /**
     * Marks a reserved unit sold.
     *
     * @param unit  a unit on the board
     * @return the decision: sold with the next board, or refused when the unit is not reserved
     * @throws dev.kefu.core.validation.PolicyInputException if the unit is not on the board
     */
    public Decision<Result> markSold(String unit) {
        Entry e = entry(unit);
        if (e.status() != UnitStatus.RESERVED) {
            return Decision.of(new Result(ControlVerdict.REFUSED_NOT_RESERVED, unit, e.status(), this),
                    Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.notReserved", unit));
        }
        return Decision.of(new Result(ControlVerdict.SOLD, unit, e.status(), with(unit, Entry.sold(e.heldBy().orElseThrow()))),
                Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.sold", unit));
    }

    /**
     * Releases a reservation (a deposit refunded or forfeited): the unit is available again.
     *
     * @param unit  a unit on the board
     * @return the decision: released with the next board, or refused when the unit is not reserved
     * @throws dev.kefu.core.validation.PolicyInputException if the unit is not on the board
     */
    public Decision<Result> release(String unit) {
        Entry e = entry(unit);
        if (e.status() != UnitStatus.RESERVED) {
            return Decision.of(new Result(ControlVerdict.REFUSED_NOT_RESERVED, unit, e.status(), this),
                    Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.notReserved", unit));
        }
        return Decision.of(new Result(ControlVerdict.RELEASED, unit, e.status(), with(unit, Entry.available())),
                Reason.of(SalesFloorRules.EST_10, FloorTexts.BUNDLE, "control.released", unit));
    }

    /** The number of units with a status. */
    public long count(UnitStatus status) {
        return units.values().stream().filter(e -> e.status() == status).count();
    }

    private static String key(UnitStatus s) {
        switch (s) {
            case AVAILABLE:
                return "available";
            case RESERVED:
                return "reserved";
            default:
                return "sold";
        }
    }

    private Entry entry(String unit) {
        if (unit == null || !units.containsKey(unit)) {
            Violations.create().add("unit", FloorTexts.BUNDLE, "control.unknown", SalesFloorRules.EST_10).throwIfAny();
        }
        return units.get(unit);
    }

    private SalesControlBoard with(String unit, Entry e) {
        Map<String, Entry> m = new LinkedHashMap<>(units);
        m.put(unit, e);
        return new SalesControlBoard(Collections.unmodifiableMap(m));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesControlBoard && ((SalesControlBoard) o).units.equals(units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units);
    }

    @Override
    public String toString() {
        return "SalesControlBoard[" + units.size() + " units, " + count(UnitStatus.RESERVED) + " reserved, " + count(UnitStatus.SOLD) + " sold]";
    }
}
