package dev.kefu.examples;

import dev.kefu.archive.grading.CustomerSales;
import dev.kefu.archive.grading.GradeBook;
import dev.kefu.archive.grading.Grading;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.util.List;
import java.util.Locale;

/** The least code to grade customers with kefu-archive (ARC-5). */
public final class ArchiveSample {

    private ArchiveSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        List<CustomerSales> sales = List.of(CustomerSales.of(CustomerId.of("C1"), Money.yuan(800_000)),
                CustomerSales.of(CustomerId.of("C2"), Money.yuan(150_000)), CustomerSales.of(CustomerId.of("C3"), Money.yuan(50_000)));
        // ARC-5: the A and B cut-offs (cumulative share of sales) are the company's setting; the regulation gives none
        GradeBook book = Grading.abc(Share.ofPercent(80), Share.ofPercent(95)).grade(sales);
        for (CustomerSales c : sales) {
            System.out.println(c.customerId() + " " + book.decisionFor(c.customerId()).explain(Locale.SIMPLIFIED_CHINESE));
        }
    }
}
