package dev.kefu.complaints.indicators;

import static dev.kefu.complaints.Fixtures.CAL;
import static dev.kefu.complaints.Fixtures.at;
import static dev.kefu.complaints.Fixtures.dispatched;
import static dev.kefu.complaints.Fixtures.hr;
import static dev.kefu.complaints.Fixtures.received;
import static dev.kefu.complaints.Fixtures.sup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.response.ResponseCheck;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.core.money.Share;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceIndicatorsTest {

    private static ResponseCheck met() {
        return new ResponseCheck(dev.kefu.complaints.response.ResponseVerdict.MET, false, java.util.Optional.empty());
    }

    private static ResponseCheck missed() {
        return new ResponseCheck(dev.kefu.complaints.response.ResponseVerdict.MISSED, false, java.util.Optional.empty());
    }

    @Test
    @DisplayName("CMP-14 bad-input #24 #149 #150 #151: negative counts, null elements and a period at Instant.MIN are handled")
    void bad_input() {
        assertThatThrownBy(() -> new ServiceIndicators(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), -5)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> new ServiceIndicators(null, null, null, null, null, 0))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> ServiceIndicators.over(java.util.Arrays.asList((Complaint) null), java.util.Arrays.asList((ResponseCheck) null),
                at("2025-06-01T00:00"), at("2025-07-01T00:00"), sla)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class)
                .hasMessageContaining("complaints[]").hasMessageContaining("contactChecks[]");
        assertThat(ServiceIndicators.over(List.of(received("1", "2025-06-02T10:00")), List.of(), java.time.Instant.MIN, java.time.Instant.MIN, sla)
                .outcome().complaints()).isZero();
    }

    private final ComplaintSlaPolicy sla = ComplaintSlaPolicy.builder(CAL).build();

    private static Complaint handled(String id, String investigation, EventType callback) {
        Complaint c = received(id, "2025-06-02T10:00");
        c = dispatched(c, "2025-06-02T10:05");
        c = sup(c, EventType.INVESTIGATION_STARTED, investigation);
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-04T10:00");
        c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-04T11:00");
        c = sup(c, EventType.RESULT_REPORTED, "2025-06-04T12:00");
        c = hr(c, callback, "2025-06-05T10:00");
        return callback == EventType.CALLBACK_DONE ? hr(c, EventType.ARCHIVED, "2025-06-05T11:00") : c;
    }

    @Test
    @DisplayName("CMP-14 satisfaction, response on time, resolution, handling and standard compliance over a period")
    void indicators() {
        List<Complaint> complaints = List.of(
                handled("1", "2025-06-02T15:00", EventType.CALLBACK_DONE),
                handled("2", "2025-06-04T09:00", EventType.CALLBACK_NOT_SATISFIED), // investigation late
                hr(hr(received("3", "2025-06-03T10:00"), EventType.RECORDED, "2025-06-03T10:30"), EventType.ASSESSED_INVALID, "2025-06-03T11:00"),
                received("4", "2025-06-05T10:00"),
                received("5", "2025-07-01T10:00")); // outside the period
        var d = ServiceIndicators.over(complaints, List.of(met(), missed(),
                met()), at("2025-06-01T00:00"), at("2025-07-01T00:00"), sla);
        ServiceIndicators i = d.outcome();
        assertThat(i.complaints()).isEqualTo(4);
        assertThat(i.satisfaction()).contains(Share.ofPercent(50));
        assertThat(i.responseOnTime()).contains(Share.ofPercent("33.3333")); // 1 on time; 2 late; 4 never investigated: breached by the end
        assertThat(i.resolution()).contains(Share.ofPercent(100));
        assertThat(i.handling()).contains(Share.ofPercent(50));
        assertThat(i.standardCompliance()).contains(Share.ofPercent("66.6667"));
        assertThat(d.explain(Locale.ENGLISH)).contains("4 complaints").contains("satisfaction 50%");
    }

    @Test
    @DisplayName("CMP-14 an empty period gives not applicable, never NaN")
    void empty_period() {
        ServiceIndicators i = ServiceIndicators.over(List.of(), List.of(), at("2025-06-01T00:00"), at("2025-07-01T00:00"), sla).outcome();
        assertThat(i.satisfaction()).isEmpty();
        assertThat(i.responseOnTime()).isEmpty();
        assertThat(i.resolution()).isEmpty();
        assertThat(i.handling()).isEmpty();
        assertThat(i.standardCompliance()).isEmpty();
        assertThat(ServiceIndicators.over(List.of(), List.of(), at("2025-06-01T00:00"), at("2025-07-01T00:00"), sla).explain(Locale.ENGLISH))
                .contains("—");
        assertThatThrownBy(() -> ServiceIndicators.over(List.of(), List.of(), at("2025-07-01T00:00"), at("2025-06-01T00:00"), sla))
                .hasMessageContaining("to");
        assertThatThrownBy(() -> ServiceIndicators.over(null, null, null, null, null)).hasMessageContaining("complaints");
    }
}
