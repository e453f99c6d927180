package dev.kefu.examples;

import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/** The least code to keep the reward/penalty ledger with kefu-appraisal (APR-8, APR-9). */
public final class AppraisalSample {

    private AppraisalSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PenaltyLedger ledger = PenaltyLedger.create(3, Optional.empty());
        EmployeeId agent = EmployeeId.of("agent-7");
        EmployeeId manager = EmployeeId.of("cs-manager");
        System.out.println(ledger.recordOffence(agent, OffenceCode.HOGGING_PHONE, LocalDate.of(2025, 6, 2), manager).explain(Locale.CHINA));
        System.out.println(ledger.recordOffence(agent, OffenceCode.HOGGING_PHONE, LocalDate.of(2025, 6, 9), manager).explain(Locale.CHINA));
        System.out.println(ledger.statement(agent, YearMonth.of(2025, 6)));
    }
}
