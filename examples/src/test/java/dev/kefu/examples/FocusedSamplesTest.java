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
    @DisplayName("ARC-5 ATT-9 CMP-7 APR-9 SEC-3 the focused samples run")
    void samples_run() {
        assertThat(capture(() -> ArchiveSample.main(new String[0]))).contains("C1").contains("ARC-5");
        assertThat(capture(() -> AttributionSample.main(new String[0]))).contains("A=CNY 800.00").contains("ATT-9");
        assertThat(capture(() -> ComplaintsSample.main(new String[0]))).contains("SATISFACTORY_REPLY");
        assertThat(capture(() -> AppraisalSample.main(new String[0]))).contains("APR-9").contains("罚款");
        assertThat(capture(() -> SecuritySample.main(new String[0]))).contains("keyboard walk")
                .contains("stored: pbkdf2-sha256$600000").doesNotContain("Vk9#mQ2x");
    }
}
