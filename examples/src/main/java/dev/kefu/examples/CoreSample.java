package dev.kefu.examples;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.CalendarAnswer;
import dev.kefu.core.calendar.CalendarDay;
import dev.kefu.core.calendar.CoverageAlert;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure.CompanyWideNotice;
import dev.kefu.core.discipline.SanctionMeasure.Fine;
import dev.kefu.core.discipline.SanctionMeasure.PointDeduction;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The smallest sample of kefu-core: what a host copies to use the kernel. It shows
 * the kernel every policy module builds on — the official calendar, working-time clocks,
 * Civil Code deadlines, exact money splits, sanctions and decisions that cite their rules.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=dev.kefu.examples.CoreSample}.
 */
public final class CoreSample {

    private static final MessageBundle TEXTS = MessageBundle.beside(CoreSample.class, "demo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE HH:mm", Locale.ENGLISH);

    private final BusinessCalendar calendar;
    private final PrintStream out;

    CoreSample(BusinessCalendar calendar, PrintStream out) {
        this.calendar = calendar;
        this.out = out;
    }

    /**
     * Runs the sample.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new CoreSample(BusinessCalendar.chinaOfficial(), out).run();
    }

    void run() {
        heading("1. Official calendar around the 2025 National Day week (CORE-CAL-1)");
        for (LocalDate d = LocalDate.of(2025, 9, 26); !d.isAfter(LocalDate.of(2025, 10, 13)); d = d.plusDays(1)) {
            CalendarDay day = calendar.describe(d);
            out.printf("  %s %-9s %-8s %-22s %s%n", d, d.getDayOfWeek(), day.isWorkingDay() ? "working" : "off",
                    day.kind(), day.name().orElse(""));
        }

        heading("2. Complaint deadlines, counted as the Civil Code counts periods (CORE-CAL-1, CMP-7)");
        Instant received = at("2025-09-30T21:30");
        out.println("  complaint received      " + show(received));
        out.println("  investigation due (1wd) " + show(calendar.deadlineAfterWorkingDays(received, 1)));
        out.println("  reply due (2wd)         " + show(calendar.deadlineAfterWorkingDays(received, 2)));

        heading("3. Working-time clocks: the desk's overlapping shifts staff 08:00-22:00 (CORE-CAL-2)");
        out.println("  hours per working day   " + calendar.workingHours(LocalDate.of(2025, 10, 9)).orElseThrow());
        Instant start = at("2025-09-30T20:00");
        Instant end = at("2025-10-09T10:00");
        out.println("  working time " + show(start) + " -> " + show(end) + " = "
                + calendar.workingTimeBetween(start, end).toMinutes() + " min");
        out.println("  4 working hours after " + show(start) + " = " + show(calendar.plusWorkingTime(start, Duration.ofHours(4))));

        heading("4. A bonus split 80/20, exact to the fen (CORE-MONEY-1)");
        Money bonus = Money.of("1234.57");
        List<Money> parts = bonus.allocate(Share.ofPercent(80), Share.ofPercent(20));
        out.println("  bonus " + bonus + " -> A " + parts.get(0) + ", B " + parts.get(1)
                + " (sum " + Money.sum(parts) + ")");
        List<Money> thirds = Money.yuan(100).allocate(Share.ofPercent("33.3333"), Share.ofPercent("33.3333"), Share.ofPercent("33.3334"));
        out.println("  100 yuan in thirds -> " + thirds + " (sum " + Money.sum(thirds) + ")");

        heading("5. A decision that cites its rules, in both languages (CORE-DEC-1)");
        Sanction tier2 = Sanction.of(new Fine(Money.yuan(200)), new PointDeduction(5), new CompanyWideNotice());
        Decision<Sanction> decision = Decision.of(tier2,
                Reason.of(RuleId.of("CMP-12"), TEXTS, "tier2", tier2.fine()));
        out.println("  en: " + decision.explain(Locale.ENGLISH) + " -> " + tier2.describe(Locale.ENGLISH));
        out.println("  zh: " + decision.explain(Locale.SIMPLIFIED_CHINESE) + " -> " + tier2.describe(Locale.SIMPLIFIED_CHINESE));

        heading("6. Bad input is refused with every problem listed (PolicyInputException)");
        try {
            Money.yuan(500).allocate(Share.ofPercent(80), Share.ofPercent(30));
        } catch (PolicyInputException e) {
            out.println("  en: " + e.getMessage(Locale.ENGLISH));
            out.println("  zh: " + e.getMessage(Locale.SIMPLIFIED_CHINESE));
        }
        try {
            BusinessCalendar.chinaOfficialStrict().isWorkingDay(LocalDate.of(2027, 1, 4));
        } catch (PolicyInputException e) {
            out.println("  strict calendar, en: " + e.getMessage(Locale.ENGLISH));
        }

        heading("7. Across the year end: 2027 is not yet published, so the answer is provisional (CORE-CAL-3)");
        Instant yearEnd = at("2026-12-30T10:00");
        CalendarAnswer<Instant> due = calendar.deadlineAfterWorkingDaysDetailed(yearEnd, 2);
        out.println("  complaint received       " + WHEN.format(yearEnd.atZone(calendar.zone())));
        out.println("  reply due (2wd)          " + WHEN.format(due.value().atZone(calendar.zone()))
                + (due.provisional() ? "  [provisional]" : ""));
        for (Reason r : calendar.provisionalReasons(LocalDate.of(2026, 12, 30), LocalDate.ofInstant(due.value(), calendar.zone()))) {
            out.println("  en: " + r.render(Locale.ENGLISH));
            out.println("  zh: " + r.render(Locale.SIMPLIFIED_CHINESE));
        }
        Decision<CoverageAlert> alert = calendar.coverageAlert(LocalDate.of(2026, 11, 24), Period.ofDays(45));
        out.println("  coverage check: " + alert.outcome().status().label(Locale.ENGLISH) + " — " + alert.explain(Locale.ENGLISH));
    }

    private Instant at(String local) {
        return LocalDateTime.parse(local).atZone(calendar.zone()).toInstant();
    }

    private String show(Instant instant) {
        return WHEN.format(instant.atZone(calendar.zone()));
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }
}
