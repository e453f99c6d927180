package dev.kefu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each focused sample runs and prints what its Javadoc promises. */
class FocusedSamplesTest {

    private static String capture(Runnable main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            main.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("ARC-5 ATT-9 CMP-7 CMP-8 APR-9 SEC-3 the focused samples run")
    void samples_run() {
        assertThat(capture(() -> ArchiveSample.main(new String[0]))).contains("C1").contains("ARC-5")
                .contains("A 类界限 < 80%，B 类界限 < 95%：等级 A");
        assertThat(capture(() -> AttributionSample.main(new String[0]))).contains("A=CNY 800.00").contains("ATT-9");
        // CMP-8: the level is the host's; CMP-7's reply target (was SATISFACTORY_REPLY, amended 2026-11-24: REPLY)
        assertThat(capture(() -> ComplaintsSample.main(new String[0]))).contains("[CMP-8] level 一般投诉")
                .contains("REPLY RUNNING due 2025-10-10 22:00 CMP-7");
        // APR-9: the first offender's warning in place of the fine, then the schedule's fine for the second
        assertThat(capture(() -> AppraisalSample.main(new String[0]))).contains("APR-9").contains("口头警告").contains("罚款 30.00 元");
        assertThat(capture(() -> SecuritySample.main(new String[0]))).contains("keyboard walk")
                .contains("stored: pbkdf2-sha256$600000").doesNotContain("Vk9#mQ2x");
    }

    @Test
    @DisplayName("EST-10 EST-8 EST-9 EST-6 EST-4 EST-7 EST-2 the sales-floor sample runs")
    void sales_floor_sample_runs() {
        String out = capture(() -> SalesFloorSample.main(new String[0]));
        assertThat(out).contains("REFUSED_NOT_AVAILABLE").contains("[EST-9] rep B took CNY 20000.00 personally on 2026-03-15: expulsion")
                .contains("stage=COLLECTION").contains("stage=BREACH").contains("REFUSED_AFTER_SIGNING")
                .contains("withheld CNY 4444.45 + paid CNY 4444.44");
    }

    @Test
    @DisplayName("ORD-1 ORD-2 ORD-4 ORD-6 the orders sample runs")
    void orders_sample_runs() {
        assertThat(capture(() -> OrdersSample.main(new String[0]))).contains("[ORD-2]")
                .contains("pick by the end of work on the next duty day, 2025-10-10 18:00").contains("= 3524.50 元");
    }

    @Test
    @DisplayName("MTR-6 MTR-7 MTR-15 MTR-21 MTR-16 the gas-desk sample runs")
    void gas_desk_sample_runs() {
        assertThat(capture(() -> GasDeskSample.main(new String[0]))).contains("97.5% (target 98%) below")
                .contains("[MTR-7] Meter C-0815").contains("差额 0.10 元").contains("[MTR-21]")
                .contains("[MTR-16] The shift change of billing-wang");
    }
}
