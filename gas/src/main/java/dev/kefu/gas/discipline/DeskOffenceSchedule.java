package dev.kefu.gas.discipline;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sanctions of the gas desk's offence kinds, in core's sanction vocabulary
 * ({@link Sanction}, {@link dev.kefu.core.discipline.SanctionMeasure}), for the host to record
 * in its appraisal ledger — the module does not depend on kefu-appraisal.
 * <ul>
 *   <li>MTR-1, MTR-2, MTR-3: part 10 gives no sanction ([X]). While a kind's sanction is unset,
 *       the offence has no sanction of its own and APR-6's warning and fine steps apply
 *       ("Definitions and precedence"); a host that sets one gets it instead. CMP-12's tiers
 *       apply to MTR-3 only if the host adopts them, by setting them here.</li>
 *   <li>MTR-3: only a complaint verified (一經查實) is sanctioned.</li>
 *   <li>MTR-11: derelict staff are criticised and punished; that sanction is a <b>required
 *       setting</b> ({@code sanction.dereliction}, [X]).</li>
 *   <li>Lateness, early leave and absence also match APR-14, and disclosing customer data
 *       SEC-11: one act is sanctioned under one rule, the gas desk's own (MTR-2), and the
 *       decision lists the other as matched, not applied.</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DeskOffenceSchedule {

    private final Map<DeskOffenceKind, Sanction> sanctions;

    private DeskOffenceSchedule(Map<DeskOffenceKind, Sanction> sanctions) {
        this.sanctions = sanctions;
    }

    /** A builder; the dereliction sanction (MTR-11) is required, the others optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sanctions set, by kind. */
    public Map<DeskOffenceKind, Sanction> sanctions() {
        return sanctions;
    }

    /**
     * The sanction of an offence.
     *
     * @param offence  the offence, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the offence is null
     */
    public Decision<DeskSanction> sanction(DeskOffence offence) {
        Violations v = Violations.create();
        v.requireNonNull(offence, "offence", GasRules.MTR_2);
        v.throwIfAny();
        DeskOffenceKind kind = offence.kind();
        List<Reason> reasons = new ArrayList<>();
        String en = GasMessages.en(kind);
        String zh = GasMessages.zh(kind);
        if (kind == DeskOffenceKind.COMPLAINT_OWN_FAULT && offence.verifiedAt().isEmpty()) {
            reasons.add(Reason.of(kind.rule(), GasMessages.BUNDLE, "offence.notVerified", offence.employee(), en, zh));
            return Decision.of(new DeskSanction(offence, SanctionSource.NOT_YET_VERIFIED, Optional.empty()), reasons);
        }
        Sanction own = sanctions.get(kind);
        DeskSanction result;
        if (own != null) {
            result = new DeskSanction(offence, SanctionSource.OWN, Optional.of(own));
            reasons.add(Reason.of(kind.rule(), GasMessages.BUNDLE, "offence.own", offence.employee(), en, zh, offence.committedOn(),
                    own.describe(Locale.ENGLISH), own.describe(Locale.SIMPLIFIED_CHINESE)));
        } else {
            result = new DeskSanction(offence, SanctionSource.APR6_LADDER, Optional.empty());
            reasons.add(Reason.of(kind.rule(), GasMessages.BUNDLE, "offence.ladder", offence.employee(), en, zh, offence.committedOn()));
            reasons.add(Reason.of(GasRules.APR_6, GasMessages.BUNDLE, "offence.apr6"));
        }
        if (kind == DeskOffenceKind.LATENESS || kind == DeskOffenceKind.EARLY_LEAVE || kind == DeskOffenceKind.ABSENCE) {
            reasons.add(Reason.of(GasRules.APR_14, GasMessages.BUNDLE, "offence.alsoMatches", en, zh));
        }
        if (kind == DeskOffenceKind.DISCLOSING_CUSTOMER_DATA) {
            reasons.add(Reason.of(GasRules.SEC_11, GasMessages.BUNDLE, "offence.alsoMatches", en, zh));
        }
        return Decision.of(result, reasons);
    }

    @Override
    public String toString() {
        return "DeskOffenceSchedule" + sanctions.keySet();
    }

    /** Builds the schedule; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<DeskOffenceKind, Sanction> sanctions = new EnumMap<>(DeskOffenceKind.class);
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets a kind's own sanction (MTR-1, MTR-2, MTR-3: optional, [X]; MTR-11 dereliction: required).
         *
         * @param kind  the kind, not null
         * @param sanction  the sanction, not null
         * @return this
         */
        public Builder sanction(DeskOffenceKind kind, Sanction sanction) {
            if (kind == null || sanction == null) {
                problems.add("sanction", "required", kind == null ? GasRules.MTR_2 : kind.rule());
            } else {
                sanctions.put(kind, sanction);
            }
            return this;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     a missing {@code sanction.dereliction} (MTR-11)
         */
        public DeskOffenceSchedule build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, sanctions.get(DeskOffenceKind.DERELICTION), "sanction.dereliction", GasRules.MTR_11);
            v.throwIfAny();
            return new DeskOffenceSchedule(Collections.unmodifiableMap(new EnumMap<>(sanctions)));
        }
    }
}
