package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register of archive custody (ARC-10, ARC-12): a named custodian (专人负责) receives
 * archives into custody (接收), lends them with a return date, takes them back, and may hand
 * custody to a successor (移交); every move is recorded with who and when; overdue loans are
 * found.
 *
 * <p>The loan period — "a lent archive must be returned within the set time" — is a value the
 * regulation leaves open, so it is never defaulted: configure it with
 * {@link Builder#loanPeriod(Period)} and lend with {@link #lend(CustomerId, EmployeeId, Instant, EmployeeId)},
 * or register each loan's return date as the custodian's decision with
 * {@link #lend(CustomerId, EmployeeId, Instant, LocalDate, EmployeeId)} (with a configured
 * period, that date may not be later than the period allows).
 * <pre>{@code
 * LendingRegister r = LendingRegister.builder().custodian(keeper).loanPeriod(Period.ofDays(7)).build()
 *         .receive(customer, rep, at, keeper)
 *         .lend(customer, borrower, at.plusSeconds(60), keeper);
 * LendingRegister.State stored = r.state();          // keep in the host's database
 * LendingRegister again = LendingRegister.builder().custodian(keeper).loanPeriod(Period.ofDays(7)).restore(stored);
 * }</pre>
 *
 * <p>The register is an immutable value: each operation returns a new register. An illegal
 * move — lending an archive that is out, returning one that is not, receiving one already in
 * custody, a move by someone other than the custodian, a due date before the day of lending, a
 * move dated before the last one — is refused with
 * {@link dev.kefu.core.validation.PolicyInputException}, and the register is unchanged.
 * Restoring replays the stored moves and refuses any stored move that differs from what the
 * register itself would have recorded (a tampered or inconsistent row), never rewriting it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class LendingRegister {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final EmployeeId firstCustodian;
    private final EmployeeId custodian;
    private final ZoneId zone;
    private final Period loanPeriod;
    private final Map<CustomerId, CustodyMove> outstanding;
    private final Set<CustomerId> received;
    private final List<CustodyMove> moves;

    private LendingRegister(EmployeeId firstCustodian, EmployeeId custodian, ZoneId zone, Period loanPeriod,
                            Map<CustomerId, CustodyMove> outstanding, Set<CustomerId> received, List<CustodyMove> moves) {
        this.firstCustodian = firstCustodian;
        this.custodian = custodian;
        this.zone = zone;
        this.loanPeriod = loanPeriod;
        this.outstanding = outstanding;
        this.received = received;
        this.moves = moves;
    }

    /**
     * The stored state of a register (issue 14): the custodian before the first move and every
     * move in order. Settings (loan period, zone) are configuration, not state.
     *
     * @param firstCustodian  the custodian before the first move
     * @param moves  every move, in order
     */
    public record State(EmployeeId firstCustodian, List<CustodyMove> moves) {

        /** @throws dev.kefu.core.validation.PolicyInputException if a field is null */
        public State {
            Violations v = Violations.create();
            v.requireNonNull(firstCustodian, "firstCustodian", ArchiveRules.ARC_10);
            if (v.requireNonNull(moves, "moves", ArchiveRules.ARC_12)) {
                for (int i = 0; i < moves.size(); i++) {
                    v.requireNonNull(moves.get(i), "moves[" + i + "]", ArchiveRules.ARC_12);
                }
            }
            v.throwIfAny();
            moves = List.copyOf(moves);
        }
    }

    /**
     * An empty register kept by a custodian, with no standard loan period: every loan states
     * its return date.
     *
     * @param custodian  the named custodian (ARC-10), not null
     * @return the register
     * @throws dev.kefu.core.validation.PolicyInputException if the custodian is null
     */
    public static LendingRegister keptBy(EmployeeId custodian) {
        return builder().custodian(custodian).buildWithoutLoanPeriod();
    }

    /** A builder; the custodian and the loan period are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds a register without a standard loan period from its recorded moves.
     *
     * @param firstCustodian  the custodian before the first move, not null
     * @param moves  the moves in order, not null
     * @return the register
     * @throws dev.kefu.core.validation.PolicyInputException if a move is null, illegal, or differs
     *     from the move the register would have recorded (tampered or inconsistent)
     */
    public static LendingRegister restore(EmployeeId firstCustodian, List<CustodyMove> moves) {
        Violations v = Violations.create();
        v.requireNonNull(firstCustodian, "firstCustodian", ArchiveRules.ARC_10);
        v.requireNonNull(moves, "moves", ArchiveRules.ARC_12);
        v.throwIfAny();
        return restore(new State(firstCustodian, moves));
    }

    /**
     * Rebuilds a register without a standard loan period from its stored state.
     *
     * @param state  the stored state, not null
     * @return the register
     * @throws dev.kefu.core.validation.PolicyInputException if a move is illegal or tampered
     */
    public static LendingRegister restore(State state) {
        Violations v = Violations.create();
        v.requireNonNull(state, "state", ArchiveRules.ARC_12);
        v.throwIfAny();
        return keptBy(state.firstCustodian()).replay(state.moves());
    }

    private LendingRegister replay(List<CustodyMove> stored) {
        LendingRegister r = this;
        for (int i = 0; i < stored.size(); i++) {
            CustodyMove m = stored.get(i);
            try {
                switch (m.kind()) {
                    case LENT:
                        r = r.lend(m.archive().orElseThrow(), m.counterpart(), m.at(), m.due().orElseThrow(), m.actor());
                        break;
                    case RETURNED:
                        r = r.giveBack(m.archive().orElseThrow(), m.at(), m.actor());
                        break;
                    case RECEIVED:
                        r = r.receive(m.archive().orElseThrow(), m.counterpart(), m.at(), m.actor());
                        break;
                    default:
                        r = r.transferCustody(m.counterpart(), m.at(), m.actor());
                }
            } catch (dev.kefu.core.validation.PolicyInputException e) {
                Violations.create().add("moves[" + i + "]", ArchiveMessages.BUNDLE, "custody.restore.illegal", ArchiveRules.ARC_12,
                        e.getMessage()).throwIfAny();
            }
            if (!r.moves.get(r.moves.size() - 1).equals(m)) {
                Violations.create().add("moves[" + i + "]", ArchiveMessages.BUNDLE, "custody.restore.tampered", ArchiveRules.ARC_12)
                        .throwIfAny();
            }
        }
        return r;
    }

    /** The stored state: the first custodian and every move; restore it with {@link #restore(State)} or {@link Builder#restore(State)}. */
    public State state() {
        return new State(firstCustodian, moves);
    }

    /** The current custodian. */
    public EmployeeId custodian() {
        return custodian;
    }

    /** The standard loan period, if configured. */
    public Optional<Period> loanPeriod() {
        return Optional.ofNullable(loanPeriod);
    }

    /** Every move, in order. */
    public List<CustodyMove> moves() {
        return moves;
    }

    /** Whether an archive is out on loan. */
    public boolean isOut(CustomerId archive) {
        return archive != null && outstanding.containsKey(archive);
    }

    /** Whether an archive was received into custody (接收) through this register. */
    public boolean isReceived(CustomerId archive) {
        return archive != null && received.contains(archive);
    }

    /** The loan of an archive, if it is out. */
    public Optional<CustodyMove> loanOf(CustomerId archive) {
        return archive == null ? Optional.empty() : Optional.ofNullable(outstanding.get(archive));
    }

    /**
     * Registers receiving an archive into custody (接收, ARC-12: receiving an archive is
     * registered), for example from the rep whose data it was built from.
     *
     * @param archive  whose archive, not null, not already received nor out on loan
     * @param from  who handed it over, not null
     * @param at  when, not before the last move
     * @param actor  who registers it: the custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public LendingRegister receive(CustomerId archive, EmployeeId from, Instant at, EmployeeId actor) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_12);
        v.requireNonNull(from, "from", ArchiveRules.ARC_12);
        checkCommon(v, at, actor);
        if (archive != null && (received.contains(archive) || outstanding.containsKey(archive))) {
            v.add("archive", ArchiveMessages.BUNDLE, "custody.alreadyHeld", ArchiveRules.ARC_12, archive);
        }
        v.throwIfAny();
        CustodyMove move = new CustodyMove(CustodyMove.Kind.RECEIVED, Optional.of(archive), actor, from, at, Optional.empty());
        Set<CustomerId> held = new LinkedHashSet<>(received);
        held.add(archive);
        return next(custodian, outstanding, Collections.unmodifiableSet(held), move);
    }

    /**
     * Lends an archive for the configured loan period (ARC-12: a lent archive must be returned
     * within the set time). It is due back by the end of the period's last day in the
     * register's zone; a period in months counts as CORE-CAL-4 does.
     *
     * @param archive  whose archive, not null
     * @param borrower  who borrows it, not null
     * @param at  when, not before the last move
     * @param actor  who registers the loan: the custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem, including a
     *     register built without a loan period
     */
    public LendingRegister lend(CustomerId archive, EmployeeId borrower, Instant at, EmployeeId actor) {
        Violations v = Violations.create();
        if (loanPeriod == null) {
            v.add("loanPeriod", ArchiveMessages.BUNDLE, "setting.required", ArchiveRules.ARC_12, "loanPeriod");
        }
        v.requireNonNull(at, "at", ArchiveRules.ARC_12);
        v.throwIfAny();
        return lend(archive, borrower, at, latestDue(at), actor);
    }

    /**
     * Lends an archive with a return date the custodian sets (ARC-12: lending is registered,
     * with a return date).
     *
     * @param archive  whose archive, not null
     * @param borrower  who borrows it, not null
     * @param at  when, not before the last move
     * @param due  the day it must be back, not before the day of lending, and not after the
     *     configured loan period's last day
     * @param actor  who registers the loan: the custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public LendingRegister lend(CustomerId archive, EmployeeId borrower, Instant at, LocalDate due, EmployeeId actor) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_12);
        v.requireNonNull(borrower, "borrower", ArchiveRules.ARC_12);
        checkCommon(v, at, actor);
        if (v.requireNonNull(due, "due", ArchiveRules.ARC_12) && at != null) {
            if (due.isBefore(Periods.dayOf(at, zone))) {
                v.add("due", ArchiveMessages.BUNDLE, "custody.dueBeforeLoan", ArchiveRules.ARC_12);
            } else if (loanPeriod != null && due.isAfter(latestDue(at))) {
                v.add("due", ArchiveMessages.BUNDLE, "custody.dueAfterPeriod", ArchiveRules.ARC_12, latestDue(at));
            }
        }
        if (archive != null && outstanding.containsKey(archive)) {
            v.add("archive", ArchiveMessages.BUNDLE, "custody.alreadyOut", ArchiveRules.ARC_12, archive);
        }
        v.throwIfAny();
        CustodyMove move = new CustodyMove(CustodyMove.Kind.LENT, Optional.of(archive), actor, borrower, at, Optional.of(due));
        Map<CustomerId, CustodyMove> out = new LinkedHashMap<>(outstanding);
        out.put(archive, move);
        return next(custodian, Collections.unmodifiableMap(out), received, move);
    }

    private LocalDate latestDue(Instant at) {
        LocalDate day = Periods.dayOf(at, zone);
        long months = loanPeriod.toTotalMonths();
        try {
            LocalDate end = months > 0 ? Periods.lastDayOfMonths(day, (int) months) : day;
            return end.plusDays(loanPeriod.getDays());
        } catch (DateTimeException e) {
            Violations.create().add("at", ArchiveMessages.BUNDLE, "inspection.tooLate", ArchiveRules.ARC_12).throwIfAny();
            throw e;
        }
    }

    /**
     * Registers the return of a lent archive.
     *
     * @param archive  whose archive, not null, out on loan
     * @param at  when, not before the last move
     * @param actor  who registers the return: the custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public LendingRegister giveBack(CustomerId archive, Instant at, EmployeeId actor) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_12);
        checkCommon(v, at, actor);
        if (archive != null && !outstanding.containsKey(archive)) {
            v.add("archive", ArchiveMessages.BUNDLE, "custody.notOut", ArchiveRules.ARC_12, archive);
        }
        v.throwIfAny();
        CustodyMove loan = outstanding.get(archive);
        CustodyMove move = new CustodyMove(CustodyMove.Kind.RETURNED, Optional.of(archive), actor, loan.counterpart(), at, Optional.empty());
        Map<CustomerId, CustodyMove> out = new LinkedHashMap<>(outstanding);
        out.remove(archive);
        return next(custodian, Collections.unmodifiableMap(out), received, move);
    }

    /**
     * Hands custody of the archives to another custodian (移交), ARC-10 and ARC-12. Loans stay
     * outstanding and are now the successor's to collect.
     *
     * @param successor  the new custodian, not the current one
     * @param at  when, not before the last move
     * @param actor  who registers the handover: the current custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public LendingRegister transferCustody(EmployeeId successor, Instant at, EmployeeId actor) {
        Violations v = Violations.create();
        if (v.requireNonNull(successor, "successor", ArchiveRules.ARC_10) && successor.equals(custodian)) {
            v.add("successor", ArchiveMessages.BUNDLE, "custody.sameCustodian", ArchiveRules.ARC_10);
        }
        checkCommon(v, at, actor);
        v.throwIfAny();
        CustodyMove move = new CustodyMove(CustodyMove.Kind.CUSTODY_TRANSFERRED, Optional.empty(), actor, successor, at, Optional.empty());
        return next(successor, outstanding, received, move);
    }

    /**
     * The loans not returned by their due date (ARC-12: a lent archive must be returned
     * within the set time). A loan due on a day is overdue from the next day.
     *
     * @param today  the day to check, not null
     * @return the overdue loans, in lending order
     * @throws dev.kefu.core.validation.PolicyInputException if the day is null
     */
    public List<CustodyMove> overdue(LocalDate today) {
        Violations v = Violations.create();
        v.requireNonNull(today, "today", ArchiveRules.ARC_12);
        v.throwIfAny();
        List<CustodyMove> out = new ArrayList<>();
        for (CustodyMove m : outstanding.values()) {
            if (m.due().orElseThrow().isBefore(today)) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private void checkCommon(Violations v, Instant at, EmployeeId actor) {
        if (v.requireNonNull(at, "at", ArchiveRules.ARC_12) && !moves.isEmpty() && at.isBefore(moves.get(moves.size() - 1).at())) {
            v.add("at", ArchiveMessages.BUNDLE, "custody.beforeLastMove", ArchiveRules.ARC_12);
        }
        if (v.requireNonNull(actor, "actor", ArchiveRules.ARC_10) && !actor.equals(custodian)) {
            v.add("actor", ArchiveMessages.BUNDLE, "custody.notCustodian", ArchiveRules.ARC_10, custodian);
        }
    }

    private LendingRegister next(EmployeeId newCustodian, Map<CustomerId, CustodyMove> out, Set<CustomerId> held, CustodyMove move) {
        List<CustodyMove> all = new ArrayList<>(moves.size() + 1);
        all.addAll(moves);
        all.add(move);
        return new LendingRegister(firstCustodian, newCustodian, zone, loanPeriod, out, held, Collections.unmodifiableList(all));
    }

    @Override
    public String toString() {
        return "LendingRegister[custodian " + custodian + ", " + outstanding.size() + " out, " + moves.size() + " moves]";
    }

    /** Builds a register; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private EmployeeId custodian;
        private Period loanPeriod;
        private ZoneId zone = SHANGHAI;
        private boolean zoneMissing;

        private Builder() {
        }

        /**
         * The named custodian (ARC-10), required.
         *
         * @param custodian  not null
         * @return this builder
         */
        public Builder custodian(EmployeeId custodian) {
            this.custodian = custodian;
            return this;
        }

        /**
         * The loan period (ARC-12: the set time; required, the regulation gives no value).
         *
         * @param loanPeriod  positive, not null
         * @return this builder
         */
        public Builder loanPeriod(Period loanPeriod) {
            this.loanPeriod = loanPeriod;
            return this;
        }

        /**
         * The zone in which days of lending and due dates are counted; default {@code Asia/Shanghai}
         * (CORE-CAL-1).
         *
         * @param zone  not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                zoneMissing = true;
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds an empty register.
         *
         * @return the register
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public LendingRegister build() {
            Violations v = check(true);
            v.throwIfAny();
            return new LendingRegister(custodian, custodian, zone, loanPeriod, Map.of(), Set.of(), List.of());
        }

        /**
         * Rebuilds a register with these settings from its stored state.
         *
         * @param state  the stored state, not null; its first custodian is the builder's custodian
         * @return the register
         * @throws dev.kefu.core.validation.PolicyInputException on a bad setting, or a stored move
         *     that is illegal or tampered
         */
        public LendingRegister restore(State state) {
            Violations v = Violations.create();
            v.requireNonNull(state, "state", ArchiveRules.ARC_12);
            v.throwIfAny();
            custodian = state.firstCustodian();
            return build().replay(state.moves());
        }

        LendingRegister buildWithoutLoanPeriod() {
            Violations v = check(false);
            v.throwIfAny();
            return new LendingRegister(custodian, custodian, zone, null, Map.of(), Set.of(), List.of());
        }

        private Violations check(boolean periodRequired) {
            Violations v = Violations.create();
            v.requireNonNull(custodian, "custodian", ArchiveRules.ARC_10);
            if (zoneMissing) {
                v.add("zone", "required", ArchiveRules.ARC_12);
            }
            if (loanPeriod == null) {
                if (periodRequired) {
                    v.add("loanPeriod", ArchiveMessages.BUNDLE, "setting.required", ArchiveRules.ARC_12, "loanPeriod");
                }
            } else if (loanPeriod.isZero() || loanPeriod.isNegative() || loanPeriod.getDays() < 0 || loanPeriod.toTotalMonths() < 0
                    || loanPeriod.toTotalMonths() > Integer.MAX_VALUE) {
                v.add("loanPeriod", ArchiveMessages.BUNDLE, "setting.positivePeriod", ArchiveRules.ARC_12, loanPeriod);
            }
            return v;
        }
    }
}
