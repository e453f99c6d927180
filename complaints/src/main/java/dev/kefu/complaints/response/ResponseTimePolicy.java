package dev.kefu.complaints.response;

import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;

/**
 * Contact response times (CMP-11): online enquiries answered within <b>60 seconds</b> (S1 part
 * 1 §2.4); phones answered by the <b>second ring</b>, with an apology after the <b>fifth</b>
 * (S1 part 12 §1.1), and a phone not answered within <b>three</b> rings is a fined offence
 * (APR-8, APR-9); a walk-in customer greeted within <b>1 minute</b> (S1 part 12 §2.1). S0 §4.1
 * also sets an answer time for enquiry phones and for complex questions but leaves both blank
 * ([X]): they have no default, and checking one that is not configured is refused.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ResponseTimePolicy {

    static final RuleId CMP_11 = RuleId.of("CMP-11");

    private final Duration onlineReply;
    private final int answerByRing;
    private final int apologyAfterRing;
    private final int finedAfterRing;
    private final Duration walkInGreeting;
    private final Duration enquiryPhoneAnswer;
    private final Duration complexQuestionAnswer;

    private ResponseTimePolicy(Builder b) {
        this.onlineReply = b.onlineReply;
        this.answerByRing = b.answerByRing;
        this.apologyAfterRing = b.apologyAfterRing;
        this.finedAfterRing = b.finedAfterRing;
        this.walkInGreeting = b.walkInGreeting;
        this.enquiryPhoneAnswer = b.enquiryPhoneAnswer;
        this.complexQuestionAnswer = b.complexQuestionAnswer;
    }

    /** The regulation's targets, without the two S0 targets it leaves blank. */
    public static ResponseTimePolicy standard() {
        return builder().build();
    }

    /** A builder with the regulation's values. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An online enquiry's first reply.
     *
     * @param waited  the time to the first reply, not negative
     * @return the decision
     */
    public Decision<ResponseCheck> onlineFirstReply(Duration waited) {
        return within(waited, onlineReply, "online", "response.online");
    }

    /**
     * A walk-in customer's greeting.
     *
     * @param waited  the time until greeted, not negative
     * @return the decision
     */
    public Decision<ResponseCheck> walkInGreeting(Duration waited) {
        return within(waited, walkInGreeting, "walkIn", "response.walkIn");
    }

    /**
     * A phone answered after a number of rings.
     *
     * @param rings  the rings before it was answered, 1 or more
     * @return the decision: met by the second ring; an apology due after the fifth; a fined
     *     offence after the third
     */
    public Decision<ResponseCheck> phoneAnswered(int rings) {
        if (rings < 1) {
            Violations.create().add("rings", "positive", CMP_11).throwIfAny();
        }
        ResponseCheck c = new ResponseCheck(rings <= answerByRing, rings > apologyAfterRing, rings > finedAfterRing);
        return Decision.of(c, Reason.of(CMP_11, ComplaintsMessages.BUNDLE, "response.phone", rings, answerByRing, c.met()),
                c.finedOffence() ? Reason.of(RuleId.of("APR-9"), ComplaintsMessages.BUNDLE, "response.phoneFined", finedAfterRing)
                        : Reason.of(CMP_11, ComplaintsMessages.BUNDLE, c.apologyDue() ? "response.apology" : "response.noApology"));
    }

    /**
     * An enquiry phone's answer time (S0 §4.1, [X] seconds in the regulation).
     *
     * @param waited  the time to answer
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured
     */
    public Decision<ResponseCheck> enquiryPhoneAnswer(Duration waited) {
        requireConfigured(enquiryPhoneAnswer, "enquiryPhoneAnswer");
        return within(waited, enquiryPhoneAnswer, "enquiryPhone", "response.enquiryPhone");
    }

    /**
     * A complex question's answer time (S0 §4.1, [X] hours in the regulation).
     *
     * @param waited  the time to answer
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured
     */
    public Decision<ResponseCheck> complexQuestionAnswer(Duration waited) {
        requireConfigured(complexQuestionAnswer, "complexQuestionAnswer");
        return within(waited, complexQuestionAnswer, "complexQuestion", "response.complex");
    }

    private static void requireConfigured(Duration target, String name) {
        if (target == null) {
            Violations.create().add(name, ComplaintsMessages.BUNDLE, "response.notConfigured", CMP_11, name).throwIfAny();
        }
    }

    private Decision<ResponseCheck> within(Duration waited, Duration target, String path, String key) {
        Violations v = Violations.create();
        if (v.requireNonNull(waited, path, CMP_11) && waited.isNegative()) {
            v.add(path, "notNegative", CMP_11);
        }
        v.throwIfAny();
        boolean met = waited.compareTo(target) <= 0;
        return Decision.of(new ResponseCheck(met, false, false),
                Reason.of(CMP_11, ComplaintsMessages.BUNDLE, key, waited.toSeconds(), target.toSeconds(), met));
    }

    /** Builds a response-time policy. */
    public static final class Builder {

        private Duration onlineReply = Duration.ofSeconds(60);
        private int answerByRing = 2;
        private int apologyAfterRing = 5;
        private int finedAfterRing = 3;
        private Duration walkInGreeting = Duration.ofMinutes(1);
        private Duration enquiryPhoneAnswer;
        private Duration complexQuestionAnswer;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** Online first-reply target; default 60 seconds. */
        public Builder onlineFirstReplyWithin(Duration d) {
            onlineReply = positive(d, "onlineFirstReplyWithin", onlineReply);
            return this;
        }

        /** Walk-in greeting target; default 1 minute. */
        public Builder walkInGreetingWithin(Duration d) {
            walkInGreeting = positive(d, "walkInGreetingWithin", walkInGreeting);
            return this;
        }

        /** Enquiry-phone answer target (S0 §4.1 leaves it [X]); no default. */
        public Builder enquiryPhoneAnswerWithin(Duration d) {
            enquiryPhoneAnswer = positive(d, "enquiryPhoneAnswerWithin", null);
            return this;
        }

        /** Complex-question answer target (S0 §4.1 leaves it [X]); no default. */
        public Builder complexQuestionAnswerWithin(Duration d) {
            complexQuestionAnswer = positive(d, "complexQuestionAnswerWithin", null);
            return this;
        }

        /**
         * Phone rings: answered by {@code answerBy} (default 2), apology after {@code apologyAfter}
         * (default 5), fined after {@code finedAfter} (default 3).
         */
        public Builder phoneRings(int answerBy, int apologyAfter, int finedAfter) {
            if (answerBy < 1 || apologyAfter < answerBy || finedAfter < answerBy) {
                problems.add("phoneRings", ComplaintsMessages.BUNDLE, "response.rings", CMP_11);
            } else {
                answerByRing = answerBy;
                apologyAfterRing = apologyAfter;
                finedAfterRing = finedAfter;
            }
            return this;
        }

        private Duration positive(Duration d, String path, Duration keep) {
            if (d == null || d.isZero() || d.isNegative()) {
                problems.add(path, "positive", CMP_11);
                return keep;
            }
            return d;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public ResponseTimePolicy build() {
            Violations.create().addAll(problems.list()).throwIfAny();
            return new ResponseTimePolicy(this);
        }
    }
}
