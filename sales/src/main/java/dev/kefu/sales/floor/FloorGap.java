package dev.kefu.sales.floor;

import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One gap a records check found ("a working day with receptions but no registration").
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FloorGap {

    private final GapKind kind;
    private final LocalDate day;
    private final EmployeeId employee;
    private final Reason reason;

    FloorGap(GapKind kind, LocalDate day, EmployeeId employee, String key, Object... args) {
        this.kind = kind;
        this.day = day;
        this.employee = employee;
        this.reason = Reason.of(kind.rule(), FloorTexts.BUNDLE, key, args);
    }

    /** The kind of gap. */
    public GapKind kind() {
        return kind;
    }

    /** The rule broken. */
    public RuleId rule() {
        return kind.rule();
    }

    /** The day concerned, when the gap is about a day. */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /** The employee concerned, when the gap is about a person. */
    public Optional<EmployeeId> employee() {
        return Optional.ofNullable(employee);
    }

    /** The reason, which explains the gap in zh-CN and English. */
    public Reason reason() {
        return reason;
    }

    /** The gap in words. */
    public String explain(Locale locale) {
        return reason.render(locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloorGap && ((FloorGap) o).kind == kind && ((FloorGap) o).reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return reason.hashCode();
    }

    @Override
    public String toString() {
        return reason.toString();
    }
}
