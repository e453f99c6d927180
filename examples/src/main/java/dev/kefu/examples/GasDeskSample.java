package dev.kefu.examples;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.HostLabel;
import dev.kefu.gas.hall.Approval;
import dev.kefu.gas.hall.ShiftChange;
import dev.kefu.gas.hall.ShiftChangePolicy;
import dev.kefu.gas.meter.MeterClass;
import dev.kefu.gas.meter.MeterReading;
import dev.kefu.gas.meter.ReadingDays;
import dev.kefu.gas.meter.ReadingPolicy;
import dev.kefu.gas.readrate.ClassRate;
import dev.kefu.gas.readrate.RateStatus;
import dev.kefu.gas.readrate.ReadOutcome;
import dev.kefu.gas.readrate.ReadRatePolicy;
import dev.kefu.gas.readrate.ReadRateReport;
import dev.kefu.gas.readrate.ReadSheet;
import dev.kefu.gas.reconciliation.CloseOfBusinessReconciliation;
import dev.kefu.gas.reconciliation.Collector;
import dev.kefu.gas.reconciliation.PaymentLog;
import dev.kefu.gas.reconciliation.SettlementCover;
import dev.kefu.gas.reconciliation.Takings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The least code to run a gas company's service desk with kefu-gas: read rates (MTR-6, with a
 * text chart), a late commercial reading (MTR-7), a close-of-business reconciliation with a
 * difference and a settlement cover (MTR-15, MTR-21), and a planned shift change (MTR-16).
 */
public final class GasDeskSample {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private GasDeskSample() {
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** @param args ignored */
    public static void main(String[] args) {
        // MTR-6: a month of readings, one row per meter due
        ReadSheet.Builder rows = ReadSheet.builder(LocalDate.of(2026, 11, 30));
        for (int i = 0; i < 1000; i++) {
            rows.add(MeterClass.HOUSEHOLD, i < 975 ? ReadOutcome.READ : ReadOutcome.SKIPPED);
            rows.add(MeterClass.INDOOR_HOUSEHOLD, i < 720 ? ReadOutcome.READ : ReadOutcome.ESTIMATED);
        }
        for (int i = 0; i < 40; i++) {
            rows.add(MeterClass.COMMERCIAL, ReadOutcome.READ);
        }
        Decision<ReadRateReport> rates = ReadRatePolicy.regulation().report(rows.build());
        for (ClassRate line : rates.outcome().lines()) {
            BigDecimal percent = line.rate().orElseThrow().asShare().percent();
            String bar = "#".repeat(percent.intValue() / 2);
            System.out.printf("%-12s %-50s %s%% (target %s)%s%n", GasMessages.zh(line.cycle().meterClass()), bar, percent, line.target(),
                    line.status() == RateStatus.BELOW ? " below" : "");
        }
        System.out.println(rates.explain(Locale.SIMPLIFIED_CHINESE));

        // MTR-7: commercial meters are read on the 22nd–23rd; the other classes' days are the host's
        ReadingPolicy readings = ReadingPolicy.builder()
                .readingDays(MeterClass.HOUSEHOLD, ReadingDays.everyMonth(1, 20))
                .readingDays(MeterClass.INDOOR_HOUSEHOLD, ReadingDays.everyMonth(1, 20))
                .build();
        MeterReading late = MeterReading.builder().meterNumber("C-0815").meterClass(MeterClass.COMMERCIAL)
                .takenAt(at("2026-11-24T10:30")).index(new BigDecimal("18230.4")).cumulativeConsumption(new BigDecimal("18230.4")).build();
        System.out.println(readings.check(late).explain(Locale.ENGLISH));

        // MTR-15 with MTR-21: the system report against the cash counted at close
        PaymentLog.Builder day = PaymentLog.builder(LocalDate.of(2026, 11, 24));
        Collector wang = day.collector(EmployeeId.of("billing-wang"));
        day.add(wang, at("2026-11-24T09:12"), Money.of("86.40"));
        day.add(wang, at("2026-11-24T16:40"), Money.of("120.00"));
        day.add(wang, at("2026-11-24T17:20"), Money.of("55.50"));
        SettlementCover cover = new SettlementCover(EmployeeId.of("billing-wang"), EmployeeId.of("card-li"), DeskRole.CARD_SERVICE_CLERK,
                at("2026-11-24T16:30"), at("2026-11-24T17:00"));
        Takings counted = Takings.builder()
                .counted(EmployeeId.of("billing-wang"), Money.of("141.80"))
                .counted(EmployeeId.of("card-li"), Money.of("120.00"))
                .build();
        CloseOfBusinessReconciliation close = CloseOfBusinessReconciliation.builder()
                .differenceProcedure(HostLabel.of("make-good", "收费员当日补齐并报组长", "the collector makes it good the same day and tells the group leader"))
                .build();
        System.out.println(close.reconcile(day.build(), counted, List.of(cover)).explain(Locale.SIMPLIFIED_CHINESE));

        // MTR-16: a planned shift change, one duty day ahead, approved by the department head
        ShiftChange change = ShiftChange.answered(EmployeeId.of("billing-wang"), at("2026-11-26T08:00"), at("2026-11-25T09:00"),
                DeskRole.DEPARTMENT_HEAD, Approval.approved(EmployeeId.of("head-zhou"), DeskRole.DEPARTMENT_HEAD, at("2026-11-25T11:00")));
        System.out.println(ShiftChangePolicy.regulation().check(change).explain(Locale.ENGLISH));
    }
}
