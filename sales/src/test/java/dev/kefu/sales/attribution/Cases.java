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

    /** A returning customer received by A; everybody present. */
    static AttributionCase.Builder visit() {
        return AttributionCase.builder()
                .customer(CustomerId.of("CUST-1"))
                .team(A, B, C, D)
                .present(A, B, C, D)
                .visitDate(VISIT)
                .visit(VisitKind.RETURNING)
                .receivedBy(A);
    }

    /** A first-time visitor received by A; the present reps as given. */
    static AttributionCase.Builder firstVisit(EmployeeId... present) {
        return AttributionCase.builder()
                .customer(CustomerId.of("CUST-1"))
                .team(A, B, C, D)
                .present(present)
                .visitDate(VISIT)
                .visit(VisitKind.FIRST_VISIT)
                .receivedBy(A);
    }

    /** A returning customer received by A; only the given reps present. */
    static AttributionCase.Builder returning(EmployeeId... present) {
        return AttributionCase.builder()
                .customer(CustomerId.of("CUST-1"))
                .team(A, B, C, D)
                .present(present)
                .visitDate(VISIT)
                .visit(VisitKind.RETURNING)
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
}
