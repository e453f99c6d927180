package dev.kefu.orders.video;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.privacy.PersonName;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VideoPolicyTest {

    static final VideoPolicy P = VideoPolicy.regulation();
    static final Instant AGREED = at("2026-11-24T15:00");

    @Test
    @DisplayName("ORD-18 logged in exactly 10 minutes before with camera and headset checked is ready")
    void ready_at_boundary() {
        var d = P.checkReadiness(AGREED, at("2026-11-24T14:50"), EnumSet.allOf(Equipment.class));
        assertThat(d.outcome()).isEqualTo(VideoCheck.MET);
        assertThat(explained(d)).contains("14:50");
    }

    @Test
    @DisplayName("ORD-18 logged in 9 minutes 59 seconds before is late")
    void late_by_a_second() {
        var d = P.checkReadiness(AGREED, at("2026-11-24T14:50:01"), EnumSet.allOf(Equipment.class));
        assertThat(d.outcome()).isEqualTo(VideoCheck.MISSED);
        assertThat(explained(d)).contains("10 minutes");
    }

    @Test
    @DisplayName("ORD-18 camera or headset not checked is a miss; a host may set another lead")
    void equipment_and_lead() {
        var d = P.checkReadiness(AGREED, at("2026-11-24T14:00"), Set.of());
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("video.cameraUnchecked", "video.headsetUnchecked");
        VideoPolicy fifteen = VideoPolicy.builder().loginLead(Duration.ofMinutes(15)).zone(java.time.ZoneId.of("UTC")).build();
        assertThat(fifteen.checkReadiness(AGREED, at("2026-11-24T14:50"), EnumSet.allOf(Equipment.class)).outcome()).isEqualTo(VideoCheck.MISSED);
        assertThatThrownBy(() -> VideoPolicy.builder().loginLead(Duration.ofMinutes(-1)).zone(null).build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> VideoPolicy.builder().loginLead(Duration.ofDays(1).plusNanos(1)).build()).isInstanceOf(PolicyInputException.class);
        assertThat(VideoPolicy.builder().loginLead(Duration.ofDays(1)).build()).isNotNull();
        assertThatThrownBy(() -> VideoPolicy.builder().loginLead(null).build()).isInstanceOf(PolicyInputException.class);
        assertThat(VideoPolicy.builder().loginLead(Duration.ZERO).build().checkReadiness(AGREED, AGREED, EnumSet.allOf(Equipment.class)).outcome())
                .isEqualTo(VideoCheck.MET);
    }

    @Test
    @DisplayName("ORD-18 a request records products, the customer's name and the time; each missing one is named")
    void request() {
        var ok = P.checkRequest(new VideoRequest(List.of("茶具"), PersonName.of("张三丰"), AGREED));
        assertThat(ok.outcome()).isEqualTo(VideoCheck.MET);
        assertThat(explained(ok)).doesNotContain("张三丰");
        var bad = P.checkRequest(new VideoRequest(List.of(" "), null, null));
        assertThat(bad.reasons()).extracting(r -> r.key()).containsExactly("video.noProducts", "video.noName", "video.noTime");
        explained(bad);
        assertThat(P.checkRequest(new VideoRequest(List.of(), PersonName.of("张三丰"), AGREED)).outcome()).isEqualTo(VideoCheck.MISSED);
    }

    @Test
    @DisplayName("ORD-18 an equipment failure: customer told, new time agreed, apology made")
    void failure() {
        var ok = P.checkFailure(new EquipmentFailure(AGREED, AGREED, at("2026-11-25T15:00"), AGREED));
        assertThat(ok.outcome()).isEqualTo(VideoCheck.MET);
        explained(ok);
        var bad = P.checkFailure(new EquipmentFailure(AGREED, null, AGREED, null));
        assertThat(bad.reasons()).extracting(r -> r.key()).containsExactly("video.notTold", "video.noNewTime", "video.noApology");
        explained(bad);
        assertThat(P.checkFailure(new EquipmentFailure(AGREED, AGREED, null, AGREED)).outcome()).isEqualTo(VideoCheck.MISSED);
    }

    @Test
    @DisplayName("ORD-18 malformed input is refused, never a DateTimeException")
    void malformed() {
        assertThatThrownBy(() -> P.checkReadiness(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> P.checkReadiness(Instant.MIN, AGREED, Set.of())).isInstanceOf(PolicyInputException.class);
        Set<Equipment> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> P.checkReadiness(AGREED, AGREED, withNull)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> P.checkRequest(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> P.checkFailure(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new EquipmentFailure(null, null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new VideoRequest(null, null, null)).isInstanceOf(PolicyInputException.class);
        List<String> np = new ArrayList<>();
        np.add(null);
        assertThatThrownBy(() -> new VideoRequest(np, null, null)).isInstanceOf(PolicyInputException.class);
    }
}
