package dev.kefu.gas.hall;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArrivalPolicyTest {

    static final EmployeeId WANG = EmployeeId.of("clerk-wang");
    static final ArrivalPolicy POLICY = ArrivalPolicy.regulation();

    @Test
    @DisplayName("MTR-19: at the post at 07:50 for an 08:00 shift is in time; 07:51 is a breach")
    void ten_minutes_boundary() {
        var ok = POLICY.checkArrival(WANG, at("2026-11-24T08:00"), at("2026-11-24T07:50"));
        assertThat(ok.outcome()).isEqualTo(ArrivalPolicy.Arrival.IN_TIME);
        assertThat(en(ok)).contains("at least 10 minutes before the shift at 2026-11-24 08:00");
        var late = POLICY.checkArrival(WANG, at("2026-11-24T08:00"), at("2026-11-24T07:51"));
        assertThat(late.outcome()).isEqualTo(ArrivalPolicy.Arrival.LATE_FOR_PREPARATION);
        assertThat(late.ruleIds()).extracting(Object::toString).containsExactly("MTR-19");
        assertThat(zh(late)).contains("晚于 2026-11-24 07:50");
        assertThat(POLICY.checkArrival(WANG, at("2026-11-24T08:00"), at("2026-11-24T08:00")).outcome()).isEqualTo(ArrivalPolicy.Arrival.LATE_FOR_PREPARATION);
    }

    @Test
    @DisplayName("MTR-19 and MTR-2: arriving after the shift has started is also lateness")
    void after_start() {
        var d = POLICY.checkArrival(WANG, at("2026-11-24T08:00"), at("2026-11-24T08:05"));
        assertThat(d.outcome()).isEqualTo(ArrivalPolicy.Arrival.LATE_FOR_SHIFT);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("MTR-19", "MTR-2");
        assertThat(en(d)).contains("arrived 5 minutes after the shift started");
    }

    @Test
    @DisplayName("MTR-19: the lead time is configurable")
    void configurable() {
        ArrivalPolicy p = ArrivalPolicy.builder().lead(Duration.ofMinutes(15)).build();
        assertThat(p.checkArrival(WANG, at("2026-11-24T08:00"), at("2026-11-24T07:50")).outcome()).isEqualTo(ArrivalPolicy.Arrival.LATE_FOR_PREPARATION);
        assertThat(p.toString()).contains("PT15M");
        rejects(() -> ArrivalPolicy.builder().lead(Duration.ofMinutes(-1)).zone(null).build(), "lead", "zone");
    }

    @Test
    @DisplayName("MTR-19: after closing, equipment checked and materials stored before leaving; checks after leaving or missing are reported")
    void closing() {
        var ok = POLICY.checkClosing(new ClosingRecord(WANG, Optional.of(at("2026-11-24T18:05")), Optional.of(at("2026-11-24T18:10")), at("2026-11-24T18:10")));
        assertThat(ok.outcome()).isEmpty();
        assertThat(en(ok)).contains("before leaving at 2026-11-24 18:10");
        var bad = POLICY.checkClosing(new ClosingRecord(WANG, Optional.empty(), Optional.of(at("2026-11-24T18:11")), at("2026-11-24T18:10")));
        assertThat(bad.outcome()).containsExactlyInAnyOrder(ArrivalPolicy.ClosingFinding.EQUIPMENT_NOT_CHECKED, ArrivalPolicy.ClosingFinding.MATERIALS_NOT_STORED);
        assertThat(zh(bad)).contains("未检查营业设备关闭情况");
    }

    @Test
    @DisplayName("MTR-19: malformed input is rejected")
    void malformed() {
        rejects(() -> POLICY.checkArrival(null, null, null), "clerk", "shiftStart", "arrivedAt");
        rejects(() -> POLICY.checkClosing(null), "record");
        rejects(() -> new ClosingRecord(null, null, null, null), "clerk", "equipmentCheckedAt", "materialsStoredAt", "leftAt");
    }
}
