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
    @DisplayName("ARC-5 ARC-6 ATT-9 ATT-10 CMP-7 CMP-8 CMP-13 CORE-CAL-3 APR-4 APR-9 SEC-7 SEC-8 the sample runs end to end on a fresh H2 database")
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
        assertThat(ids).containsExactly("archive", "attribution", "complaints", "appraisal", "security");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength()).isGreaterThanOrEqualTo(5);
    }
}
