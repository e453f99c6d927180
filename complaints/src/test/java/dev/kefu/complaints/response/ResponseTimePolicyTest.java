package dev.kefu.complaints.response;

import static dev.kefu.complaints.Fixtures.CAL;
import static dev.kefu.complaints.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponseTimePolicyTest {

    private final ResponseTimePolicy policy = ResponseTimePolicy.regulation();

    @Test
    @DisplayName("CMP-11 online enquiries answered within 60 seconds; walk-ins greeted within 1 minute")
    void online_and_walk_in() {
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(60)).outcome().met()).isTrue();
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(61)).outcome().met()).isFalse();
        assertThat(policy.walkInGreeting(Duration.ofSeconds(59)).outcome().met()).isTrue();
        assertThat(policy.walkInGreeting(Duration.ofSeconds(75)).outcome().verdict()).isEqualTo(ResponseVerdict.MISSED);
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(30)).explain(Locale.ENGLISH))
                .isEqualTo("[CMP-11] online enquiry answered after 30 s; target 60 s: met");
        assertThat(policy.onlineFirstReply(Duration.ofSeconds(90)).explain(Locale.CHINA)).endsWith("未达标");
        assertThatThrownBy(() -> policy.onlineFirstReply(Duration.ofSeconds(-1))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy.walkInGreeting(null)).hasMessageContaining("walkIn");
    }

    @Test
    @DisplayName("CMP-11 Definitions: answered by the 2nd ring meets the target; the 1st ring is no breach")
    void ring_two_meets() {
        assertThat(policy.phoneAnsweredOnRing(1).outcome()).isEqualTo(new ResponseCheck(ResponseVerdict.MET, false, Optional.empty()));
        assertThat(policy.phoneAnsweredOnRing(2).outcome()).isEqualTo(new ResponseCheck(ResponseVerdict.MET, false, Optional.empty()));
        assertThat(policy.phoneAnsweredOnRing(2).ruleIds()).extracting(Object::toString).containsExactly("CMP-11");
    }

    @Test
    @DisplayName("CMP-11 Definitions: the 3rd ring misses the target but is no offence")
    void ring_three_missed_no_offence() {
        Decision<ResponseCheck> three = policy.phoneAnsweredOnRing(3);
        assertThat(three.outcome()).isEqualTo(new ResponseCheck(ResponseVerdict.MISSED, false, Optional.empty()));
        assertThat(three.ruleIds()).extracting(Object::toString).containsExactly("CMP-11");
        assertThat(three.explain(Locale.ENGLISH)).contains("no offence");
    }

    @Test
    @DisplayName("CMP-11 APR-8 Definitions: from the 4th ring APR-8's 20-yuan item is matched (the ledger applies it); no apology before the 6th")
    void ring_four_fined() {
        Decision<ResponseCheck> four = policy.phoneAnsweredOnRing(4);
        assertThat(four.outcome().offence()).contains(new MatchedOffence(dev.kefu.core.decision.RuleId.of("APR-8"), Money.yuan(20)));
        assertThat(four.outcome().apologyDue()).isFalse();
        assertThat(four.ruleIds()).extracting(Object::toString).containsExactly("CMP-11", "APR-8");
        assertThat(four.explain(Locale.CHINA)).contains("符合罚款 20.00 元条款");
        assertThat(policy.phoneAnsweredOnRing(5).outcome().apologyDue()).isFalse();
        assertThat(policy.phoneAnsweredOnRing(5).outcome().offence()).isPresent();
    }

    @Test
    @DisplayName("CMP-11 Definitions: from the 6th ring the agent also opens with an apology")
    void ring_six_apology() {
        Decision<ResponseCheck> six = policy.phoneAnsweredOnRing(6);
        assertThat(six.outcome().apologyDue()).isTrue();
        assertThat(six.outcome().offence()).isPresent();
        assertThat(six.explain(Locale.ENGLISH)).contains("opens with an apology");
        assertThat(policy.phoneAnsweredOnRing(Integer.MAX_VALUE).outcome().apologyDue()).isTrue();
        assertThatThrownBy(() -> policy.phoneAnsweredOnRing(0)).isInstanceOf(PolicyInputException.class).hasMessageContaining("ring");
    }

    @Test
    @DisplayName("CMP-11 the [X]-second enquiry and [X]-hour complex-question targets are required settings when used")
    void blank_targets_required() {
        assertThatThrownBy(() -> policy.enquiryPhoneAnswer(Duration.ofSeconds(10))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("enquiryPhoneAnswerWithin");
        assertThatThrownBy(() -> policy.complexEnquiryDeadline(CAL, at("2025-06-04T10:00"))).hasMessageContaining("complexQuestionAnswerWithin");
        ResponseTimePolicy set = ResponseTimePolicy.builder().enquiryPhoneAnswerWithin(Duration.ofSeconds(15))
                .complexQuestionAnswerWithin(Duration.ofHours(24)).onlineFirstReplyWithin(Duration.ofSeconds(30))
                .walkInGreetingWithin(Duration.ofSeconds(30)).build();
        assertThat(set.enquiryPhoneAnswer(Duration.ofSeconds(15)).outcome().met()).isTrue();
        assertThat(set.onlineFirstReply(Duration.ofSeconds(45)).outcome().met()).isFalse();
        assertThatThrownBy(() -> ResponseTimePolicy.builder().enquiryPhoneAnswerWithin(Duration.ZERO)
                .complexQuestionAnswerWithin(null).onlineFirstReplyWithin(null).walkInGreetingWithin(Duration.ofSeconds(-1)).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
    }

    @Test
    @DisplayName("CMP-11 CMP-17 CORE-CAL-2 a complex enquiry's deadline runs in working hours; the reply time told may not be later")
    void complex_enquiry_and_told_time() {
        ResponseTimePolicy set = ResponseTimePolicy.builder().complexQuestionAnswerWithin(Duration.ofHours(4)).build();
        // Friday 20:00: two working hours left that day, then Monday from 08:00
        assertThat(set.complexEnquiryDeadline(CAL, at("2025-06-06T20:00"))).isEqualTo(at("2025-06-09T10:00"));
        assertThat(set.complexQuestionAnswered(CAL, at("2025-06-06T20:00"), at("2025-06-09T10:00")).outcome().met()).isTrue();
        Decision<ResponseCheck> late = set.complexQuestionAnswered(CAL, at("2025-06-06T20:00"), at("2025-06-09T10:01"));
        assertThat(late.outcome().met()).isFalse();
        assertThat(late.explain(Locale.ENGLISH)).contains("2025-06-09 10:01").contains("deadline 2025-06-09 10:00");
        Decision<ResponseCheck> toldLater = set.toldReplyTime(CAL, at("2025-06-06T20:00"), at("2025-06-09T12:00"));
        assertThat(toldLater.outcome().verdict()).isEqualTo(ResponseVerdict.MISSED);
        assertThat(toldLater.ruleIds()).extracting(Object::toString).containsExactly("CMP-17");
        assertThat(set.toldReplyTime(CAL, at("2025-06-06T20:00"), at("2025-06-09T09:00")).outcome().met()).isTrue();
        assertThatThrownBy(() -> set.complexQuestionAnswered(CAL, at("2025-06-06T20:00"), at("2025-06-06T19:00")))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> set.toldReplyTime(null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> set.complexEnquiryDeadline(CAL, java.time.Instant.MAX))
                .isInstanceOfAny(PolicyInputException.class, dev.kefu.core.calendar.CalendarCoverageException.class);
    }
}
