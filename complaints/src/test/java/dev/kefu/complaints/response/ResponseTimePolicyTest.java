package dev.kefu.complaints.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponseTimePolicyTest {

    private final ResponseTimePolicy policy = ResponseTimePolicy.standard();

    @Test
    @DisplayName("CMP-11 online enquiries answered within 60 seconds; walk-ins greeted within 1 minute")
    void online_and_walk_in() {
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(60)).outcome().met()).isTrue();
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(61)).outcome().met()).isFalse();
        assertThat(policy.walkInGreeting(Duration.ofSeconds(59)).outcome().met()).isTrue();
        assertThat(policy.walkInGreeting(Duration.ofSeconds(75)).outcome().met()).isFalse();
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(30)).explain(Locale.ENGLISH))
                .isEqualTo("[CMP-11] online enquiry answered after 30 s; target 60 s; met: true");
        assertThatThrownBy(() -> policy.onlineFirstReply(Duration.ofSeconds(-1))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy.walkInGreeting(null)).hasMessageContaining("walkIn");
    }

    @Test
    @DisplayName("CMP-11 APR-9 phones: by the second ring; apology after the fifth; not within three is a fined offence")
    void phone_rings() {
        assertThat(policy.phoneAnswered(2).outcome()).isEqualTo(new ResponseCheck(true, false, false));
        assertThat(policy.phoneAnswered(3).outcome()).isEqualTo(new ResponseCheck(false, false, false));
        Decision<ResponseCheck> four = policy.phoneAnswered(4);
        assertThat(four.outcome()).isEqualTo(new ResponseCheck(false, false, true));
        assertThat(four.ruleIds()).extracting(Object::toString).containsExactly("CMP-11", "APR-9");
        assertThat(policy.phoneAnswered(5).outcome().apologyDue()).isFalse();
        assertThat(policy.phoneAnswered(6).outcome().apologyDue()).isTrue();
        assertThat(policy.phoneAnswered(1).explain(Locale.CHINA)).contains("无须致歉");
        assertThatThrownBy(() -> policy.phoneAnswered(0)).hasMessageContaining("rings");
    }

    @Test
    @DisplayName("CMP-11 the [X]-second enquiry and [X]-hour complex-question targets are required settings when used")
    void blank_targets_required() {
        assertThatThrownBy(() -> policy.enquiryPhoneAnswer(Duration.ofSeconds(10))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("enquiryPhoneAnswer");
        assertThatThrownBy(() -> policy.complexQuestionAnswer(Duration.ofHours(1))).hasMessageContaining("complexQuestionAnswer");
        ResponseTimePolicy set = ResponseTimePolicy.builder().enquiryPhoneAnswerWithin(Duration.ofSeconds(15))
                .complexQuestionAnswerWithin(Duration.ofHours(24)).onlineFirstReplyWithin(Duration.ofSeconds(30))
                .walkInGreetingWithin(Duration.ofSeconds(30)).phoneRings(3, 6, 4).build();
        assertThat(set.enquiryPhoneAnswer(Duration.ofSeconds(15)).outcome().met()).isTrue();
        assertThat(set.complexQuestionAnswer(Duration.ofHours(25)).outcome().met()).isFalse();
        assertThat(set.onlineFirstReply(Duration.ofSeconds(45)).outcome().met()).isFalse();
        assertThat(set.phoneAnswered(3).outcome().met()).isTrue();
        assertThatThrownBy(() -> ResponseTimePolicy.builder().enquiryPhoneAnswerWithin(Duration.ZERO).phoneRings(0, 1, 1)
                .complexQuestionAnswerWithin(null).onlineFirstReplyWithin(null).walkInGreetingWithin(Duration.ofSeconds(-1)).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(5));
    }
}
