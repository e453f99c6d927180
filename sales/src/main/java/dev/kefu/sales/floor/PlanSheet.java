package dev.kefu.sales.floor;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan sheet (计划表), EST-15: a daily plan handed to the sales assistant in the morning, with
 * the day's summary written on it before the end of the day; or a weekly plan.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PlanSheet {

    /** Daily or weekly. */
    public enum Kind {
        /** 日计划表. */
        DAILY,
        /** 周计划表. */
        WEEKLY
    }

    private final Kind kind;
    private final EmployeeId employee;
    private final LocalDate day;
    private final Instant handedIn;
    private final Instant summaryWritten;

    private PlanSheet(Kind kind, EmployeeId employee, LocalDate day, Instant handedIn, Instant summaryWritten) {
        this.kind = kind;
        this.employee = employee;
        this.day = day;
        this.handedIn = handedIn;
        this.summaryWritten = summaryWritten;
    }

    /**
     * A daily plan with its summary.
     *
     * @param employee  whose plan, not null
     * @param day  the day planned, not null
     * @param handedIn  when handed to the sales assistant, not null
     * @param summaryWritten  when the day's summary was written on it, not null
     * @return the sheet
     * @throws dev.kefu.core.validation.PolicyInputException on a null value
     */
    public static PlanSheet daily(EmployeeId employee, LocalDate day, Instant handedIn, Instant summaryWritten) {
        Violations v = common(employee, day);
        v.requireNonNull(handedIn, "handedIn", SalesFloorRules.EST_15);
        v.requireNonNull(summaryWritten, "summaryWritten", SalesFloorRules.EST_15);
        v.throwIfAny();
        return new PlanSheet(Kind.DAILY, employee, day, handedIn, summaryWritten);
    }

    /**
     * A daily plan with no summary written yet.
     *
     * @param employee  whose plan, not null
     * @param day  the day planned, not null
     * @param handedIn  when handed to the sales assistant, not null
     * @return the sheet
     * @throws dev.kefu.core.validation.PolicyInputException on a null value
     */
    public static PlanSheet dailyWithoutSummary(EmployeeId employee, LocalDate day, Instant handedIn) {
        Violations v = common(employee, day);
        v.requireNonNull(handedIn, "handedIn", SalesFloorRules.EST_15);
        v.throwIfAny();
        return new PlanSheet(Kind.DAILY, employee, day, handedIn, null);
    }

    /**
     * A weekly plan.
     *
     * @param employee  whose plan, not null
     * @param filledOn  the day it was filled in, not null
     * @return the sheet
     * @throws dev.kefu.core.validation.PolicyInputException on a null value
     */
    public static PlanSheet weekly(EmployeeId employee, LocalDate filledOn) {
        common(employee, filledOn).throwIfAny();
        return new PlanSheet(Kind.WEEKLY, employee, filledOn, null, null);
    }

    private static Violations common(EmployeeId employee, LocalDate day) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", SalesFloorRules.EST_15);
        v.requireNonNull(day, "day", SalesFloorRules.EST_15);
        return v;
    }

    /** Daily or weekly. */
    public Kind kind() {
        return kind;
    }

    /** Whose plan. */
    public EmployeeId employee() {
        return employee;
    }

    /** The day planned (daily) or filled in (weekly). */
    public LocalDate day() {
        return day;
    }

    /** When a daily plan was handed to the assistant. */
    public Optional<Instant> handedIn() {
        return Optional.ofNullable(handedIn);
    }

    /** When the summary was written on a daily plan. */
    public Optional<Instant> summaryWritten() {
        return Optional.ofNullable(summaryWritten);
    }

    @Override
    public String toString() {
        return "PlanSheet[" + kind + " " + employee + " " + day + "]";
    }
}
