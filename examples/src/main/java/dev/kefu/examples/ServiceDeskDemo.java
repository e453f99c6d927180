package dev.kefu.examples;

import dev.kefu.appraisal.ledger.LedgerEntry;
import dev.kefu.appraisal.ledger.MonthlyStatement;
import dev.kefu.appraisal.ledger.OffenceReport;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.ledger.Recorder;
import dev.kefu.appraisal.ledger.Recording;
import dev.kefu.appraisal.ledger.RewardCode;
import dev.kefu.appraisal.scoring.AppraisalResult;
import dev.kefu.appraisal.scoring.AppraisalScheme;
import dev.kefu.appraisal.scoring.Bands;
import dev.kefu.appraisal.scoring.MonthlyAppraisal;
import dev.kefu.appraisal.scoring.ScoreSheet;
import dev.kefu.appraisal.scoring.Source;
import dev.kefu.appraisal.scoring.SourceWeights;
import dev.kefu.archive.composition.Composition;
import dev.kefu.archive.composition.CompositionAnalysis;
import dev.kefu.archive.composition.GroupShare;
import dev.kefu.archive.composition.SalesLine;
import dev.kefu.archive.custody.CustodyMove;
import dev.kefu.archive.custody.LendingRegister;
import dev.kefu.archive.grading.CustomerSales;
import dev.kefu.archive.grading.Grade;
import dev.kefu.archive.grading.GradeBook;
import dev.kefu.archive.grading.Grading;
import dev.kefu.complaints.Actor;
import dev.kefu.complaints.Category;
import dev.kefu.complaints.Channel;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintLevels;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Post;
import dev.kefu.complaints.Rank;
import dev.kefu.complaints.Role;
import dev.kefu.complaints.penalty.ComplaintOffence;
import dev.kefu.complaints.penalty.ComplaintPenaltySchedule;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.complaints.sla.SlaReport;
import dev.kefu.complaints.sla.SlaTarget;
import dev.kefu.complaints.workflow.ComplaintWorkflow;
import dev.kefu.complaints.workflow.StepResult;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure.WarningForm;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.HostLabel;
import dev.kefu.gas.meter.MeterClass;
import dev.kefu.gas.meter.MeterReading;
import dev.kefu.gas.meter.ReadingDays;
import dev.kefu.gas.meter.ReadingPolicy;
import dev.kefu.gas.meter.ReadingVerdict;
import dev.kefu.gas.readrate.ClassRate;
import dev.kefu.gas.readrate.ReadOutcome;
import dev.kefu.gas.readrate.ReadRatePolicy;
import dev.kefu.gas.readrate.ReadRateReport;
import dev.kefu.gas.readrate.ReadSheet;
import dev.kefu.gas.reconciliation.CloseOfBusinessReconciliation;
import dev.kefu.gas.reconciliation.Collector;
import dev.kefu.gas.reconciliation.CollectorLine;
import dev.kefu.gas.reconciliation.PaymentLog;
import dev.kefu.gas.reconciliation.ReconciliationReport;
import dev.kefu.gas.reconciliation.Takings;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.ontime.OnTimeRate;
import dev.kefu.orders.ontime.OnTimeRatePolicy;
import dev.kefu.orders.ontime.OrderStep;
import dev.kefu.orders.ontime.StepOutcome;
import dev.kefu.orders.payment.AmountDue;
import dev.kefu.orders.payment.AmountDuePolicy;
import dev.kefu.orders.payment.Freight;
import dev.kefu.orders.payment.PriorBalance;
import dev.kefu.orders.picking.PickingCheck;
import dev.kefu.orders.picking.PickingDeadline;
import dev.kefu.orders.picking.PickingPolicy;
import dev.kefu.orders.review.CustomerKind;
import dev.kefu.orders.review.Order;
import dev.kefu.orders.review.OrderChannel;
import dev.kefu.orders.review.OrderLine;
import dev.kefu.orders.shipping.ShippingPolicy;
import dev.kefu.core.money.Share;
import dev.kefu.sales.attribution.Attribution;
import dev.kefu.sales.attribution.AttributionCase;
import dev.kefu.sales.attribution.AttributionPolicy;
import dev.kefu.sales.attribution.BonusShare;
import dev.kefu.sales.attribution.Deal;
import dev.kefu.sales.attribution.Registration;
import dev.kefu.sales.attribution.VisitKind;
import dev.kefu.sales.attribution.VisitMotive;
import dev.kefu.sales.reception.ReceptionRotation;
import dev.kefu.security.accounts.Account;
import dev.kefu.security.accounts.AccountHygiene;
import dev.kefu.security.login.AccountDirectory;
import dev.kefu.security.login.Incident;
import dev.kefu.security.login.IntrusionRegister;
import dev.kefu.security.login.LoginEvent;
import dev.kefu.security.login.LoginReviewer;
import dev.kefu.security.login.ReviewSettings;
import dev.kefu.security.rotation.AccountRole;
import dev.kefu.security.rotation.RotationPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The service-desk sample: kefu embedded in a small "ERP" that keeps its data in a real
 * database (H2 in file mode by default, PostgreSQL by JDBC URL), using every module:
 * <ol>
 *   <li>archive — imports customers and a year of sales from CSV, grades them (ABC), prints
 *       the composition by grade, product and region, flags stale archives and overdue loans;</li>
 *   <li>attribution — replays visits and deals through the reception rotation and attribution,
 *       storing each owner and bonus split;</li>
 *   <li>complaints — configures the desk's complaint level and resolver rank, takes complaints
 *       around the 2025 National Day week through the workflow (a step by the person complained
 *       about is refused) and prints the SLA board for a chosen "now", then a complaint received
 *       just before the 2026 year end whose reply is due on a provisional 2027 working day;</li>
 *   <li>appraisal — records rewards and penalties (a complaint penalty, a first-offence
 *       warning), runs the month-end appraisal and prints the ranking and statements;</li>
 *   <li>security — password rotation, an administrator handover, account hygiene, a review of
 *       a bundled login log with planted incidents and a tamper-evident intrusion register;</li>
 *   <li>orders — picking deadlines (one order late, one large), the amount due, a shipping
 *       deadline and the month's on-time rate;</li>
 *   <li>gas desk — read rates per meter class (charted), a close-of-business reconciliation
 *       with a difference and an off-schedule commercial reading.</li>
 * </ol>
 * It writes a self-contained HTML report of the same results and prints its path. Run it with
 * {@code ./mvnw -q -pl examples -am compile exec:java}; it resets its own database, so it can be
 * run again and again. Options: {@code --db=<jdbc url>}, {@code --user=}, {@code --password=},
 * {@code --report=<file>}.
 */
