package dev.kefu.examples;

import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.OffenceReport;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.ledger.Recorder;
import dev.kefu.core.discipline.SanctionMeasure.WarningForm;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The least code to keep the reward/penalty ledger with kefu-appraisal (APR-8, APR-9): the
 * transfer count is the company's setting (APR-6), only the customer-service manager records
 * offences, a first offender gets a warning (its form chosen per case) and a repeat offender the
 * schedule's fine.
 */
public final class AppraisalSample {

    private AppraisalSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PenaltyLedger ledger = PenaltyLedger.builder().transferAfterOffences(3).build();
        EmployeeId agent = EmployeeId.of("agent-7");
        Recorder manager = Recorder.customerServiceManager(EmployeeId.of("cs-manager"));
        for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 9)}) {
            System.out.println(ledger.record(OffenceReport.builder().employee(agent).date(day).recordedBy(manager)
                    .offence(OffenceCode.HOGGING_PHONE).warningForm(WarningForm.ORAL).build()).explain(Locale.CHINA));
        }
        System.out.println(ledger.statement(agent, YearMonth.of(2025, 6)));
    }
}
