package dev.kefu.gas.reconciliation;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.HostLabel;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Close-of-business reconciliation (MTR-15): at close each collector compares the billing
 * system's report total with the cash actually received (報表數與實收數); the result goes into
 * the handover record (交接班記錄, APR-11). A difference is a "no", recorded with its amount;
 * how it is settled the seed does not say, so the host's procedure is a <b>required
 * setting</b> ({@code differenceProcedure}, [X]) that every difference cites. Payments the
 * card-service clerk collects while the billing clerk settles are the cover clerk's (MTR-21).
 *
 * <p>Sums run over the log's primitive columns in fen with exact long arithmetic: a day of
 * 100,000 payments reconciles in well under a millisecond.
 *
 * <p>Business-income data is not disclosed to anyone not concerned (MTR-15, as SEC-6):
 * explanations show amounts and collector keys only, and the host shows them only to the
 * collector, their group leader and finance.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CloseOfBusinessReconciliation {

    private final HostLabel differenceProcedure;
    private final ZoneId zone;

    private CloseOfBusinessReconciliation(HostLabel differenceProcedure, ZoneId zone) {
        this.differenceProcedure = differenceProcedure;
        this.zone = zone;
    }

    /** A builder; the difference procedure is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reconciles a day without settlement cover (MTR-15).
     *
     * @param log  the billing system's payments, not null
     * @param takings  the cash counted per collector, every collector in the log included, not null
     * @return the decision: balanced, or one reason per difference
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or a
     *     collector with payments has no count
     */
    public Decision<ReconciliationReport> reconcile(PaymentLog log, Takings takings) {
        return reconcile(log, takings, List.of());
    }

    /**
     * Reconciles a day (MTR-15) with the day's settlement covers (MTR-21).
     *
     * @param log  the billing system's payments, not null
     * @param takings  the cash counted per collector, every collector with payments included, not null
     * @param covers  the settlement covers of the day, not null, windows of one clerk not overlapping
     * @return the decision: balanced, or one reason per difference
     * @throws dev.kefu.core.validation.PolicyInputException naming every problem of the input
     */
    public Decision<ReconciliationReport> reconcile(PaymentLog log, Takings takings, List<SettlementCover> covers) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(log, "log", GasRules.MTR_15) & v.requireNonNull(takings, "takings", GasRules.MTR_15)
                & v.requireNonNull(covers, "covers", GasRules.MTR_21);
        if (!ok) {
            v.throwIfAny();
        }
        for (int i = 0; i < covers.size(); i++) {
            v.requireNonNull(covers.get(i), "covers[" + i + "]", GasRules.MTR_21);
        }
        v.throwIfAny();

        // every collector: the log's first, then cover clerks, then those only counted
        List<EmployeeId> people = new ArrayList<>(log.collectors());
        Map<EmployeeId, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.put(people.get(i), i);
        }
        for (SettlementCover c : covers) {
            index.computeIfAbsent(c.coverClerk(), e -> add(people, e));
            index.computeIfAbsent(c.settlingClerk(), e -> add(people, e));
        }
        for (EmployeeId e : takings.counted().keySet()) {
            index.computeIfAbsent(e, x -> add(people, x));
        }
        int n = people.size();

        // cover windows grouped by the settling clerk: [start, end) per clerk, as flat arrays
        int[] firstWindow = new int[n + 1];
        for (SettlementCover c : covers) {
            firstWindow[index.get(c.settlingClerk()) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            firstWindow[i + 1] += firstWindow[i];
        }
        long[] winFrom = new long[covers.size()];
        long[] winTo = new long[covers.size()];
        int[] winCover = new int[covers.size()];
        int[] fill = firstWindow.clone();
        for (SettlementCover c : covers) {
            int s = index.get(c.settlingClerk());
            int w = fill[s]++;
            winFrom[w] = c.from().getEpochSecond();
            winTo[w] = c.to().getEpochSecond();
            winCover[w] = index.get(c.coverClerk());
        }
        for (int s = 0; s < n; s++) {
            for (int a = firstWindow[s]; a < firstWindow[s + 1]; a++) {
                for (int b = a + 1; b < firstWindow[s + 1]; b++) {
                    if (winFrom[a] < winTo[b] && winFrom[b] < winTo[a]) {
                        v.add("covers", GasMessages.BUNDLE, "cover.overlap", GasRules.MTR_21, people.get(s));
                    }
                }
            }
        }
        v.throwIfAny();

        // one pass over the day's payments
        long[] sum = new long[n];
        int[] count = new int[n];
        int[] covered = new int[n];
        int[] col = log.collectorColumn();
        long[] at = log.atColumn();
        long[] fen = log.fenColumn();
        for (int i = 0; i < fen.length; i++) {
            int c = col[i];
            int from = firstWindow[c];
            int to = firstWindow[c + 1];
            for (int w = from; w < to; w++) {
                if (at[i] >= winFrom[w] && at[i] < winTo[w]) {
                    c = winCover[w];
                    covered[c]++;
                    break;
                }
            }
            sum[c] += fen[i];
            count[c]++;
        }

        for (int c = 0; c < n; c++) {
            if (count[c] > 0 && !takings.counted().containsKey(people.get(c))) {
                v.add("takings", GasMessages.BUNDLE, "reconciliation.notCounted", GasRules.MTR_15, people.get(c));
            }
        }
        v.throwIfAny();

        List<CollectorLine> lines = new ArrayList<>(n);
        List<Reason> reasons = new ArrayList<>();
        long systemTotal = 0;
        Money countedTotal = Money.ZERO;
        for (int c = 0; c < n; c++) {
            EmployeeId who = people.get(c);
            Money counted = takings.counted().get(who);
            if (count[c] == 0 && counted == null) {
                continue; // a settling clerk whose every payment was covered, with nothing counted
            }
            if (counted == null) {
                counted = Money.ZERO;
            }
            Money system = Money.ofFen(sum[c]);
            Money difference = counted.minus(system);
            Balance balance = difference.isZero() ? Balance.BALANCED : difference.isNegative() ? Balance.SHORT : Balance.OVER;
            lines.add(new CollectorLine(who, count[c], system, counted, difference, balance, covered[c]));
            systemTotal += sum[c];
            countedTotal = countedTotal.plus(counted);
            if (balance != Balance.BALANCED) {
                reasons.add(Reason.of(GasRules.MTR_15, GasMessages.BUNDLE,
                        balance == Balance.SHORT ? "reconciliation.short" : "reconciliation.over",
                        who, system, counted, balance == Balance.SHORT ? difference.negate() : difference,
                        differenceProcedure.en(), differenceProcedure.zh()));
            }
            if (covered[c] > 0) {
                reasons.add(Reason.of(GasRules.MTR_21, GasMessages.BUNDLE, "cover.counted", who, covered[c]));
            }
        }
        for (SettlementCover c : covers) {
            if (c.coverRole() != DeskRole.CARD_SERVICE_CLERK) {
                reasons.add(Reason.of(GasRules.MTR_21, GasMessages.BUNDLE, "cover.wrongRole", c.coverClerk(),
                        GasMessages.en(c.coverRole()), GasMessages.zh(c.coverRole()), GasMessages.local(c.from(), zone)));
            }
        }
        Money system = Money.ofFen(systemTotal);
        ReconciliationReport report = new ReconciliationReport(log.businessDay(), lines, system, countedTotal, countedTotal.minus(system));
        if (report.balanced()) {
            reasons.add(0, Reason.of(GasRules.MTR_15, GasMessages.BUNDLE, "reconciliation.balanced", log.businessDay(), lines.size(), system));
        }
        return Decision.of(report, reasons);
    }

    private static int add(List<EmployeeId> people, EmployeeId e) {
        people.add(e);
        return people.size() - 1;
    }

    /** The host's procedure for settling a difference. */
    public HostLabel differenceProcedure() {
        return differenceProcedure;
    }

    @Override
    public String toString() {
        return "CloseOfBusinessReconciliation[" + differenceProcedure.code() + "]";
    }

    /** Builds the reconciliation; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private HostLabel differenceProcedure;
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets how a difference is settled (MTR-15, [X]: the seed does not say), cited by every
         * difference.
         *
         * @param procedure  the host's procedure, not null
         * @return this
         */
        public Builder differenceProcedure(HostLabel procedure) {
            if (procedure == null) {
                problems.add("differenceProcedure", "required", GasRules.MTR_15);
            }
            this.differenceProcedure = procedure;
            return this;
        }

        /**
         * Sets the zone in which times are shown; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_15);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the reconciliation.
         *
         * @return the reconciliation
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     a missing {@code differenceProcedure} (MTR-15)
         */
        public CloseOfBusinessReconciliation build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, differenceProcedure, "differenceProcedure", GasRules.MTR_15);
            v.throwIfAny();
            return new CloseOfBusinessReconciliation(differenceProcedure, zone);
        }
    }

}
