package dev.kefu.sales.attribution;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Builders for attribution test cases: reps A, B, C, D; the visit on 2025-06-10. */
final class Cases {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final EmployeeId C = EmployeeId.of("C");
    static final EmployeeId D = EmployeeId.of("D");
    static final LocalDate VISIT = LocalDate.of(2025, 6, 10);

    private Cases() {
    }

    /** A receives on rotation; everybody present. */
    static ImmutableAttributionCase.Builder visit() {
        return ImmutableAttributionCase.builder()
                .customer(CustomerId.of("CUST-1"))
                .addTeam(A, B, C, D)
                .addPresent(A, B, C, D)
                .visitDate(VISIT)
                .receivedBy(A);
    }

    static Registration reg(EmployeeId rep, String localDateTime) {
        return new Registration(rep, LocalDateTime.parse(localDateTime));
    }

    static Deal dealBy(EmployeeId rep) {
        return new Deal(VISIT, rep);
    }

    static Deal dealBy(EmployeeId rep, LocalDate day) {
        return new Deal(day, rep);
    }

    static ImmutableCustomerStatement.Builder says() {
        return ImmutableCustomerStatement.builder();
    }
}
