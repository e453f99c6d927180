package dev.kefu.orders.backorder;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackOrderAuditTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final BackOrderNeed NEED = new BackOrderNeed(C, "A-7", at("2026-11-20T10:00"), at("2026-11-20T10:05"));

    @Test
    @DisplayName("ORD-17 a registered need notified after the item arrived has no gap")
    void clean() {
        var d = BackOrderAudit.regulation().audit(List.of(NEED), List.of(new Arrival("A-7", at("2026-11-22T09:00"))),
                List.of(new ArrivalNotice(C, "A-7", at("2026-11-22T09:00"))));
        assertThat(d.outcome()).isEmpty();
        explained(d);
    }

    @Test
    @DisplayName("ORD-17 an arrival matching an open need with no notice sent is a gap")
    void not_notified() {
        var d = BackOrderAudit.regulation().audit(List.of(NEED), List.of(new Arrival("A-7", at("2026-11-22T09:00"))),
                List.of(new ArrivalNotice(C, "A-7", at("2026-11-22T08:59")), new ArrivalNotice(CustomerId.of("C-2"), "A-7", at("2026-11-22T10:00")),
                        new ArrivalNotice(C, "B-1", at("2026-11-22T10:00"))));
        assertThat(d.outcome()).containsExactly(new BackOrderGap(NEED, BackOrderGap.Kind.NOT_NOTIFIED));
        assertThat(explained(d)).contains("A-7").contains("未通知");
    }

    @Test
    @DisplayName("ORD-17 an arrival before the need was recorded, or of another item, is no gap")
    void earlier_arrival() {
        var d = BackOrderAudit.regulation().audit(List.of(NEED),
                List.of(new Arrival("A-7", at("2026-11-20T09:59")), new Arrival("B-1", at("2026-11-21T09:00"))), List.of());
        assertThat(d.outcome()).isEmpty();
        var two = BackOrderAudit.regulation().audit(List.of(NEED),
                List.of(new Arrival("A-7", at("2026-11-25T09:00")), new Arrival("A-7", at("2026-11-22T09:00"))),
                List.of(new ArrivalNotice(C, "A-7", at("2026-11-23T09:00"))));
        assertThat(two.outcome()).isEmpty();
    }

    @Test
    @DisplayName("ORD-17 a need not registered with the sales group lead is a gap")
    void not_registered() {
        BackOrderNeed n = new BackOrderNeed(C, "A-7", at("2026-11-20T10:00"), null);
        var d = BackOrderAudit.regulation().audit(List.of(n), List.of(), List.of());
        assertThat(d.outcome()).containsExactly(new BackOrderGap(n, BackOrderGap.Kind.NOT_REGISTERED));
        explained(d);
    }

    @Test
    @DisplayName("ORD-17 malformed records and lists are refused")
    void malformed() {
        assertThatThrownBy(() -> new BackOrderNeed(null, " ", null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> new BackOrderNeed(C, "A", at("2026-11-20T10:00"), at("2026-11-20T09:00"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Arrival(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> new ArrivalNotice(null, "", null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> BackOrderAudit.regulation().audit(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        List<Arrival> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> BackOrderAudit.regulation().audit(List.of(), withNull, List.of())).isInstanceOf(PolicyInputException.class);
    }
}
