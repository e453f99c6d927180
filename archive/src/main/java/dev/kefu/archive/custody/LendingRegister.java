package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of archive loans and custody (ARC-10, ARC-12): a named custodian (专人负责)
 * lends archives with a due date, takes them back, and may hand custody to a successor;
 * every move is recorded with who and when; overdue loans are found.
 *
 * <p>The register is an immutable value: each operation returns a new register, so a host
 * can persist any state and restore it ({@link #restore}). An illegal move — lending an
 * archive that is out, returning one that is not, a move by someone other than the
 * custodian, a due date before the day of lending, a move dated before the last one — is
 * refused with {@link dev.kefu.core.validation.PolicyInputException}, and the register is, by
 * construction, unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class LendingRegister {

    static final RuleId ARC_10 = RuleId.of("ARC-10");
    static final RuleId ARC_12 = RuleId.of("ARC-12");

    private final EmployeeId custodian;
    private final ZoneId zone;
    private final Map<CustomerId, CustodyMove> outstanding;
    private final List<CustodyMove> moves;

    private LendingRegister(EmployeeId custodian, ZoneId zone, Map<CustomerId, CustodyMove> outstanding, List<CustodyMove> moves) {
        this.custodian = custodian;
        this.zone = zone;
        this.outstanding = outstanding;
        this.moves = moves;
    }

    /**
     * An empty register kept by a custodian.
     *
     * @param custodian  the named custodian (ARC-10), not null
     * @return the register
     */
    public static LendingRegister keptBy(EmployeeId custodian) {
        Violations v = Violations.create();
        v.requireNonNull(custodian, "custodian", ARC_10);
        v.throwIfAny();
        return new LendingRegister(custodian, ZoneId.of("Asia/Shanghai"), Map.of(), List.of());
    }

    /**
     * Rebuilds a register from its recorded moves, checking each as it is replayed.
     *
     * @param firstCustodian  the custodian before the first move, not null
     * @param moves  the moves in order, not null
     * @return the register
     * @throws dev.kefu.core.validation.PolicyInputException if a move is illegal
     */
    public static LendingRegister restore(EmployeeId firstCustodian, List<CustodyMove> moves) {
        LendingRegister r = keptBy(firstCustodian);
        for (CustodyMove m : moves) {
            switch (m.kind()) {
                case LENT:
                    r = r.lend(m.archive().orElse(null), m.counterpart(), m.at(), m.due().orElse(null), m.actor());
                    break;
                case RETURNED:
                    r = r.giveBack(m.archive().orElse(null), m.at(), m.actor());
                    break;
                default:
                    r = r.transferCustody(m.counterpart(), m.at(), m.actor());
            }
        }
        return r;
    }

    /** The current custodian. */
    public EmployeeId custodian() {
        return custodian;
    }

    /** Every move, in order. */
    public List<CustodyMove> moves() {
        return moves;
    }

    /** Whether an archive is out on loan. */
    public boolean isOut(CustomerId archive) {
        return outstanding.containsKey(archive);
    }

    /** The loan of an archive, if it is out. */
    public Optional<CustodyMove> loanOf(CustomerId archive) {
        return Optional.ofNullable(outstanding.get(archive));
    }

    /**
     * Lends an archive (ARC-12: lending is registered, with a return date).
     *
     * @param archive  whose archive, not null
     * @param borrower  who borrows it, not null
     * @param at  when, not before the last move
     * @param due  the day it must be back, not before the day of lending
     * @param actor  who registers the loan: the custodian
     * @return the new register
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public LendingRegister lend(CustomerId archive, EmployeeId borrower, Instant at, LocalDate due, EmployeeId actor) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ARC_12);
        v.requireNonNull(borrower, "borrower", ARC_12);
        checkCommon(v, at, actor);
        if (v.requireNonNull(due, "due", ARC_12) && at != null && due.isBefore(at.atZone(zone).toLocalDate())) {
            v.add("due", ArchiveMessages.BUNDLE, "custody.dueBeforeLoan", ARC_12);
        }
        if (archive != null && outstanding.containsKey(archive)) {
            v.add("archive", ArchiveMessages.BUNDLE, "custody.alreadyOut", ARC_12, archive);
        }
        v.throwIfAny();
        CustodyMove move = new CustodyMove(CustodyMove.Kind.LENT, Optional.of(archive), actor, borrower, at, Optional.of(due));
        Map<CustomerId, CustodyMove> out = new LinkedHashMap<>(outstanding);
        out.put(archive, move);
        return next(custodian, out, move);
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
        v.requireNonNull(archive, "archive", ARC_12);
        checkCommon(v, at, actor);
        if (archive != null && !outstanding.containsKey(archive)) {
            v.add("archive", ArchiveMessages.BUNDLE, "custody.notOut", ARC_12, archive);
        }
        v.throwIfAny();
        CustodyMove loan = outstanding.get(archive);
        CustodyMove move = new CustodyMove(CustodyMove.Kind.RETURNED, Optional.of(archive), actor, loan.counterpart(), at, Optional.empty());
        Map<CustomerId, CustodyMove> out = new LinkedHashMap<>(outstanding);
        out.remove(archive);
        return next(custodian, out, move);
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
        if (v.requireNonNull(successor, "successor", ARC_10) && successor.equals(custodian)) {
            v.add("successor", ArchiveMessages.BUNDLE, "custody.sameCustodian", ARC_10);
        }
        checkCommon(v, at, actor);
        v.throwIfAny();
        CustodyMove move = new CustodyMove(CustodyMove.Kind.CUSTODY_TRANSFERRED, Optional.empty(), actor, successor, at, Optional.empty());
        return next(successor, outstanding, move);
    }

    /**
     * The loans not returned by their due date (ARC-12: a lent archive must be returned
     * within the set time). A loan due on a day is overdue from the next day.
     *
     * @param today  the day to check, not null
     * @return the overdue loans, in lending order
     */
    public List<CustodyMove> overdue(LocalDate today) {
        Violations v = Violations.create();
        v.requireNonNull(today, "today", ARC_12);
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
        if (v.requireNonNull(at, "at", ARC_12) && !moves.isEmpty() && at.isBefore(moves.get(moves.size() - 1).at())) {
            v.add("at", ArchiveMessages.BUNDLE, "custody.beforeLastMove", ARC_12);
        }
        if (v.requireNonNull(actor, "actor", ARC_10) && !actor.equals(custodian)) {
            v.add("actor", ArchiveMessages.BUNDLE, "custody.notCustodian", ARC_10, custodian);
        }
    }

    private LendingRegister next(EmployeeId newCustodian, Map<CustomerId, CustodyMove> out, CustodyMove move) {
        List<CustodyMove> all = new ArrayList<>(moves);
        all.add(move);
        return new LendingRegister(newCustodian, zone, Collections.unmodifiableMap(out), Collections.unmodifiableList(all));
    }

    @Override
    public String toString() {
        return "LendingRegister[custodian " + custodian + ", " + outstanding.size() + " out, " + moves.size() + " moves]";
    }
}
