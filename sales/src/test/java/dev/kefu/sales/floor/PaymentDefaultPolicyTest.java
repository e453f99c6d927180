package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaymentDefaultPolicyTest {

    private static final PaymentDefaultPolicy EST6 = PaymentDefaultPolicy.regulation();
    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);
    private static final Money DUE_AMOUNT = Money.yuan(100_000);

    private static DefaultAssessment on(LocalDate asOf, List<LocalDate> notices, Payment... payments) {
        return EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(payments), notices, asOf)).outcome();
    }

    @Test
    @DisplayName("EST-6 on the day the 2 months end (15 May for 15 March) it is still collection only")
    void lastDayOfCollection() {
        DefaultAssessment a = on(LocalDate.of(2026, 5, 15), List.of(LocalDate.of(2026, 3, 20)));
        assertThat(a.stage()).isEqualTo(DefaultStage.COLLECTION);
        assertThat(a.lastDayOfCollection()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(a.noticeRecorded()).isEqualTo(NoticeStatus.RECORDED);
    }

    @Test
    @DisplayName("EST-6 the day after the 2 months end (16 May) the default is more than 2 months: breach handling")
    void dayAfter() {
        Decision<DefaultAssessment> d = EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(), List.of(LocalDate.of(2026, 3, 20)),
                LocalDate.of(2026, 5, 16)));
        assertThat(d.outcome().stage()).isEqualTo(DefaultStage.BREACH);
        assertThat(d.outcome().arrears()).isEqualTo(DUE_AMOUNT);
        assertThat(d.ruleIds()).contains(SalesFloorRules.EST_6, SalesFloorRules.CORE_CAL_4);
        assertThat(explained(d)).contains("breach").contains("2026-05-15");
    }

    @Test
    @DisplayName("EST-6 CORE-CAL-4: due 31 December, 2 months end 28 February; 1 March is more than 2 months")
    void monthEnd() {
        LocalDate due = LocalDate.of(2024, 12, 31);
        List<LocalDate> notice = List.of(LocalDate.of(2025, 1, 5));
        assertThat(EST6.assess(new DefaultCase(due, DUE_AMOUNT, List.of(), notice, LocalDate.of(2025, 2, 28))).outcome().stage())
                .isEqualTo(DefaultStage.COLLECTION);
        assertThat(EST6.assess(new DefaultCase(due, DUE_AMOUNT, List.of(), notice, LocalDate.of(2025, 3, 1))).outcome().stage())
                .isEqualTo(DefaultStage.BREACH);
    }

    @Test
    @DisplayName("EST-6 reading: more than 2 months without a recorded dunning notice: the notice comes first")
    void noticeFirst() {
        Decision<DefaultAssessment> d = EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(), List.of(LocalDate.of(2026, 9, 1)),
                LocalDate.of(2026, 6, 1)));
        assertThat(d.outcome().stage()).isEqualTo(DefaultStage.NOTICE_REQUIRED_BEFORE_BREACH);
        assertThat(d.outcome().noticeRecorded()).isEqualTo(NoticeStatus.NONE);
        assertThat(explained(d)).contains("must be issued and recorded before breach handling");
        assertThat(on(LocalDate.of(2026, 6, 1), List.of(DUE)).stage()).as("a notice on the due date is not dunning yet")
                .isEqualTo(DefaultStage.NOTICE_REQUIRED_BEFORE_BREACH);
    }

    @Test
    @DisplayName("EST-6 in collection without a notice, the decision asks for one")
    void collectionAsksForNotice() {
        Decision<DefaultAssessment> d = EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(), List.of(), DUE.plusDays(1)));
        assertThat(d.outcome().stage()).isEqualTo(DefaultStage.COLLECTION);
        assertThat(explained(d)).contains("no dunning notice is on record");
    }

    @Test
    @DisplayName("EST-6 on the due date itself there is no default yet; the day after there is")
    void dueDate() {
        assertThat(on(DUE, List.of()).stage()).isEqualTo(DefaultStage.NOT_YET_DUE);
        assertThat(on(DUE.plusDays(1), List.of()).stage()).isEqualTo(DefaultStage.COLLECTION);
    }

    @Test
    @DisplayName("EST-6 with EST-8: only finance-receipted payments count; a payment to a rep or without receipt leaves arrears")
    void onlyFinanceCounts() {
        Decision<DefaultAssessment> d = EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(
                Payment.atFinance(Money.yuan(60_000), DUE, "F-1"),
                Payment.takenByRep(Money.yuan(40_000), DUE, A),
                Payment.atFinanceWithoutReceipt(Money.yuan(1), DUE),
                Payment.atFinance(Money.yuan(40_000), LocalDate.of(2026, 7, 1), "F-2")), List.of(), LocalDate.of(2026, 4, 1)));
        assertThat(d.outcome().arrears()).isEqualTo(Money.yuan(40_000));
        assertThat(d.outcome().credited()).isEqualTo(Money.yuan(60_000));
        assertThat(d.ruleIds()).contains(SalesFloorRules.EST_8);
        explained(d);
    }

    @Test
    @DisplayName("EST-6 paid in full (or over) is settled with zero arrears")
    void settled() {
        Decision<DefaultAssessment> d = EST6.assess(new DefaultCase(DUE, DUE_AMOUNT,
                List.of(Payment.atFinance(Money.yuan(100_001), DUE, "F-1")), List.of(), LocalDate.of(2027, 1, 1)));
        assertThat(d.outcome().stage()).isEqualTo(DefaultStage.SETTLED);
        assertThat(d.outcome().arrears()).isEqualTo(Money.ZERO);
        explained(d);
    }

    @Test
    @DisplayName("EST-6 the 2 months are a default; collectionMonths 3 moves the boundary; below 1 is refused at build()")
    void builder() {
        PaymentDefaultPolicy three = PaymentDefaultPolicy.builder().collectionMonths(3).build();
        assertThat(three.collectionMonths()).isEqualTo(3);
        assertThat(EST6.collectionMonths()).isEqualTo(2);
        List<LocalDate> n = List.of(DUE.plusDays(1));
        assertThat(three.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(), n, LocalDate.of(2026, 6, 15))).outcome().stage())
                .isEqualTo(DefaultStage.COLLECTION);
        assertThat(three.assess(new DefaultCase(DUE, DUE_AMOUNT, List.of(), n, LocalDate.of(2026, 6, 16))).outcome().stage())
                .isEqualTo(DefaultStage.BREACH);
        rejects(() -> PaymentDefaultPolicy.builder().collectionMonths(0).build(), "collectionMonths");
    }

    @Test
    @DisplayName("EST-6 malformed cases are PolicyInputExceptions listing each problem")
    void malformed() {
        rejects(() -> EST6.assess(null), "case");
        rejects(() -> EST6.assess(new DefaultCase(null, Money.ZERO, null, null, null)), "dueDate", "amountDue", "payments", "dunningNotices", "asOf");
        rejects(() -> EST6.assess(new DefaultCase(DUE, DUE_AMOUNT, Arrays.asList((Payment) null), Arrays.asList((LocalDate) null), DUE)),
                "payments[0]", "dunningNotices[0]");
        rejects(() -> EST6.assess(new DefaultCase(LocalDate.MAX, DUE_AMOUNT, List.of(), List.of(), LocalDate.MAX)), "event");
    }
}