public final class ServiceDeskDemo {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The sample's "now": Friday 10 October 2025, 15:00, just after the National Day week. */
    static final Instant NOW = LocalDateTime.parse("2025-10-10T15:00").atZone(SHANGHAI).toInstant();

    private final BusinessCalendar calendar = BusinessCalendar.chinaOfficial();
    private final PrintStream out;
    private final HtmlReport html = new HtmlReport();

    ServiceDeskDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the sample.
     *
     * @param args  {@code --db=}, {@code --user=}, {@code --password=}, {@code --report=}
     */
    public static void main(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                opts.put(a.substring(2, eq), a.substring(eq + 1));
            }
        }
        String url = opts.getOrDefault("db", "jdbc:h2:file:./target/kefu-demo/erp");
        Path report = Path.of(opts.getOrDefault("report", "target/kefu-demo/report.html"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DemoResult r = new ServiceDeskDemo(out).run(url, opts.getOrDefault("user", "sa"), opts.getOrDefault("password", ""), report);
        out.println();
        out.println("HTML report: " + r.report().toAbsolutePath());
    }

    DemoResult run(String jdbcUrl, String user, String password, Path reportFile) {
        try (Erp erp = Erp.openFresh(jdbcUrl, user, password)) {
            Map<String, Long> grades = new TreeMap<>();
            List<String> stale = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            archive(erp, grades, stale, overdue);
            Map<Integer, String> attributions = attribution(erp);
            Map<String, String> board = complaints(erp);
            List<String> ranking = appraisal(erp);
            List<String> incidents = security(erp);
            List<String> lateOrders = orders(erp);
            Map<String, String> readRates = new LinkedHashMap<>();
            String difference = gasDesk(erp, readRates);
            html.write(reportFile, "kefu 客服 — service-desk sample report");
            return new DemoResult(erp.count("customer"), erp.count("sales_line"), grades, stale, overdue, attributions, board, ranking,
                    incidents, lateOrders, readRates, difference, reportFile);
        }
    }

    // ---------------------------------------------------------------- 1. archive

    private void archive(Erp erp, Map<String, Long> gradeCounts, List<String> stale, List<String> overdue) {
        heading("archive", "1. Customer archive: grading, composition, custody (ARC-5, ARC-6, ARC-8, ARC-12)");
        Map<String, String> regionOf = new LinkedHashMap<>();
        for (String[] c : csv("customers.csv")) {
            erp.update("INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?)", c[0], c[1], c[2], c[3], c[4], Timestamp.valueOf(LocalDateTime.parse(c[5])));
            regionOf.put(c[0], c[3]);
        }
        int n = 0;
        for (String[] s : csv("sales.csv")) {
            erp.update("INSERT INTO sales_line VALUES (?, ?, ?, ?, ?, ?)", ++n, java.sql.Date.valueOf(LocalDate.parse(s[0])), s[1], s[2],
                    new BigDecimal(s[3]), Integer.parseInt(s[4]));
        }
        out.printf("  imported %d customers and %d sales lines%n", erp.count("customer"), erp.count("sales_line"));

        // 12-month sales per customer, summed by the database; customers without sales count as zero
        List<CustomerSales> sales = erp.query("SELECT c.id, COALESCE(SUM(s.amount), 0) FROM customer c LEFT JOIN sales_line s "
                + "ON s.customer_id = c.id AND s.sold_on > ? GROUP BY c.id ORDER BY c.id",
                rs -> CustomerSales.of(CustomerId.of(rs.getString(1)), Money.of(rs.getBigDecimal(2))), java.sql.Date.valueOf(LocalDate.of(2024, 9, 30)));
        // ARC-5: the ABC cut-offs 80% / 95% are this company's setting (the regulation gives none)
        GradeBook book = Grading.abc(Share.ofPercent(80), Share.ofPercent(95)).grade(sales);
        Map<String, Grade> gradeOf = new LinkedHashMap<>();
        for (CustomerSales c : sales) {
            Decision<Grade> d = book.decisionFor(c.customerId());
            gradeOf.put(c.customerId().value(), d.outcome());
            erp.update("INSERT INTO customer_grade VALUES (?, ?, ?, ?, ?)", c.customerId().value(), d.outcome().code(), c.sales().amount(),
                    d.ruleIds().toString(), d.explain(Locale.SIMPLIFIED_CHINESE));
        }
        book.counts().forEach((g, k) -> gradeCounts.put(g.code(), k));
        out.println("  ABC grades (80% / 95%): " + gradeCounts);
        CustomerId top = sales.stream().max(java.util.Comparator.comparing(CustomerSales::sales)).orElseThrow().customerId();
        out.println("  why " + top + " is " + gradeOf.get(top.value()) + ": " + book.decisionFor(top).explain(Locale.ENGLISH));

        List<SalesLine> lines = erp.query("SELECT customer_id, product_id, amount, quantity FROM sales_line ORDER BY id",
                rs -> SalesLine.of(CustomerId.of(rs.getString(1)), gradeOf.get(rs.getString(1)), ProductId.of(rs.getString(2)),
                        regionOf.get(rs.getString(1)), Money.of(rs.getBigDecimal(3)), rs.getLong(4)));
        Composition comp = CompositionAnalysis.analyse(lines.stream()).outcome();
        out.println("  sales by grade:   " + shares(comp.salesByGrade()));
        out.println("  volume by product: " + shares(comp.volumeByProduct()));
        out.println("  sales by region:  " + shares(comp.salesByRegion()));
        html.paragraph("Imported " + erp.count("customer") + " customers and " + erp.count("sales_line") + " sales lines; ABC grades "
                + gradeCounts + ".");
        html.barChart("Share of sales by grade (%)", comp.salesByGrade().keySet().stream().map(Grade::code).toList(),
                comp.salesByGrade().values().stream().map(g -> g.share().percent().doubleValue()).toList());
        html.barChart("Share of sales by region (%)", new ArrayList<>(comp.salesByRegion().keySet()),
                comp.salesByRegion().values().stream().map(g -> g.share().percent().doubleValue()).toList());

        // stale archives: not updated within 6 months of the sample's now (the company's setting)
        Instant cutoff = NOW.atZone(SHANGHAI).minus(Period.ofMonths(6)).toInstant();
        stale.addAll(erp.query("SELECT id FROM customer WHERE last_updated < ? ORDER BY id", rs -> rs.getString(1), Timestamp.from(cutoff)));
        out.println("  stale archives (not updated for 6 months, ARC-8): " + stale);

        EmployeeId keeper = EmployeeId.of("archivist");
        LendingRegister register = LendingRegister.keptBy(keeper)
                .lend(CustomerId.of("C001"), EmployeeId.of("rep-A"), at("2025-09-15T10:00"), LocalDate.of(2025, 9, 22), keeper)
                .lend(CustomerId.of("C002"), EmployeeId.of("rep-B"), at("2025-10-09T10:00"), LocalDate.of(2025, 10, 16), keeper);
        for (CustodyMove m : register.overdue(LocalDate.of(2025, 10, 10))) {
            overdue.add(m.archive().orElseThrow().value());
        }
        out.println("  overdue archive loans (ARC-12): " + overdue);
        html.table(List.of("finding", "customers"), List.of(List.of("stale archives (ARC-8)", String.valueOf(stale)),
                List.of("overdue loans (ARC-12)", String.valueOf(overdue))));
    }

    // ---------------------------------------------------------------- 2. attribution

    private Map<Integer, String> attribution(Erp erp) {
        heading("attribution", "2. Reception rotation and sales-lead attribution (ATT-1 … ATT-21)");
        EmployeeId a = EmployeeId.of("rep-A");
        EmployeeId b = EmployeeId.of("rep-B");
        EmployeeId c = EmployeeId.of("rep-C");
        EmployeeId d = EmployeeId.of("rep-D");
        ReceptionRotation rotation = ReceptionRotation.of(List.of(a, b, c, d));
        rotation = rotation.markAway(b).outcome();
        List<String> receivers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var r = rotation.receiveNewVisitor().outcome();
            receivers.add(r.receiver().orElseThrow().value());
            rotation = r.rotation();
        }
        rotation = rotation.markBack(b).outcome();
        var makeUp = rotation.receiveNewVisitor().outcome();
        receivers.add(makeUp.receiver().orElseThrow().value() + " (" + makeUp.kind().orElseThrow() + ")");
        out.println("  rotation with rep-B away, then back: " + receivers);

        AttributionPolicy policy = AttributionPolicy.regulation();
        LocalDate visit = LocalDate.of(2025, 10, 9);
        List<AttributionCase.Builder> cases = List.of(
                base("C010", a, visit).visit(VisitKind.FIRST_VISIT).deal(new Deal(visit, a)),
                base("C011", a, visit).registrations(new Registration(b, LocalDateTime.parse("2025-09-20T10:00")))
                        .mentions(b).turnedDown(b).designates(a).deal(new Deal(visit, a)),
                base("C012", c, visit).registrations(new Registration(b, LocalDateTime.parse("2025-09-28T15:00")))
                        .mentions(b).deal(new Deal(visit, c)),
                base("C013", a, visit).registrations(new Registration(b, LocalDateTime.parse("2025-07-01T10:00")))
                        .motive(new VisitMotive.ForgotWho()).identifiedAtVisit(b).deal(new Deal(visit, a)),
                base("C014", d, visit).registrations(new Registration(a, LocalDateTime.parse("2025-09-30T09:00")))
                        .motive(new VisitMotive.ForgotWho()).identifiedAtVisit(a).deal(new Deal(visit, d)));
        Map<Integer, String> stored = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        Money bonus = Money.of("1000.01");
        for (int i = 0; i < cases.size(); i++) {
            Decision<Attribution> dec = policy.decide(cases.get(i).build());
            Attribution at = dec.outcome();
            String split = at.bonus().stream().map(BonusShare::toString).collect(Collectors.joining(" / "));
            String amounts = at.split(bonus).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
                    .collect(Collectors.joining(" / "));
            erp.update("INSERT INTO attribution VALUES (?, ?, ?, ?, ?, ?, ?)", i + 1, "C01" + i, at.owner().toString(),
                    at.performance().map(Object::toString).orElse(null), split, amounts, dec.ruleIds().toString());
            stored.put(i + 1, split);
            out.printf("  visit %d: %s; bonus of %s -> %s  %s%n", i + 1, split, bonus.toPlainString(), amounts, dec.ruleIds());
            rows.add(List.of(String.valueOf(i + 1), at.owner().toString(), split, amounts, dec.ruleIds().toString()));
        }
        html.paragraph("Rotation with rep-B away, then back: " + receivers);
        html.table(List.of("visit", "owner", "bonus split", "bonus of 1000.01", "rules"), rows);
        return stored;
    }

    private static AttributionCase.Builder base(String customer, EmployeeId receiver, LocalDate day) {
        EmployeeId a = EmployeeId.of("rep-A");
        EmployeeId b = EmployeeId.of("rep-B");
        EmployeeId c = EmployeeId.of("rep-C");
        EmployeeId d = EmployeeId.of("rep-D");
        return AttributionCase.builder().customer(CustomerId.of(customer)).team(a, b, c, d).present(a, c, d, receiver)
                .visitDate(day).visit(VisitKind.RETURNING).receivedBy(receiver);
    }

    // ---------------------------------------------------------------- 3. complaints

    /** The desk's complaint level and the rank that resolves it (CMP-8: the host's setting, no default). */
    private static final ComplaintLevel ORDINARY = ComplaintLevel.of("一般投诉");
    private static final Rank SUPERVISOR = Rank.of("部门主管");
    private static final DepartmentId SERVICE = DepartmentId.of("service");
    /** When the year-end complaint K6 is looked at: Monday 4 January 2027, 09:00. */
    static final Instant NEW_YEAR_NOW = LocalDateTime.parse("2027-01-04T09:00").atZone(SHANGHAI).toInstant();

    private Map<String, String> complaints(Erp erp) {
        heading("complaints", "3. Complaints and the SLA board at " + show(NOW) + " (CMP-7, CMP-8, CMP-9, CORE-CAL-3)");
        EmployeeId hr = EmployeeId.of("hr-admin");
        EmployeeId sup = EmployeeId.of("supervisor");
        ComplaintWorkflow workflow = ComplaintWorkflow.of(ComplaintLevels.builder().level(ORDINARY, SUPERVISOR).build());
        Actor intake = Actor.hrAdminIntake(hr);
        Actor resolver = Actor.holding(sup, new Post(SUPERVISOR, SERVICE));
        // the regulation's 1 and 2 working days; "at risk" after 80% of a budget is this desk's own setting
        ComplaintSlaPolicy sla = ComplaintSlaPolicy.builder(calendar).atRiskAfter(Share.ofPercent(80)).build();
        List<Complaint> complaints = new ArrayList<>();
        complaints.add(complaint("K1", "2025-09-30T21:30", hr));
        Complaint k2 = complaint("K2", "2025-09-29T10:00", hr);
        k2 = step(workflow, k2, intake, ComplaintEvent.of(EventType.RECORDED, hr, Role.HR_ADMIN_INTAKE, at("2025-09-29T10:20")));
        k2 = step(workflow, k2, intake, ComplaintEvent.of(EventType.ASSESSED_VALID, hr, Role.HR_ADMIN_INTAKE, at("2025-09-29T10:30")));
        k2 = step(workflow, k2, intake, ComplaintEvent.of(EventType.DISPATCHED, hr, Role.HR_ADMIN_INTAKE, at("2025-09-29T10:40")));
        k2 = step(workflow, k2, resolver, ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, sup, SUPERVISOR, at("2025-09-29T14:00")));
        k2 = step(workflow, k2, resolver, ComplaintEvent.byResolver(EventType.SOLUTION_PROPOSED, sup, SUPERVISOR, at("2025-09-30T09:00")));
        k2 = step(workflow, k2, resolver, ComplaintEvent.byResolver(EventType.CUSTOMER_SATISFIED, sup, SUPERVISOR, at("2025-09-30T11:00")));
        complaints.add(k2);
        Complaint k3 = complaint("K3", "2025-09-29T10:00", hr);
        k3 = step(workflow, k3, intake, ComplaintEvent.of(EventType.PAUSED, hr, Role.HR_ADMIN_INTAKE, at("2025-09-30T10:00")));
        k3 = step(workflow, k3, intake, ComplaintEvent.of(EventType.RESUMED, hr, Role.HR_ADMIN_INTAKE, at("2025-10-09T10:00")));
        complaints.add(k3);
        Complaint k4 = complaint("K4", "2025-10-10T09:00", hr);
        k4 = step(workflow, k4, intake, ComplaintEvent.of(EventType.RECORDED, hr, Role.HR_ADMIN_INTAKE, at("2025-10-10T09:10")));
        k4 = step(workflow, k4, intake, ComplaintEvent.of(EventType.ASSESSED_VALID, hr, Role.HR_ADMIN_INTAKE, at("2025-10-10T09:20")));
        k4 = step(workflow, k4, intake, ComplaintEvent.of(EventType.DISPATCHED, hr, Role.HR_ADMIN_INTAKE, at("2025-10-10T09:30")));
        // CMP-13: agent-E, who also holds a supervisor post in the service department, is the one complained
        // about and may not investigate; the refusal is a decision and K4 stays unchanged
        EmployeeId subject = EmployeeId.of("agent-E");
        Decision<StepResult> refused = workflow.apply(k4, Actor.holding(subject, new Post(SUPERVISOR, SERVICE)),
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, subject, SUPERVISOR, at("2025-10-10T10:00")));
        out.println("  agent-E starting the investigation of K4: " + refused.outcome().verdict() + " — " + refused.explain(Locale.ENGLISH));
        complaints.add(refused.outcome().complaint());
        complaints.add(complaint("K5", "2025-09-28T16:00", hr));
        Map<String, String> board = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> statusCounts = new TreeMap<>();
        for (Complaint c : complaints) {
            board(erp, sla, c, NOW, board, rows, statusCounts);
        }
        // CORE-CAL-3: received just before the year end, looked at in January; 2027's schedule is not yet published
        out.println("  at " + show(NEW_YEAR_NOW) + ":");
        board(erp, sla, complaint("K6", "2026-12-30T10:00", hr), NEW_YEAR_NOW, board, rows, statusCounts);
        html.table(List.of("complaint", "received", "target", "status", "due", "breached at"), rows);
        html.barChart("Reply targets (CMP-7) by status", new ArrayList<>(statusCounts.keySet()), new ArrayList<>(statusCounts.values()));
        return board;
    }

    private void board(Erp erp, ComplaintSlaPolicy sla, Complaint c, Instant now, Map<String, String> board, List<List<String>> rows,
                       Map<String, Double> statusCounts) {
        for (SlaReport r : sla.status(c, now)) {
            erp.update("INSERT INTO complaint_sla VALUES (?, ?, ?, ?)", c.id().value(), r.target().name(), r.status().name(),
                    r.due().map(Timestamp::from).orElse(null));
            if (r.target() == SlaTarget.REPLY) {
                board.put(c.id().value(), r.status().name());
                statusCounts.merge(r.status().name(), 1.0, Double::sum);
            }
            String due = r.due().map(d -> show(d) + (calendar.isProvisionalBetween(c.receivedAt(), d) ? " provisional" : "")).orElse("-");
            rows.add(List.of(c.id().value(), show(c.receivedAt()), r.target().name(), r.status().name(), due,
                    r.breachedAt().map(this::show).orElse("-")));
            out.printf("  %s received %s  %-20s %-9s due %s%n", c.id(), show(c.receivedAt()), r.target(), r.status(), due);
            if (r.target() == SlaTarget.REPLY && r.due().isPresent() && calendar.isProvisionalBetween(c.receivedAt(), r.due().get())) {
                for (Reason note : calendar.provisionalReasons(c.receivedAt().atZone(SHANGHAI).toLocalDate(),
                        r.due().get().atZone(SHANGHAI).toLocalDate())) {
                    out.println("     [" + note.rule() + "] " + note.render(Locale.ENGLISH));
                }
            }
        }
    }

    private Complaint complaint(String id, String received, EmployeeId hr) {
        return Complaint.receive(hr, at(received)).id(ComplaintId.of(id)).customer(CustomerId.of("C00" + id.charAt(1)))
                .channel(Channel.PHONE_DIRECT_LINE).category(Category.SERVICE_ATTITUDE).level(ORDINARY)
                .department(SERVICE).addStaffComplainedAbout(EmployeeId.of("agent-E")).build();
    }

    /** One workflow step; the sample's steps are all allowed, so a refusal is a bug in the sample. */
    private static Complaint step(ComplaintWorkflow workflow, Complaint c, Actor actor, ComplaintEvent event) {
        Decision<StepResult> d = workflow.apply(c, actor, event);
        if (!d.outcome().accepted()) {
            throw new IllegalStateException(d.explain(Locale.ENGLISH));
        }
        return d.outcome().complaint();
    }

    // ---------------------------------------------------------------- 4. appraisal

    private List<String> appraisal(Erp erp) {
        heading("appraisal", "4. Rewards, penalties and the September appraisal (APR-1 … APR-9, CMP-12)");
        EmployeeId mgr = EmployeeId.of("cs-manager");
        List<EmployeeId> staff = List.of(EmployeeId.of("agent-E"), EmployeeId.of("agent-F"), EmployeeId.of("agent-G"),
                EmployeeId.of("agent-H"), EmployeeId.of("agent-J"));
        // APR-6: the transfer count is the company's setting (the regulation gives none)
        PenaltyLedger ledger = PenaltyLedger.builder().transferAfterOffences(3).build();
        Recorder manager = Recorder.customerServiceManager(mgr);
        LocalDate day = LocalDate.of(2025, 9, 10);
        // APR-8's phone ladder: answered on the 5th ring; APR-9: a first offender gets a warning (its form is the manager's choice)
        Decision<Recording> first = ledger.record(OffenceReport.builder().employee(staff.get(1)).date(day).recordedBy(manager)
                .phoneAnsweredOnRing(5).warningForm(WarningForm.WRITTEN).build());
        ledger.record(OffenceReport.builder().employee(staff.get(1)).date(day.plusDays(5)).recordedBy(manager)
                .phoneAnsweredOnRing(4).warningForm(WarningForm.WRITTEN).build());
        Sanction tier2 = ComplaintPenaltySchedule.fixedTier(ComplaintOffence.ARGUING_WITH_A_CUSTOMER).outcome();
        ledger.recordSanction(staff.get(0), tier2, RuleId.of("CMP-12"), "CMP-12:ARGUING_WITH_A_CUSTOMER", day.plusDays(8), mgr);
        ledger.recordReward(staff.get(2), RewardCode.PRAISE_LETTER, day.plusDays(3), mgr);
        ledger.recordReward(staff.get(2), RewardCode.CATCHES_ORDER_OR_WEBSITE_MISTAKE, day.plusDays(4), mgr);
        out.println("  first offence: " + first.explain(Locale.ENGLISH));
        for (LedgerEntry e : ledger.entries()) {
            erp.update("INSERT INTO ledger_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (int) e.sequence(), e.employee().value(),
                    java.sql.Date.valueOf(e.date()), e.kind().name(), e.code(), e.amount().amount(), e.points(), e.rule().value());
        }
        YearMonth month = YearMonth.of(2025, 9);
        Map<EmployeeId, MonthlyStatement> statements = ledger.statements(month);
        Map<EmployeeId, Integer> points = new LinkedHashMap<>();
        statements.forEach((e, s) -> points.put(e, s.pointsDeducted()));
        // APR-2 … APR-4: the scheme's weights, the source weights and the bands are the company's settings (no defaults)
        AppraisalScheme scheme = AppraisalScheme.regulation()
                .weight(AppraisalScheme.WORK_RESULTS, Share.ofPercent(50)).weight(AppraisalScheme.ATTITUDE, Share.ofPercent(30))
                .weight(AppraisalScheme.ABILITY, Share.ofPercent(20))
                .weight("CONSULTATION_ACCURACY", Share.ofPercent(40)).weight("ORDER_ON_TIME_RATE", Share.ofPercent(30))
                .weight("COMPLAINT_SATISFACTION", Share.ofPercent(30))
                .weight("DISCIPLINE", Share.ofPercent(40)).weight("TEAMWORK", Share.ofPercent(30)).weight("RESPONSIBILITY", Share.ofPercent(30))
                .weight("PRODUCT_KNOWLEDGE", Share.ofPercent(50)).weight("SERVICE_SKILLS", Share.ofPercent(50))
                .build();
        double[][] scores = {{88, 92, 90}, {75, 80, 85}, {95, 96, 90}, {60, 55, 70}, {82, 86, 80}};
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            sheets.add(ScoreSheet.builder(staff.get(i), month).all(Source.SUPERVISOR, scheme, scores[i][0])
                    .all(Source.CUSTOMERS, scheme, scores[i][1]).all(Source.SELF, scheme, scores[i][2]).build());
        }
        MonthlyAppraisal appraisal = MonthlyAppraisal.builder().scheme(scheme)
                .weights(new SourceWeights(Share.ofPercent(50), Share.ofPercent(30), Share.ofPercent(20))).bands(Bands.of(90, 70)).build();
        List<String> ranking = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Decision<AppraisalResult> d : appraisal.appraise(month, sheets, points, Map.of())) {
            AppraisalResult r = d.outcome();
            MonthlyStatement s = statements.get(r.employee());
            erp.update("INSERT INTO appraisal_result VALUES (?, ?, ?, ?, ?)", r.employee().value(), r.total(), r.rank(), r.band().name(),
                    r.outcome().name());
            ranking.add(r.employee().value());
            String statement = s == null ? "no entries" : "rewards " + s.rewards().toPlainString() + ", fines " + s.fines().toPlainString()
                    + ", warnings " + s.warnings() + ", points -" + s.pointsDeducted();
            out.printf("  #%d %s %s %s %s | %s%n", r.rank(), r.employee(), r.total().toPlainString(), r.band(), r.outcome(), statement);
            rows.add(List.of(String.valueOf(r.rank()), r.employee().value(), r.total().toPlainString(), r.band().name(), r.outcome().name(), statement));
        }
        html.table(List.of("rank", "employee", "score", "band", "outcome", "September statement"), rows);
        html.barChart("Appraisal scores", rows.stream().map(r -> r.get(1)).toList(),
                rows.stream().map(r -> Double.parseDouble(r.get(2))).toList());
        return ranking;
    }

    // ---------------------------------------------------------------- 5. security

    private List<String> security(Erp erp) {
        heading("security", "5. Password rotation, account hygiene, login-log review and the intrusion register (SEC-2 … SEC-8)");
        RotationPolicy rotation = RotationPolicy.regulation();
        List<List<String>> rot = new ArrayList<>();
        Object[][] accounts = {{"root", AccountRole.SYSTEM_ADMINISTRATOR, "2025-09-20T09:00"}, {"netadm", AccountRole.NETWORK_ADMINISTRATOR,
            "2025-10-01T09:00"}, {"ops1", AccountRole.SYSTEM_OPERATOR, "2025-09-29T09:00"}, {"alice", AccountRole.STAFF, "2025-01-01T09:00"}};
        for (Object[] a : accounts) {
            var st = rotation.status((AccountRole) a[1], at((String) a[2]), NOW).outcome();
            out.printf("  password of %-7s %-22s %s%n", a[0], a[1], st.state());
            rot.add(List.of((String) a[0], a[1].toString(), st.state().name(), st.due().map(this::show).orElse("-")));
        }
        // SEC-5: the system administrator left the post at 09:00 on Oct 10; the successor supervised a change at 09:40
        var handover = new dev.kefu.security.rotation.AdministratorHandover(at("2025-10-10T09:00"), EmployeeId.of("admin-2"),
                Optional.of(at("2025-10-10T09:40")), Optional.of(EmployeeId.of("admin-2"))).status(NOW);
        out.println("  administrator handover: " + handover.outcome() + " — " + handover.explain(Locale.ENGLISH));
        rot.add(List.of("sysadm (handover)", "SYSTEM_ADMINISTRATOR", "SEC-5 " + handover.outcome(), "2025-10-10 10:00"));
        html.table(List.of("account", "role", "rotation (SEC-3) / handover (SEC-5)", "due"), rot);
        Instant created = at("2024-01-01T09:00");
        var hygiene = AccountHygiene.unusedAfter(Duration.ofDays(90)).review(List.of(
                new Account(AccountId.of("alice"), EmployeeId.of("alice"), true, Optional.of(at("2025-10-09T09:00")), created, false),
                new Account(AccountId.of("temp"), EmployeeId.of("temp"), false, Optional.empty(), created, false),
                new Account(AccountId.of("gone"), EmployeeId.of("gone"), true, Optional.of(at("2025-06-01T09:00")), created, true)), NOW);
        hygiene.outcome().forEach(f -> out.println("  hygiene: " + f.account() + " " + f.kind() + " -> " + f.action()));

        List<LoginEvent> log = new ArrayList<>();
        for (String[] l : csv("logins.csv")) {
            log.add(new LoginEvent(LocalDateTime.parse(l[0]).atZone(SHANGHAI).toInstant(), AccountId.of(l[1]), l[2], l[3],
                    Boolean.parseBoolean(l[4]), l[5]));
        }
        AccountDirectory directory = new AccountDirectory() {
            @Override
            public Status status(AccountId account) {
                return account.value().equals("gone") ? Status.DEPARTED : Status.ACTIVE;
            }

            @Override
            public boolean privileged(AccountId account) {
                return account.value().equals("root");
            }

            @Override
            public Set<String> knownSources(AccountId account) {
                return Set.of("10.1.0.5");
            }
        };
        // SEC-7: every threshold is the company's own setting, named (kefu's suggested profile; no silent default)
        ReviewSettings settings = ReviewSettings.builder().window(Duration.ofMinutes(10)).failuresPerAccount(5).accountsPerSource(10)
                .burstBeforeSuccess(3).failuresPerDevice(10).portsPerSource(20).devices(Set.of()).build();
        List<Incident> incidents = LoginReviewer.review(settings, directory, Optional.of(calendar), log);
        List<String> kinds = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int id = 0;
        for (Incident i : incidents) {
            erp.update("INSERT INTO security_incident VALUES (?, ?, ?, ?, ?)", ++id, i.kind().name(), i.account().value(), Timestamp.from(i.at()),
                    i.kind().rule());
            kinds.add(i.kind().name());
            out.printf("  incident %-28s %-8s from %-14s at %s%n", i.kind(), i.account(), i.source(), show(i.at()));
            rows.add(List.of(i.kind().name(), i.account().value(), i.source(), show(i.at()), i.kind().rule()));
        }
        // SEC-8: each intrusion is registered with its original log lines and reported; the host keeps the head digest
        // apart from the records, and a register restored from stored records is checked against it
        IntrusionRegister register = new IntrusionRegister();
        List<String[]> raw = csv("logins.csv");
        for (Incident i : incidents) {
            List<String> evidence = raw.stream().filter(l -> l[1].equals(i.account().value()) && l[3].equals(i.source()))
                    .map(l -> String.join(",", l)).toList();
            register.register(i, evidence, EmployeeId.of("sysadmin"), NOW, EmployeeId.of("it-director"), NOW);
        }
        String head = register.head();
        boolean intact = IntrusionRegister.restore(register.records(), head).verify().isEmpty();
        out.printf("  intrusion register (SEC-8): %d records, head digest %s…, %s%n", register.records().size(), head.substring(0, 12),
                intact ? "verified against the stored head" : "TAMPERED");
        html.paragraph(log.size() + " login events reviewed; " + incidents.size() + " incidents, registered with their evidence (SEC-8).");
        html.table(List.of("incident", "account", "source", "at", "rule"), rows);
        return kinds;
    }

    // ---------------------------------------------------------------- 6. orders

    private List<String> orders(Erp erp) {
        heading("orders", "6. Orders: picking and shipping deadlines, the amount due, the on-time rate (ORD-4, ORD-6, ORD-8, ORD-19)");
        // ORD-4: the cut-off, the large-order size and the desk's end of work are this company's settings (no defaults)
        PickingPolicy picking = PickingPolicy.builder().cutOff(LocalTime.of(16, 0)).largeOrderQuantity(100)
                .endOfWork(LocalTime.of(18, 0)).build();
        // ORD-8: the shipping period is the company's setting too, counted in working days of the official calendar
        ShippingPolicy shipping = ShippingPolicy.builder().shipWithinWorkingDays(2).calendar(calendar).build();
        // order id, received, quantity, picked, shipped
        String[][] orders = {{"D-101", "2025-10-09T09:30", "20", "2025-10-09T15:00", "2025-10-10T10:00"},
            {"D-102", "2025-10-09T16:45", "10", "2025-10-10T11:00", "2025-10-10T14:00"},
            {"D-103", "2025-10-09T10:00", "150", "2025-10-10T19:30", "2025-10-11T16:00"}};
        List<String> late = new ArrayList<>();
        List<StepOutcome> steps = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String[] o : orders) {
            Order order = Order.builder().id(OrderId.of(o[0])).customer(CustomerId.of("C001")).channel(OrderChannel.ONLINE)
                    .receivedAt(at(o[1])).customerKind(CustomerKind.WHOLESALER).deliveryAddress("上海市徐汇区某路 1 号")
                    .contact(MobileNumber.of("13812345678"))
                    .addLines(OrderLine.builder().productName("青花茶具").specification("六件套").quantity(Integer.parseInt(o[2]))
                            .itemCode("QH-06").build())
                    .build();
            Decision<PickingDeadline> d = picking.deadline(order);
            PickingDeadline pd = d.outcome();
            Decision<PickingCheck> check = picking.check(order.receivedAt(), order.totalQuantity(), at(o[3]));
            if (pd.causes().contains(dev.kefu.orders.picking.DeferralCause.LATE)) {
                late.add(o[0]);
            }
            String causes = pd.causes().stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
            erp.update("INSERT INTO order_picking VALUES (?, ?, ?, ?, ?, ?, ?)", o[0], Timestamp.from(order.receivedAt()),
                    Integer.parseInt(o[2]), pd.target().name(), causes.isEmpty() ? "-" : causes, Timestamp.from(pd.deadline()),
                    check.outcome().name());
            out.printf("  order %s received %s qty %-4s %-13s %-10s picking due %s, picked %s: %s%n", o[0], show(order.receivedAt()), o[2],
                    pd.target(), causes.isEmpty() ? "-" : causes, show(pd.deadline()), o[3].replace('T', ' '), check.outcome());
            out.println("     zh: " + d.explain(Locale.SIMPLIFIED_CHINESE));
            out.println("     en: " + d.explain(Locale.ENGLISH));
            Instant shipDue = shipping.deadline(order.receivedAt()).outcome();
            steps.add(new StepOutcome(order.id(), OrderStep.PICKING, pd.deadline(), at(o[3])));
            steps.add(new StepOutcome(order.id(), OrderStep.SHIPPING, shipDue, at(o[4])));
            rows.add(List.of(o[0], show(order.receivedAt()), o[2], pd.target().name(), causes.isEmpty() ? "-" : causes, show(pd.deadline()),
                    check.outcome().name(), show(shipDue), d.ruleIds().toString()));
        }
        out.println("  late orders (received at or after the 16:00 cut-off, ORD-4): " + late);
        // ORD-8: the shipping deadline of the late order, which becomes ready to ship when it is received
        Decision<Instant> ship = shipping.deadline(at("2025-10-09T16:45"));
        out.println("  D-102 shipping due (ORD-8): " + show(ship.outcome()));
        out.println("     zh: " + ship.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + ship.explain(Locale.ENGLISH));
        // ORD-6: goods less the customer's credit, plus freight
        Decision<AmountDue> due = AmountDuePolicy.regulation()
                .compute(Money.of("3600.00"), PriorBalance.credit(Money.of("120.50")), Freight.charged(Money.of("45.00")));
        out.println("  D-101 amount due (ORD-6): " + due.outcome().total().toPlainString());
        out.println("     zh: " + due.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + due.explain(Locale.ENGLISH));
        // ORD-19: an order is on time when every step with a deadline was done by it
        Decision<OnTimeRate> rate = OnTimeRatePolicy.regulation().over(steps, YearMonth.of(2025, 10));
        String percent = rate.outcome().percent().map(p -> p.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()).orElse("-");
        out.printf("  on-time rate 2025-10 (ORD-19): %d of %d orders, %s%%%n", rate.outcome().onTime(), rate.outcome().due(), percent);
        out.println("     zh: " + rate.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + rate.explain(Locale.ENGLISH));
        html.table(List.of("order", "received", "quantity", "picking target", "deferred because", "picking due", "picked (ORD-4)",
                "shipping due (ORD-8)", "rules"), rows);
        html.table(List.of("finding", "value"), List.of(
                List.of("late orders (ORD-4, cut-off 16:00)", String.valueOf(late)),
                List.of("D-101 amount due (ORD-6): goods 3600.00 − credit 120.50 + freight 45.00", due.outcome().total().toPlainString()),
                List.of("D-102 shipping due (ORD-8, 2 working days)", show(ship.outcome())),
                List.of("on-time rate 2025-10 (ORD-19)", rate.outcome().onTime() + " of " + rate.outcome().due() + ", " + percent + "%")));
        return late;
    }

    // ---------------------------------------------------------------- 7. gas desk

    private String gasDesk(Erp erp, Map<String, String> readRates) {
        heading("gas", "7. Gas desk: read rates, close-of-business reconciliation, reading days (MTR-6, MTR-7, MTR-15)");
        // MTR-6: the quarter's reading sheet, one row per meter due
        ReadSheet.Builder sheet = ReadSheet.builder(LocalDate.of(2025, 9, 30));
        for (int i = 0; i < 1000; i++) {
            sheet.add(MeterClass.HOUSEHOLD, i < 985 ? ReadOutcome.READ : ReadOutcome.SKIPPED);
            sheet.add(MeterClass.INDOOR_HOUSEHOLD, i < 685 ? ReadOutcome.READ : ReadOutcome.ESTIMATED);
        }
        for (int i = 0; i < 40; i++) {
            sheet.add(MeterClass.COMMERCIAL, ReadOutcome.READ);
        }
        Decision<ReadRateReport> rates = ReadRatePolicy.regulation().report(sheet.build());
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ClassRate line : rates.outcome().lines()) {
            MeterClass c = line.cycle().meterClass();
            BigDecimal percent = line.rate().map(r -> r.asShare().percent().setScale(2, java.math.RoundingMode.DOWN)).orElse(null);
            String shown = percent == null ? "-" : percent.toPlainString() + "%";
            readRates.put(c.name(), shown);
            erp.update("INSERT INTO gas_read_rate VALUES (?, ?, ?, ?, ?, ?)", c.name(), (int) line.due(), (int) line.read(), percent,
                    line.target().percent(), line.status().name());
            out.printf("  read rate %-16s %-6s %4d of %4d read: %-7s (target %s) %s%n", c, GasMessages.zh(c), line.read(), line.due(), shown,
                    line.target(), line.status());
            labels.add(GasMessages.en(c) + " (target " + line.target() + ")");
            values.add(percent == null ? 0.0 : percent.doubleValue());
            rows.add(List.of(GasMessages.en(c) + " / " + GasMessages.zh(c), String.valueOf(line.due()), String.valueOf(line.read()), shown,
                    line.target().toString(), line.status().name()));
        }
        out.println("     zh: " + rates.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + rates.explain(Locale.ENGLISH));
        html.table(List.of("meter class", "due", "read", "read rate", "target (MTR-6)", "status"), rows);
        html.barChart("Read rate by meter class, Q3 2025 (%, MTR-6)", labels, values);

        // MTR-15: the system's payment log against the cash counted at close; a difference is a "no" with its amount
        PaymentLog.Builder day = PaymentLog.builder(LocalDate.of(2025, 10, 9));
        Collector wang = day.collector(EmployeeId.of("billing-wang"));
        Collector li = day.collector(EmployeeId.of("billing-li"));
        day.add(wang, at("2025-10-09T09:12"), Money.of("86.40"));
        day.add(wang, at("2025-10-09T11:05"), Money.of("230.00"));
        day.add(li, at("2025-10-09T14:40"), Money.of("120.00"));
        day.add(wang, at("2025-10-09T16:20"), Money.of("55.50"));
        Takings counted = Takings.builder()
                .counted(EmployeeId.of("billing-wang"), Money.of("366.90"))
                .counted(EmployeeId.of("billing-li"), Money.of("120.00"))
                .build();
        CloseOfBusinessReconciliation close = CloseOfBusinessReconciliation.builder()
                .differenceProcedure(HostLabel.of("make-good", "收费员当日补齐并报组长", "the collector makes it good the same day and tells the group leader"))
                .build();
        Decision<ReconciliationReport> rec = close.reconcile(day.build(), counted);
        ReconciliationReport report = rec.outcome();
        List<List<String>> recRows = new ArrayList<>();
        for (CollectorLine l : report.lines()) {
            out.printf("  close of business %s %-13s system %8s counted %8s difference %7s %s%n", report.businessDay(), l.collector(),
                    l.systemTotal().toPlainString(), l.counted().toPlainString(), l.difference().toPlainString(), l.balance());
            recRows.add(List.of(l.collector().value(), String.valueOf(l.payments()), l.systemTotal().toPlainString(),
                    l.counted().toPlainString(), l.difference().toPlainString(), l.balance().name()));
        }
        String difference = report.difference().toPlainString();
        out.printf("  reconciliation (MTR-15): system %s, counted %s, difference %s%n", report.systemTotal().toPlainString(),
                report.countedTotal().toPlainString(), difference);
        out.println("     zh: " + rec.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + rec.explain(Locale.ENGLISH));
        recRows.add(List.of("total", "", report.systemTotal().toPlainString(), report.countedTotal().toPlainString(), difference,
                report.balanced() ? "BALANCED" : "DIFFERENCE"));
        html.table(List.of("collector", "payments", "system (MTR-15)", "counted", "difference", "balance"), recRows);

        // MTR-7: commercial meters are read on the 22nd–23rd; the other classes' days are the company's settings
        ReadingPolicy readings = ReadingPolicy.builder()
                .readingDays(MeterClass.HOUSEHOLD, ReadingDays.everyMonth(1, 20))
                .readingDays(MeterClass.INDOOR_HOUSEHOLD, ReadingDays.everyMonth(1, 20))
                .build();
        MeterReading offDay = MeterReading.builder().meterNumber("C-0815").meterClass(MeterClass.COMMERCIAL)
                .takenAt(at("2025-10-09T10:30")).index(new BigDecimal("18230.4")).cumulativeConsumption(new BigDecimal("18230.4")).build();
        Decision<ReadingVerdict> verdict = readings.check(offDay);
        out.printf("  commercial reading C-0815 taken %s (MTR-7, read on the 22nd–23rd): %s %s%n", show(offDay.takenAt()),
                verdict.outcome().status(), verdict.outcome().findings());
        out.println("     zh: " + verdict.explain(Locale.SIMPLIFIED_CHINESE));
        out.println("     en: " + verdict.explain(Locale.ENGLISH));
        html.table(List.of("reading", "class", "taken", "status (MTR-7)", "findings"), List.of(List.of("C-0815", "COMMERCIAL",
                show(offDay.takenAt()), verdict.outcome().status().name(), String.valueOf(verdict.outcome().findings()))));
        return difference;
    }

    // ---------------------------------------------------------------- helpers

    private void heading(String id, String title) {
        out.println();
        out.println(title);
        html.section(id, title);
    }

    private static String shares(Map<?, GroupShare> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().share()).collect(Collectors.joining(", "));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private String show(Instant t) {
        return t.atZone(SHANGHAI).toLocalDateTime().toString().replace('T', ' ');
    }

    private static List<String[]> csv(String name) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ServiceDeskDemo.class.getResourceAsStream("data/" + name),
                StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> columns(String[] row) {
        return Arrays.asList(row);
    }
}
