package dev.kefu.gas.performance;

import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeskAppraisalTest {

    static final DeskAppraisal APPRAISAL = DeskAppraisal.builder().weight(DeskIndicator.READ_RATE, Share.ofPercent(40))
            .weight(DeskIndicator.REPORT_PUNCTUALITY, Share.ofPercent(20)).weight(DeskIndicator.ARREARS_CHASED, Share.ofPercent(20))
            .weight(DeskIndicator.RECONCILIATION, Share.ofPercent(20)).build();

    static Map<DeskIndicator, Share> results(String read, String report, String arrears, String recon) {
        Map<DeskIndicator, Share> m = new EnumMap<>(DeskIndicator.class);
        m.put(DeskIndicator.READ_RATE, Share.ofPercent(read));
        m.put(DeskIndicator.REPORT_PUNCTUALITY, Share.ofPercent(report));
        m.put(DeskIndicator.ARREARS_CHASED, Share.ofPercent(arrears));
        m.put(DeskIndicator.RECONCILIATION, Share.ofPercent(recon));
        return m;
    }

    @Test
    @DisplayName("MTR-11: every indicator weight is a required setting, and the weights total exactly 100%")
    void required() {
        rejects(() -> DeskAppraisal.builder().build(), "weight.readRate", "weight.reportPunctuality", "weight.arrearsChased", "weight.reconciliation");
        rejects(() -> DeskAppraisal.builder().weight(DeskIndicator.READ_RATE, Share.ofPercent(40)).weight(DeskIndicator.REPORT_PUNCTUALITY, Share.ofPercent(20))
                .weight(DeskIndicator.ARREARS_CHASED, Share.ofPercent(20)).weight(DeskIndicator.RECONCILIATION, Share.ofPercent(21)).build(), "weight");
        rejects(() -> DeskAppraisal.builder().weight(null, null).build(), "weight", "weight.readRate");
        assertThat(APPRAISAL.weights()).hasSize(4);
        assertThat(APPRAISAL.toString()).contains("DeskAppraisal");
    }

    @Test
    @DisplayName("MTR-11: the score is the exact weighted sum of read rate, report punctuality, arrears chased and reconciliation")
    void score() {
        var d = APPRAISAL.score(EmployeeId.of("reader-5"), results("97.5", "100", "80", "95"));
        assertThat(d.outcome()).isEqualByComparingTo(new BigDecimal("94"));
        assertThat(en(d)).contains("Appraisal score of reader-5: 94% (read rate 97.5%");
        assertThat(APPRAISAL.score(EmployeeId.of("x"), results("33.3333", "0", "0", "0")).outcome()).isEqualByComparingTo(new BigDecimal("13.33332"));
        assertThat(APPRAISAL.score(EmployeeId.of("x"), results("0", "0", "0", "0")).outcome()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("MTR-11: a missing indicator result is malformed input")
    void malformed() {
        Map<DeskIndicator, Share> m = results("1", "1", "1", "1");
        m.remove(DeskIndicator.RECONCILIATION);
        rejects(() -> APPRAISAL.score(null, m), "employee", "results.reconciliation");
        rejects(() -> APPRAISAL.score(EmployeeId.of("x"), null), "results");
    }

    @Property(tries = 300)
    @Label("MTR-11: the score lies between the lowest and highest indicator result")
    void score_bounded(@ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b, @ForAll @IntRange(max = 100) int c,
            @ForAll @IntRange(max = 100) int d) {
        BigDecimal s = APPRAISAL.score(EmployeeId.of("x"), results("" + a, "" + b, "" + c, "" + d)).outcome();
        int min = Math.min(Math.min(a, b), Math.min(c, d));
        int max = Math.max(Math.max(a, b), Math.max(c, d));
        assertThat(s).isBetween(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        assertThat(s).isEqualByComparingTo(BigDecimal.valueOf(40L * a + 20L * b + 20L * c + 20L * d).divide(BigDecimal.valueOf(100)));
    }
}
