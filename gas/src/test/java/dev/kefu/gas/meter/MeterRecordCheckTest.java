package dev.kefu.gas.meter;

import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.CustomerId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeterRecordCheckTest {

    static GasMeter complete(String customer) {
        return GasMeter.builder().customer(CustomerId.of(customer)).meterClass(MeterClass.HOUSEHOLD).meterNumber("M-" + customer)
                .meterType("G2.5").yearsInUse(3).inletDirection(InletDirection.LEFT).build();
    }

    @Test
    @DisplayName("MTR-4: a route whose meters show type, number, years in use and inlet direction is complete")
    void complete_route() {
        var d = MeterRecordCheck.check(List.of(complete("c1"), complete("c2")));
        assertThat(d.outcome().complete()).isTrue();
        assertThat(d.outcome().meters()).isEqualTo(2);
        assertThat(en(d)).contains("All 2 meters");
    }

    @Test
    @DisplayName("MTR-4: each meter with missing fields is reported, blank text counting as missing")
    void missing_fields() {
        GasMeter bare = GasMeter.builder().customer(CustomerId.of("c9")).meterClass(MeterClass.COMMERCIAL).meterNumber(" ").build();
        GasMeter noInlet = GasMeter.builder().from(complete("c3")).inletDirection(java.util.Optional.empty()).build();
        var d = MeterRecordCheck.check(List.of(complete("c1"), bare, noInlet));
        assertThat(d.outcome().complete()).isFalse();
        assertThat(d.outcome().gaps()).hasSize(2);
        assertThat(d.outcome().gaps().get(0).position()).isEqualTo(1);
        assertThat(d.outcome().gaps().get(0).missing()).containsExactlyInAnyOrder(MeterField.values());
        assertThat(d.outcome().gaps().get(1).missing()).containsExactly(MeterField.INLET_DIRECTION);
        assertThat(en(d)).contains("Meter 2 of the route (customer c9) lacks: meter type, meter number, years in use, inlet direction");
        assertThat(zh(d)).contains("表型、表号、使用年限、左（右）进向");
        assertThat(d.applied("MTR-4")).isTrue();
    }

    @Test
    @DisplayName("MTR-4: years in use of zero is recorded; negative is malformed")
    void years_in_use_boundary() {
        assertThat(GasMeter.builder().from(complete("c1")).yearsInUse(0).build().missingFields()).isEmpty();
        rejects(() -> GasMeter.builder().from(complete("c1")).yearsInUse(-1).build(), "yearsInUse");
    }

    @Test
    @DisplayName("MTR-4: a record without customer and class is malformed, naming both")
    void malformed() {
        rejects(() -> GasMeter.builder().build(), "customer", "meterClass");
        rejects(() -> MeterRecordCheck.check(null), "route");
        rejects(() -> MeterRecordCheck.check(Arrays.asList(complete("c1"), null)), "route[1]");
    }
}
