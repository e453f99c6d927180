package dev.kefu.gas.meter;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingPolicyTest {

    static final ReadingPolicy POLICY = ReadingPolicy.builder()
            .readingDays(MeterClass.HOUSEHOLD, ReadingDays.everyMonth(1, 10))
            .readingDays(MeterClass.INDOOR_HOUSEHOLD, ReadingDays.inMonths(11, 20, EnumSet.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER)))
            .build();

    static MeterReading.Builder commercial(String local) {
        return MeterReading.builder().meterNumber("C-1").meterClass(MeterClass.COMMERCIAL).takenAt(at(local))
                .index(new BigDecimal("1200.5")).cumulativeConsumption(new BigDecimal("8800"));
    }

    @Test
    @DisplayName("MTR-7: the other classes' reading days are required settings, named at build()")
    void required_days() {
        rejects(() -> ReadingPolicy.builder().build(), "readingDays.household", "readingDays.indoorHousehold");
        rejects(() -> ReadingPolicy.builder().readingDays(null, null).zone(null).readingDays(MeterClass.HOUSEHOLD, ReadingDays.everyMonth(1, 2)).build(),
                "readingDays", "zone", "readingDays.indoorHousehold");
        assertThat(POLICY.readingDays(MeterClass.COMMERCIAL)).isEqualTo(ReadingDays.commercialRegulation());
        assertThat(POLICY.toString()).contains("ReadingPolicy");
    }

    @Test
    @DisplayName("MTR-7: commercial meters are read on the 22nd–23rd: the 22nd 00:00 and the 23rd 23:59 are on schedule")
    void commercial_days_inclusive() {
        assertThat(POLICY.check(commercial("2026-11-22T00:00").build()).outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
        var d = POLICY.check(commercial("2026-11-23T23:59").build());
        assertThat(d.outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
        assertThat(d.outcome().findings()).isEmpty();
        assertThat(d.outcome().storable()).isTrue();
        assertThat(en(d)).contains("2026-11-23 23:59");
    }

    @Test
    @DisplayName("MTR-7: a commercial reading on the 24th 00:00 or the 21st 23:59 is off schedule (late or early) but stored")
    void commercial_days_outside() {
        var late = POLICY.check(commercial("2026-11-24T00:00").build());
        assertThat(late.outcome().status()).isEqualTo(ReadingStatus.OFF_SCHEDULE);
        assertThat(late.outcome().storable()).isTrue();
        assertThat(late.outcome().findings()).containsExactly(ReadingFinding.OFF_SCHEDULE);
        assertThat(en(late)).contains("outside the reading days of commercial customers (days 22–23 of the month)");
        assertThat(zh(late)).contains("商业客户的抄表日（每月 22–23 日）");
        assertThat(late.applied("MTR-7")).isTrue();
        assertThat(POLICY.check(commercial("2026-11-21T23:59").build()).outcome().status()).isEqualTo(ReadingStatus.OFF_SCHEDULE);
    }

    @Test
    @DisplayName("MTR-7: the day is taken in the policy's zone (Asia/Shanghai by default)")
    void zone() {
        MeterReading utcLate = commercial("2026-11-24T07:00").build(); // 2026-11-23T23:00Z
        assertThat(POLICY.check(utcLate).outcome().status()).isEqualTo(ReadingStatus.OFF_SCHEDULE);
        ReadingPolicy utc = ReadingPolicy.builder().readingDays(MeterClass.HOUSEHOLD, ReadingDays.everyMonth(1, 10))
                .readingDays(MeterClass.INDOOR_HOUSEHOLD, ReadingDays.everyMonth(1, 10)).zone(ZoneOffset.UTC).build();
        assertThat(utc.check(utcLate).outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
    }

    @Test
    @DisplayName("MTR-5: an estimate is never stored as a reading")
    void estimate_refused() {
        var d = POLICY.check(commercial("2026-11-22T10:00").method(ReadingMethod.ESTIMATED).build());
        assertThat(d.outcome().status()).isEqualTo(ReadingStatus.REFUSED);
        assertThat(d.outcome().storable()).isFalse();
        assertThat(d.outcome().findings()).containsExactly(ReadingFinding.ESTIMATED);
        assertThat(en(d)).contains("an estimate is never stored");
        assertThat(zh(d)).contains("估抄");
    }

    @Test
    @DisplayName("MTR-5: a commercial reading records cumulative consumption, and the stored amount for a prepaid meter")
    void commercial_values() {
        var noCumulative = POLICY.check(MeterReading.builder().meterNumber("C-1").meterClass(MeterClass.COMMERCIAL)
                .takenAt(at("2026-11-22T10:00")).index(BigDecimal.ONE).build());
        assertThat(noCumulative.outcome().findings()).containsExactly(ReadingFinding.COMMERCIAL_VALUES_MISSING);
        assertThat(noCumulative.outcome().status()).isEqualTo(ReadingStatus.REFUSED);
        var prepaidNoStore = POLICY.check(commercial("2026-11-22T10:00").payment(MeterPayment.PREPAID).build());
        assertThat(prepaidNoStore.outcome().findings()).containsExactly(ReadingFinding.COMMERCIAL_VALUES_MISSING);
        var prepaid = POLICY.check(commercial("2026-11-22T10:00").payment(MeterPayment.PREPAID).storedAmount(new BigDecimal("35.2")).build());
        assertThat(prepaid.outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
        en(prepaidNoStore);
        var household = POLICY.check(MeterReading.builder().meterNumber("H-1").meterClass(MeterClass.HOUSEHOLD)
                .takenAt(at("2026-11-05T10:00")).index(BigDecimal.TEN).build());
        assertThat(household.outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
    }

    @Test
    @DisplayName("MTR-5: an index below the previous reading is refused as a suspected wrong reading; equal is accepted")
    void below_previous() {
        MeterReading previous = commercial("2026-10-22T10:00").index(new BigDecimal("1200.5")).build();
        var equal = POLICY.check(commercial("2026-11-22T10:00").index(new BigDecimal("1200.50")).build(), previous);
        assertThat(equal.outcome().status()).isEqualTo(ReadingStatus.ACCEPTED);
        var below = POLICY.check(commercial("2026-11-22T10:00").index(new BigDecimal("1200.4")).build(), previous);
        assertThat(below.outcome().findings()).containsExactly(ReadingFinding.INDEX_BELOW_PREVIOUS);
        assertThat(en(below)).contains("The index 1200.4 of meter C-1 is below its previous reading 1200.5");
        var all = POLICY.check(commercial("2026-11-25T10:00").index(BigDecimal.ZERO).method(ReadingMethod.ESTIMATED)
                .cumulativeConsumption(java.util.Optional.empty()).build(), previous);
        assertThat(all.outcome().findings()).containsExactlyInAnyOrder(ReadingFinding.values());
        assertThat(all.outcome().status()).isEqualTo(ReadingStatus.REFUSED);
    }

    @Test
    @DisplayName("MTR-5: malformed readings and previous readings are rejected, naming each problem")
    void malformed() {
        rejects(() -> MeterReading.builder().meterNumber(" ").index(new BigDecimal("-1")).cumulativeConsumption(new BigDecimal("-2")).build(),
                "meterNumber", "meterClass", "takenAt", "index", "cumulativeConsumption");
        rejects(() -> POLICY.check(null), "reading");
        rejects(() -> POLICY.check(null, null), "reading", "previous");
        MeterReading r = commercial("2026-11-22T10:00").build();
        MeterReading other = MeterReading.builder().from(r).meterNumber("C-2").build();
        rejects(() -> POLICY.check(r, other), "previous.meterNumber", "previous.takenAt");
    }

    @Test
    @DisplayName("MTR-7: reading days clip to the month's end and respect their months")
    void reading_days() {
        ReadingDays endOfMonth = ReadingDays.everyMonth(28, 31);
        assertThat(endOfMonth.includes(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(endOfMonth.includes(LocalDate.of(2026, 2, 27))).isFalse();
        ReadingDays late = ReadingDays.everyMonth(30, 31);
        assertThat(late.includes(LocalDate.of(2026, 2, 28))).isTrue();
        ReadingDays quarterly = ReadingDays.inMonths(1, 1, Set.of(Month.JANUARY));
        assertThat(quarterly.includes(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(quarterly.includes(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(quarterly.includes(LocalDate.of(2026, 1, 2))).isFalse();
        rejects(() -> ReadingDays.everyMonth(0, 32), "firstDay", "lastDay");
        rejects(() -> ReadingDays.everyMonth(5, 4), "lastDay");
        rejects(() -> ReadingDays.inMonths(1, 31, Set.of()), "months");
        rejects(() -> ReadingDays.inMonths(32, 1, null), "firstDay", "months");
        assertThat(ReadingDays.everyMonth(1, 31).includes(LocalDate.of(2026, 12, 31))).isTrue();
    }
}
