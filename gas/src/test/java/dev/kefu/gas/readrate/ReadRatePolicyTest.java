package dev.kefu.gas.readrate;

import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Share;
import dev.kefu.gas.meter.MeterClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadRatePolicyTest {

    static final LocalDate NOV = LocalDate.of(2026, 11, 30);

    static ReadSheet sheet(MeterClass c, int read, int notRead, ReadOutcome how) {
        ReadSheet.Builder b = ReadSheet.builder(NOV).expect(read + notRead);
        for (int i = 0; i < read; i++) {
            b.add(c, ReadOutcome.READ);
        }
        for (int i = 0; i < notRead; i++) {
            b.add(c, how);
        }
        return b.build();
    }

    @Test
    @DisplayName("MTR-6 (R1): the regulation's targets are commercial 100% monthly, household 98% monthly, indoor 70% quarterly")
    void regulation_defaults() {
        ReadRatePolicy p = ReadRatePolicy.regulation();
        assertThat(p.target(MeterClass.COMMERCIAL)).isEqualTo(Share.ofPercent(100));
        assertThat(p.target(MeterClass.HOUSEHOLD)).isEqualTo(Share.ofPercent(98));
        assertThat(p.target(MeterClass.INDOOR_HOUSEHOLD)).isEqualTo(Share.ofPercent(70));
        assertThat(p.cycleLength(MeterClass.COMMERCIAL)).isEqualTo(CycleLength.MONTHLY);
        assertThat(p.cycleLength(MeterClass.HOUSEHOLD)).isEqualTo(CycleLength.MONTHLY);
        assertThat(p.cycleLength(MeterClass.INDOOR_HOUSEHOLD)).isEqualTo(CycleLength.QUARTERLY);
        assertThat(p.toString()).contains("targets");
    }

    @Test
    @DisplayName("MTR-6: commercial 1000 of 1000 meets 100%; 999 of 1000 is below")
    void commercial_boundary() {
        ReadRatePolicy p = ReadRatePolicy.regulation();
        assertThat(p.report(sheet(MeterClass.COMMERCIAL, 1000, 0, ReadOutcome.SKIPPED)).outcome().line(MeterClass.COMMERCIAL).status())
                .isEqualTo(RateStatus.MET);
        var d = p.report(sheet(MeterClass.COMMERCIAL, 999, 1, ReadOutcome.SKIPPED));
        ClassRate line = d.outcome().line(MeterClass.COMMERCIAL);
        assertThat(line.status()).isEqualTo(RateStatus.BELOW);
        assertThat(line.rate().orElseThrow().asShare()).isEqualTo(Share.ofPercent("99.9"));
        assertThat(d.outcome().allMet()).isFalse();
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("MTR-6", "MTR-11");
        assertThat(en(d)).contains("Read rate of commercial customers for 2026-11-01 to 2026-11-30: 999 of 1,000 read (99.9%), below the target 100%");
        assertThat(zh(d)).contains("商业客户（2026-11-01 至 2026-11-30）抄见率：应抄 1,000，实抄 999（99.9%），未达到 100%");
    }

    @Test
    @DisplayName("MTR-6: household 98 of 100 meets at least 98%; 4899 of 5000 (97.98%) is below")
    void household_boundary() {
        ReadRatePolicy p = ReadRatePolicy.regulation();
        assertThat(p.report(sheet(MeterClass.HOUSEHOLD, 98, 2, ReadOutcome.SKIPPED)).outcome().line(MeterClass.HOUSEHOLD).status())
                .isEqualTo(RateStatus.MET);
        var below = p.report(sheet(MeterClass.HOUSEHOLD, 4899, 101, ReadOutcome.ESTIMATED)).outcome().line(MeterClass.HOUSEHOLD);
        assertThat(below.status()).isEqualTo(RateStatus.BELOW);
        assertThat(below.estimated()).isEqualTo(101);
        assertThat(below.rate().orElseThrow().asShare()).isEqualTo(Share.ofPercent("97.98"));
    }

    @Test
    @DisplayName("MTR-6: indoor-mounted meters, quarterly: 70 of 100 meets at least 70%; 69 is below; the cycle is the calendar quarter")
    void indoor_boundary() {
        ReadRatePolicy p = ReadRatePolicy.regulation();
        var met = p.report(sheet(MeterClass.INDOOR_HOUSEHOLD, 70, 30, ReadOutcome.WRONG));
        ClassRate line = met.outcome().line(MeterClass.INDOOR_HOUSEHOLD);
        assertThat(line.status()).isEqualTo(RateStatus.MET);
        assertThat(line.cycle().firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(line.cycle().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(line.wrong()).isEqualTo(30);
        assertThat(en(met)).contains("meeting the target 70%");
        assertThat(p.report(sheet(MeterClass.INDOOR_HOUSEHOLD, 69, 31, ReadOutcome.SKIPPED)).outcome().line(MeterClass.INDOOR_HOUSEHOLD).status())
                .isEqualTo(RateStatus.BELOW);
    }

    @Test
    @DisplayName("MTR-6: estimated, skipped and wrong readings do not count as read")
    void not_read_outcomes() {
        ReadSheet s = ReadSheet.builder(NOV).add(MeterClass.HOUSEHOLD, ReadOutcome.READ).add(MeterClass.HOUSEHOLD, ReadOutcome.ESTIMATED)
                .add(MeterClass.HOUSEHOLD, ReadOutcome.SKIPPED).add(MeterClass.HOUSEHOLD, ReadOutcome.WRONG).build();
        ClassRate line = ReadRatePolicy.regulation().report(s).outcome().line(MeterClass.HOUSEHOLD);
        assertThat(line.due()).isEqualTo(4);
        assertThat(line.read()).isEqualTo(1);
        assertThat(line.skipped()).isEqualTo(1);
        assertThat(line.rate().orElseThrow()).isEqualTo(new ReadRate(1, 4));
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.cycleDay()).isEqualTo(NOV);
    }

    @Test
    @DisplayName("MTR-6: a sheet with no meter due has no rate and says so")
    void none_due() {
        var d = ReadRatePolicy.regulation().report(ReadSheet.builder(NOV).build());
        assertThat(d.outcome().lines()).allMatch(l -> l.status() == RateStatus.NONE_DUE && l.rate().isEmpty());
        assertThat(d.outcome().allMet()).isTrue();
        assertThat(en(d)).contains("No meter was due");
    }

    @Test
    @DisplayName("MTR-6: targets and cycles are configurable; bad settings are named at build()")
    void configurable() {
        ReadRatePolicy p = ReadRatePolicy.builder().target(MeterClass.HOUSEHOLD, Share.ofPercent(95)).cycle(MeterClass.HOUSEHOLD, CycleLength.BIMONTHLY).build();
        var line = p.report(sheet(MeterClass.HOUSEHOLD, 95, 5, ReadOutcome.SKIPPED)).outcome().line(MeterClass.HOUSEHOLD);
        assertThat(line.status()).isEqualTo(RateStatus.MET);
        assertThat(line.cycle().firstDay()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(line.cycle().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReadingCycle.containing(MeterClass.HOUSEHOLD, CycleLength.HALF_YEARLY, LocalDate.of(2026, 6, 30)).firstDay())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        rejects(() -> ReadRatePolicy.builder().target(null, Share.ALL).cycle(MeterClass.COMMERCIAL, null).build(), "target", "cycle");
    }

    @Test
    @DisplayName("MTR-6: malformed sheets and rates are rejected")
    void malformed() {
        rejects(() -> ReadSheet.builder(null).add(null, ReadOutcome.READ).add(MeterClass.COMMERCIAL, null).build(), "cycleDay", "rows[0]");
        rejects(() -> ReadRatePolicy.regulation().report(null), "sheet");
        rejects(() -> new ReadRate(5, 4), "read");
        rejects(() -> new ReadRate(-1, 0), "due", "read");
        assertThat(new ReadRate(1, 3).fraction()).isEqualTo(new BigDecimal("0.3333333333"));
        assertThat(new ReadRate(1, 3).asShare()).isEqualTo(Share.ofPercent("33.3333"));
    }

    @Test
    @DisplayName("MTR-6: a sheet grows past its first capacity")
    void growth() {
        ReadSheet.Builder b = ReadSheet.builder(NOV);
        for (int i = 0; i < 5000; i++) {
            b.add(MeterClass.COMMERCIAL, ReadOutcome.READ);
        }
        assertThat(ReadRatePolicy.regulation().report(b.build()).outcome().line(MeterClass.COMMERCIAL).due()).isEqualTo(5000);
    }
}
