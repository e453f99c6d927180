package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of a service-record check (CMP-15 … CMP-20).
 *
 * @param findings  the findings, in the order found; copied
 */
public record ServiceAudit(List<Finding> findings) {

    /** Copies the findings. */
    public ServiceAudit {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** Date arithmetic at the ends of time becomes a clear error, never a DateTimeException. */
    static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            dev.kefu.core.validation.Violations.create().add("date", ComplaintsMessages.BUNDLE, "sla.outOfRange",
                    dev.kefu.complaints.ComplaintRules.CORE_CAL_4).throwIfAny();
            throw e;
        }
    }

    /** Collects findings and turns them into an explained decision. */
    static final class Collector {
        private final RuleId rule;
        private final List<Finding> findings = new ArrayList<>();
        private final List<Reason> reasons = new ArrayList<>();

        Collector(RuleId rule) {
            this.rule = rule;
        }

        void add(FindingKind kind, String record, LocalDate day, Object... args) {
            findings.add(new Finding(kind, record, Optional.ofNullable(day)));
            Object[] all = new Object[args.length + 2];
            all[0] = record;
            all[1] = day == null ? "" : day.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            reasons.add(Reason.of(kind.rule(), ComplaintsMessages.BUNDLE, "service." + kind.name().toLowerCase(java.util.Locale.ROOT), all));
        }

        Decision<ServiceAudit> decision(int checked) {
            if (reasons.isEmpty()) {
                return Decision.of(new ServiceAudit(findings), Reason.of(rule, ComplaintsMessages.BUNDLE, "service.clean", checked));
            }
            return Decision.of(new ServiceAudit(findings), reasons);
        }
    }
}
