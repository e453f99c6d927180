package dev.kefu.gas;

import static dev.kefu.gas.Gas.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.reconciliation.Collector;
import dev.kefu.gas.reconciliation.PaymentLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

    @Test
    @DisplayName("MTR-15: the payment log names the first ten bad payments; an eleventh adds the count of bad payments")
    void bad_row_cap() {
        assertThat(paths(10)).hasSize(10).doesNotContain("payments");
        List<String> eleven = paths(11);
        assertThat(eleven).hasSize(11).contains("payments");
        assertThat(eleven.stream().filter(p -> p.startsWith("payments[")).count()).isEqualTo(10);
    }

    private static List<String> paths(int bad) {
        PaymentLog.Builder b = PaymentLog.builder(LocalDate.of(2026, 11, 24));
        Collector c = b.collector(EmployeeId.of("c"));
        for (int i = 0; i < bad; i++) {
            b.addFen(c, 0, 0);
        }
        try {
            b.build();
        } catch (PolicyInputException e) {
            return e.violations().stream().map(Violation::path).collect(Collectors.toList());
        }
        throw new AssertionError("expected a PolicyInputException");
    }

    @Test
    @DisplayName("MTR-15: a payment whose amount would overflow the day's total is malformed; the largest accepted total is kept exactly")
    void amount_range() {
        PaymentLog.Builder b = PaymentLog.builder(LocalDate.of(2026, 11, 24));
        Collector c = b.collector(EmployeeId.of("c"));
        long max = Long.MAX_VALUE / 4;
        b.addFen(c, 0, max);
        assertThat(b.build().total().toFen()).isEqualTo(max);
        b.addFen(c, 0, 1);
        rejects(b::build, "payments[1].amount");
        PaymentLog.Builder one = PaymentLog.builder(LocalDate.of(2026, 11, 24));
        Collector d = one.collector(EmployeeId.of("d"));
        assertThat(one.addFen(d, 0, 1).build().total().toFen()).isEqualTo(1);
    }

    @Test
    @DisplayName("CORE-DEC-1: a required setting is named once, and not when another problem was already recorded for it")
    void require_setting() {
        RuleId rule = GasRules.MTR_15;
        Violations v = Violations.create();
        GasMessages.requireSetting(v, null, "x", rule);
        GasMessages.requireSetting(v, null, "x", rule);
        GasMessages.requireSetting(v, "set", "y", rule);
        assertThat(v.list()).extracting(Violation::path).containsExactly("x");
        assertThat(v.list().get(0).message(Locale.ENGLISH)).contains("required setting");
        assertThat(v.list().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("必填配置");
        assertThat(GasMessages.hasNull(Arrays.asList("a", null))).isTrue();
        assertThat(GasMessages.hasNull(Set.of("a"))).isFalse();
        assertThat(GasMessages.hasNull(List.of())).isFalse();
    }

    @Test
    @DisplayName("CORE-DEC-1: times show as local yyyy-MM-dd HH:mm in the zone")
    void local_time() {
        assertThat(GasMessages.local(Instant.parse("2026-11-24T16:05:59Z"), GasMessages.DEFAULT_ZONE)).isEqualTo("2026-11-25 00:05");
        assertThat(GasMessages.local(Instant.parse("2026-11-24T16:05:59Z"), ZoneOffset.UTC)).isEqualTo("2026-11-24 16:05");
        assertThat(GasMessages.DEFAULT_ZONE.getId()).isEqualTo("Asia/Shanghai");
        Assertions.assertThat(GasMessages.en(DeskRole.GROUP_LEADER)).isEqualTo("business-centre group leader");
        Assertions.assertThat(GasMessages.zh(DeskRole.GROUP_LEADER)).isEqualTo("营业中心组长");
    }
}
