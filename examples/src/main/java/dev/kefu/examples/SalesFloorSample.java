package dev.kefu.examples;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.sales.floor.ConductFinding;
import dev.kefu.sales.floor.ContractStage;
import dev.kefu.sales.floor.DefaultAssessment;
import dev.kefu.sales.floor.DefaultCase;
import dev.kefu.sales.floor.DisputeCase;
import dev.kefu.sales.floor.DisputeOutcome;
import dev.kefu.sales.floor.DisputeSanctions;
import dev.kefu.sales.floor.ExchangeAssessment;
import dev.kefu.sales.floor.FloorCash;
import dev.kefu.sales.floor.OffenceHistory;
import dev.kefu.sales.floor.Payment;
import dev.kefu.sales.floor.PaymentDefaultPolicy;
import dev.kefu.sales.floor.RefundAuthority;
import dev.kefu.sales.floor.RefundOutcome;
import dev.kefu.sales.floor.RefundPolicy;
import dev.kefu.sales.floor.RefundRequest;
import dev.kefu.sales.floor.RoleLabel;
import dev.kefu.sales.floor.SalesControlBoard;
import dev.kefu.sales.floor.Unit;
import dev.kefu.sales.floor.UnitExchangePolicy;
import dev.kefu.sales.floor.UnitRanking;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The least code to run the sales-floor rules of kefu-sales (EST): the sales-control check before
 * a deposit (EST-10), money only through finance (EST-8, EST-9), a payment default on the day the
 * 2 months end and the day after (EST-6), a unit exchange (EST-4), a refund after signing (EST-7)
 * and a provoked dispute (EST-2). Every answer is a decision explained in English and Chinese.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=dev.kefu.examples.SalesFloorSample}.
 */
public final class SalesFloorSample {

    private SalesFloorSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EmployeeId a = EmployeeId.of("A");
        EmployeeId b = EmployeeId.of("B");
        LocalDate day = LocalDate.of(2026, 3, 15);

        out.println("1. Sales control before a deposit (EST-10): B tries to take a deposit on a unit A reserved");
        SalesControlBoard board = SalesControlBoard.of(List.of("3-1501", "3-1502"));
        board = show(out, board.reserve("3-1501", a)).board();
        show(out, board.reserve("3-1501", b));

        out.println("\n2. Money only through finance (EST-8) and private collection (EST-9)");
        show(out, FloorCash.regulation().credit(Payment.atFinance(Money.yuan(50_000), day, "F-20260315-01")));
        show(out, FloorCash.regulation().sanction(Payment.takenByRep(Money.yuan(20_000), day, b), OffenceHistory.FIRST_OFFENCE));

        out.println("\n3. Payment default (EST-6): due 15 March; 15 May is the last day of collection, 16 May is breach");
        DefaultCase onLastDay = new DefaultCase(day, Money.yuan(300_000), List.of(Payment.atFinance(Money.yuan(100_000), day, "F-2")),
                List.of(LocalDate.of(2026, 3, 20)), LocalDate.of(2026, 5, 15));
        show(out, PaymentDefaultPolicy.regulation().assess(onLastDay));
        show(out, PaymentDefaultPolicy.regulation().assess(new DefaultCase(onLastDay.dueDate(), onLastDay.amountDue(), onLastDay.payments(),
                onLastDay.dunningNotices(), LocalDate.of(2026, 5, 16))));

        out.println("\n4. Unit exchange (EST-4): three principles, literal reading of 以好换差 (R2)");
        UnitExchangePolicy exchange = UnitExchangePolicy.builder()
                .ranking(UnitRanking.of(Map.of("3-1501", 1, "3-0301", 3)))
                .outsidePrincipleApprover(RoleLabel.of("销售经理", "sales manager")).build();
        Decision<ExchangeAssessment> ex = exchange.assess(Unit.of("3-1501", new BigDecimal("89.5"), Money.yuan(1_200_000)),
                Unit.of("3-0301", new BigDecimal("89.5"), Money.yuan(1_100_000)));
        show(out, ex);

        out.println("\n5. Refund after signing (EST-7): refused, an approval does not override it");
        RefundPolicy refunds = RefundPolicy.builder().beforeSigning(RefundAuthority.noneGranted()).build();
        Decision<RefundOutcome> refund = refunds.decide(RefundRequest.approved(ContractStage.SIGNED, "moved to another city",
                List.of(Payment.atFinance(Money.yuan(50_000), day, "F-1")), RoleLabel.of("总经理", "general manager")));
        show(out, refund);

        out.println("\n6. Deliberately stirring up a dispute (EST-2): dismissal and 50% of the month's deal bonus withheld");
        Decision<DisputeOutcome> dispute = DisputeSanctions.regulation().decide(new DisputeCase(b, day,
                ConductFinding.DELIBERATE_PROVOCATION_VERIFIED, Money.of("8888.89")));
        show(out, dispute);
        out.println("   withheld " + dispute.outcome().withheld() + " + paid " + dispute.outcome().paid()
                + "; matched, not applied: " + dispute.outcome().matched());
    }

    private static <T> T show(PrintStream out, Decision<T> d) {
        out.println("   -> " + d.outcome());
        out.println("   en: " + d.explain(Locale.ENGLISH));
        out.println("   zh: " + d.explain(Locale.SIMPLIFIED_CHINESE));
        return d.outcome();
    }
}
