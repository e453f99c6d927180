package dev.kefu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Runs the service-desk sample against a fresh H2 database and checks its results. */
class ServiceDeskDemoTest {

    private static DemoResult run(Path dir, ByteArrayOutputStream buffer) {
        return new ServiceDeskDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .run("jdbc:h2:file:" + dir.resolve("erp").toAbsolutePath(), "sa", "", dir.resolve("report.html"));
    }

    @Test
    @DisplayName("ARC-5 ARC-6 ATT-9 ATT-10 CMP-7 CMP-8 CMP-13 CORE-CAL-3 APR-4 APR-9 SEC-7 SEC-8 ORD-4 ORD-6 ORD-8 ORD-19 MTR-6 MTR-7 MTR-15 the sample runs end to end on a fresh H2 database")
    void end_to_end(@TempDir Path dir) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoResult r = run(dir, buffer);
        assertThat(r.customers()).isEqualTo(30);
        assertThat(r.salesLines()).isEqualTo(518);
        assertThat(r.gradeCounts()).containsEntry("A", 2L).containsEntry("B", 4L).containsEntry("C", 24L);
        assertThat(r.staleArchives()).contains("C007").doesNotContain("C001");
        assertThat(r.overdueLoans()).containsExactly("C001");
        assertThat(r.attributions()).containsEntry(2, "rep-A 80% / rep-B 20%").containsEntry(3, "rep-B 80% / rep-C 20%")
                .containsEntry(5, "rep-D 50% / rep-A 50%");
        // CMP-7's reply target (was SATISFACTORY_REPLY; amended 2026-11-24: met by the reply proposing a resolution)
        assertThat(r.slaBoard()).containsEntry("K1", "RUNNING").containsEntry("K2", "MET").containsEntry("K3", "AT_RISK")
                .containsEntry("K5", "BREACHED").containsEntry("K6", "RUNNING");
        assertThat(r.ranking()).containsExactly("agent-G", "agent-E", "agent-J", "agent-F", "agent-H");
        assertThat(r.securityIncidents()).containsExactly("REPEATED_FAILURES", "PASSWORD_SPRAYING", "DISABLED_OR_DEPARTED_ACCOUNT",
                "OUTSIDE_WORKING_HOURS", "PRIVILEGED_NEW_SOURCE");
        String out = buffer.toString(StandardCharsets.UTF_8);
        // APR-9 per person, explained with labels (never constant names): a written warning instead of the 20 yuan fine
        assertThat(out).contains("a first offender, so a warning in place of the 20.00 yuan fine").contains("written warning")
                .doesNotContain("PHONE_NOT_ANSWERED_IN_THREE_RINGS");
        // CMP-13: the person complained about may not act on the complaint; the refusal is a decision
        assertThat(out).contains("agent-E starting the investigation of K4: REFUSED — [CMP-13]");
        assertThat(out).contains("administrator handover: MET");
        assertThat(out).contains("password of root    SYSTEM_ADMINISTRATOR   EXPIRED");
        assertThat(out).contains("intrusion register (SEC-8): 5 records").contains("verified against the stored head");
        assertThat(out).contains("K5 received 2025-09-28 16:00  REPLY                BREACHED  due 2025-09-30 22:00");
        // CORE-CAL-3: received 2026-12-30, looked at on 2027-01-04; the reply is due on a 2027 working day estimated
        // from the statutory holidays (2027's schedule is not yet published), so the due date is marked provisional
        assertThat(out).contains("K6 received 2026-12-30 10:00  REPLY                RUNNING   due 2027-01-04 22:00 provisional")
                .contains("[CORE-CAL-3] the 2027 schedule is not yet published; estimated from the statutory holidays");
        assertThat(out).doesNotContain("due 2025-09-30 22:00 provisional");
        // ORD-4: the cut-off (16:00), the large-order size (100) and the end of work (18:00) are the company's settings;
        // D-102 came in after the cut-off, D-103 is large and was picked after its deadline
        assertThat(r.lateOrders()).containsExactly("D-102");
        assertThat(out).contains("order D-102 received 2025-10-09 16:45 qty 10   NEXT_DUTY_DAY LATE       picking due 2025-10-10 18:00")
                .contains("[ORD-4] Received 2025-10-09 16:45, at or after the cut-off 16:00")
                .contains("[ORD-4] 接单时间 2025-10-09 16:45，晚于或等于截单时间 16:00")
                .contains("order D-103 received 2025-10-09 10:00 qty 150  NEXT_DUTY_DAY LARGE")
                .contains("picked 2025-10-10 19:30: MISSED");
        // ORD-6: 3600.00 − 120.50 + 45.00; ORD-8: two working days, the Saturday 2025-10-11 being a make-up working day
        assertThat(out).contains("D-101 amount due (ORD-6): 3524.50").contains("D-102 shipping due (ORD-8): 2025-10-11 22:00");
        // ORD-19: D-103 missed its picking deadline
        assertThat(out).contains("on-time rate 2025-10 (ORD-19): 2 of 3 orders, 66.67%");
        // MTR-6: commercial 100%, household at least 98%, indoor-mounted at least 70%
        assertThat(r.readRates()).containsEntry("COMMERCIAL", "100.00%").containsEntry("HOUSEHOLD", "98.50%")
                .containsEntry("INDOOR_HOUSEHOLD", "68.50%");
        assertThat(out).contains("685 of 1000 read: 68.50%  (target 70%) BELOW").contains("985 of 1000 read: 98.50%  (target 98%) MET")
                .contains("40 of   40 read: 100.00% (target 100%) MET");
        // MTR-15: billing-wang counted 5.00 less than the system's payments; the difference names the host's procedure
        assertThat(r.cashDifference()).isEqualTo("-5.00");
        assertThat(out).contains("reconciliation (MTR-15): system 491.90, counted 486.90, difference -5.00")
                .contains("[MTR-15] Collector billing-wang is short").contains("收费员当日补齐并报组长");
        // MTR-7: a commercial meter read on the 9th, outside the 22nd–23rd
        assertThat(out).contains("commercial reading C-0815 taken 2025-10-09 10:30 (MTR-7, read on the 22nd–23rd): OFF_SCHEDULE")
                .contains("[MTR-7] Meter C-0815 was read at 2025-10-09 10:30, outside the reading days of commercial customers");
    }

    @Test
    @DisplayName("CORE-DEC-1 the sample is re-runnable: a second run on the same database gives the same results")
    void rerunnable(@TempDir Path dir) {
        DemoResult first = run(dir, new ByteArrayOutputStream());
        DemoResult second = run(dir, new ByteArrayOutputStream());
        assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("CORE-DEC-1 the HTML report is well-formed, self-contained and has every section")
    void html_report(@TempDir Path dir) throws Exception {
        DemoResult r = run(dir, new ByteArrayOutputStream());
        String html = Files.readString(r.report(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script").doesNotContain("http://fonts").doesNotContain("src=\"http");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(r.report().toFile());
        NodeList h2 = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h2");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) {
            ids.add(h2.item(i).getAttributes().getNamedItem("id").getNodeValue());
        }
        assertThat(ids).containsExactly("archive", "attribution", "complaints", "appraisal", "security", "orders", "gas");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isGreaterThanOrEqualTo(5);
        // MTR-6: the read-rate chart, one bar per meter class
        assertThat(html).contains("aria-label=\"Read rate by meter class, Q3 2025 (%, MTR-6)\"").contains(">68.50</text>");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength()).isGreaterThanOrEqualTo(10);
    }
}
