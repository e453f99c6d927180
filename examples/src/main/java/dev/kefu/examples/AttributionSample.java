package dev.kefu.examples;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.sales.attribution.Attribution;
import dev.kefu.sales.attribution.AttributionCase;
import dev.kefu.sales.attribution.AttributionPolicy;
import dev.kefu.sales.attribution.Deal;
import dev.kefu.sales.attribution.Registration;
import dev.kefu.sales.attribution.VisitKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** The least code to attribute a deal and split its bonus with kefu-sales (ATT-9). */
public final class AttributionSample {

    private AttributionSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        EmployeeId a = EmployeeId.of("A");
        EmployeeId b = EmployeeId.of("B");
        LocalDate today = LocalDate.of(2025, 6, 10);
        Decision<Attribution> d = AttributionPolicy.regulation().decide(AttributionCase.builder()
                .customer(CustomerId.of("C1")).team(a, b).present(a, b).visitDate(today).visit(VisitKind.RETURNING).receivedBy(a)
                .registrations(new Registration(b, LocalDateTime.of(2025, 6, 1, 10, 0)))
                .mentions(b).designates(a)
                .deal(new Deal(today, a)).build());
        System.out.println(d.outcome().split(Money.yuan(1000)));
        System.out.println(d.explain(Locale.ENGLISH));
    }
}
