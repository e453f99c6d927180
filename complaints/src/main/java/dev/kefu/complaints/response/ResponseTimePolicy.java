package dev.kefu.complaints.response;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Contact response times (CMP-11, amended 2026-11-24, with the phone-ring ladder of
 * "Definitions and precedence"):
 * <ul>
 *   <li>online enquiries answered within <b>60 seconds</b> (S1 part 1 §2.4);</li>
 *   <li>phones: answered by the <b>2nd</b> ring meets the target (answering at the 1st is no
 *       breach); on the <b>3rd</b> misses the target but is no offence; from the <b>4th</b>
 *       APR-8's <b>20</b>-yuan item applies (S3 §9: not answered within three rings) — reported
 *       here as a matched offence, applied by the host's ledger (APR-9); from the <b>6th</b> the
 *       agent also opens with an apology (S1 part 12 §1.1: after the fifth ring);</li>
 *   <li>a walk-in customer greeted within <b>1 minute</b> (S1 part 12 §2.1);</li>
 *   <li>enquiry phones within [X] seconds and complex questions within [X] hours (S0 §4.1): no
 *       default; the complex-question deadline runs in working hours (CORE-CAL-2) and the reply
 *       time told to the customer under CMP-17 may not be later.</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ResponseTimePolicy {

    static final RuleId CMP_11 = ComplaintRules.CMP_11;
    /** The last ring that meets the target. */
    static final int TARGET_RING = 2;
    /** The first ring at which APR-8's item applies. */
    static final int FINED_FROM_RING = 4;
    /** The first ring at which the agent opens with an apology. */
    static final int APOLOGY_FROM_RING = 6;
    /** APR-8: a service phone not answered within three rings. */
    static final Money RING_FINE = Money.yuan(20);

    private final Duration onlineReply;
    private final Duration walkInGreeting;
    private final Duration enquiryPhoneAnswer;
    private final Duration complexQuestionAnswer;

    private ResponseTimePolicy(Builder b) {
        this.onlineReply = b.onlineReply;
        this.walkInGreeting = b.walkInGreeting;
        this.enquiryPhoneAnswer = b.enquiryPhoneAnswer;
        this.complexQuestionAnswer = b.complexQuestionAnswer;
    }

    /** The complex-question target in working time (CMP-11's [X] hours), if the host set it. */
    public Optional<Duration> complexQuestionAnswerWithin() {
        return Optional.ofNullable(complexQuestionAnswer);
    }

    /** The regulation's targets, without the two S0 targets it leaves blank. */
    public static ResponseTimePolicy regulation() {
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
     * A phone answered on a ring (the ring ladder of "Definitions and precedence").
     *
     * @param ring  the ring on which it was answered, 1 or more
     * @return the decision: met by the 2nd ring; missed on the 3rd; from the 4th APR-8's 20-yuan
     *     item is matched; from the 6th an apology is due
     */
    public Decision<ResponseCheck> phoneAnsweredOnRing(int ring) {
        if (ring < 1) {
            Violations.create().add("ring", ComplaintsMessages.BUNDLE, "response.ringAtLeastOne", CMP_11, ring).throwIfAny();
        }
        ResponseVerdict verdict = ring <= TARGET_RING ? ResponseVerdict.MET : ResponseVerdict.MISSED;
        boolean apology = ring >= APOLOGY_FROM_RING;
        Optional<MatchedOffence> offence = ring >= FINED_FROM_RING
                ? Optional.of(new MatchedOffence(ComplaintRules.APR_8, RING_FINE)) : Optional.empty();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(CMP_11, ComplaintsMessages.BUNDLE, "response.phone", ring, TARGET_RING, verdict.ordinal()));
        if (offence.isPresent()) {
            reasons.add(Reason.of(ComplaintRules.APR_8, ComplaintsMessages.BUNDLE, "response.phoneFined", FINED_FROM_RING, RING_FINE));
        } else if (verdict == ResponseVerdict.MISSED) {
            reasons.add(Reason.of(CMP_11, ComplaintsMessages.BUNDLE, "response.phoneNoOffence", FINED_FROM_RING));
        }
        if (apology) {
            reasons.add(Reason.of(CMP_11, ComplaintsMessages.BUNDLE, "response.apology", APOLOGY_FROM_RING));
        }
        return Decision.of(new ResponseCheck(verdict, apology, offence), reasons);
    }

    /**
     * An enquiry phone's answer time (S0 §4.1, [X] seconds in the regulation).
     *
     * @param waited  the time to answer
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured
     */
    public Decision<ResponseCheck> enquiryPhoneAnswer(Duration waited) {
        requireConfigured(enquiryPhoneAnswer, "enquiryPhoneAnswerWithin");
        return within(waited, enquiryPhoneAnswer, "enquiryPhone", "response.enquiryPhone");
    }

    /**
     * The deadline of a complex enquiry: the configured [X] working hours after it was received
     * (CMP-11 S0 §4.1; CORE-CAL-2: customer-service targets run in working hours).
     *
     * @param calendar  the business calendar, not null
     * @param received  when the enquiry was received, not null
     * @return the deadline
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured or an argument is null
     */
    public Instant complexEnquiryDeadline(BusinessCalendar calendar, Instant received) {
        requireConfigured(complexQuestionAnswer, "complexQuestionAnswerWithin");
        Violations v = Violations.create();
        v.requireNonNull(calendar, "calendar", CMP_11);
        v.requireNonNull(received, "received", CMP_11);
        v.throwIfAny();
        try {
            return calendar.plusWorkingTime(received, complexQuestionAnswer);
        } catch (DateTimeException | ArithmeticException e) {
            Violations.create().add("received", ComplaintsMessages.BUNDLE, "sla.outOfRange", ComplaintRules.CORE_CAL_4).throwIfAny();
            throw e;
        }
    }

    /**
     * A complex enquiry answered at an instant: met if not after {@link #complexEnquiryDeadline}.
     *
     * @param calendar  the business calendar, not null
     * @param received  when the enquiry was received, not null
     * @param answered  when it was answered, not before received
     * @return the decision
     */
    public Decision<ResponseCheck> complexQuestionAnswered(BusinessCalendar calendar, Instant received, Instant answered) {
        Instant due = complexEnquiryDeadline(calendar, received);
        Violations v = Violations.create();
        if (v.requireNonNull(answered, "answered", CMP_11) && answered.isBefore(received)) {
            v.add("answered", ComplaintsMessages.BUNDLE, "response.beforeReceived", CMP_11);
        }
        v.throwIfAny();
        ResponseVerdict verdict = answered.isAfter(due) ? ResponseVerdict.MISSED : ResponseVerdict.MET;
        return Decision.of(new ResponseCheck(verdict, false, Optional.empty()), Reason.of(CMP_11, ComplaintsMessages.BUNDLE,
                "response.complex", ComplaintsMessages.local(answered, calendar.zone()), ComplaintsMessages.local(due, calendar.zone()),
                verdict.ordinal()));
    }

    /**
     * Checks the reply time told to the customer when a complex enquiry is transferred (CMP-17):
     * it may not be later than the complex-enquiry deadline ("Definitions and precedence").
     *
     * @param calendar  the business calendar, not null
     * @param received  when the enquiry was received, not null
     * @param toldReplyBy  the expected reply time told to the customer, not null
     * @return the decision: MET if not later than the deadline, MISSED otherwise
     */
    public Decision<ResponseCheck> toldReplyTime(BusinessCalendar calendar, Instant received, Instant toldReplyBy) {
        Instant due = complexEnquiryDeadline(calendar, received);
        Violations v = Violations.create();
        v.requireNonNull(toldReplyBy, "toldReplyBy", ComplaintRules.CMP_17);
        v.throwIfAny();
        ResponseVerdict verdict = toldReplyBy.isAfter(due) ? ResponseVerdict.MISSED : ResponseVerdict.MET;
        return Decision.of(new ResponseCheck(verdict, false, Optional.empty()), Reason.of(ComplaintRules.CMP_17, ComplaintsMessages.BUNDLE,
                "response.toldTime", ComplaintsMessages.local(toldReplyBy, calendar.zone()), ComplaintsMessages.local(due, calendar.zone()),
                verdict.ordinal()));
    }

    private static void requireConfigured(Duration target, String name) {
        if (target == null) {
            Violations.create().add(name, ComplaintsMessages.BUNDLE, "response.notConfigured", CMP_11).throwIfAny();
        }
    }

    private Decision<ResponseCheck> within(Duration waited, Duration target, String path, String key) {
        Violations v = Violations.create();
        if (v.requireNonNull(waited, path, CMP_11) && waited.isNegative()) {
            v.add(path, "notNegative", CMP_11);
        }
        v.throwIfAny();
        ResponseVerdict verdict = waited.compareTo(target) <= 0 ? ResponseVerdict.MET : ResponseVerdict.MISSED;
        return Decision.of(new ResponseCheck(verdict, false, Optional.empty()),
                Reason.of(CMP_11, ComplaintsMessages.BUNDLE, key, waited.getSeconds(), target.getSeconds(), verdict.ordinal()));
    }

    /** Builds a response-time policy; every setter records problems and {@link #build()} reports them all. */
    public static final class Builder {

        private Duration onlineReply = Duration.ofSeconds(60);
        private Duration walkInGreeting = Duration.ofMinutes(1);
        private Duration enquiryPhoneAnswer;
        private Duration complexQuestionAnswer;
        private final List<Violation> problems = new ArrayList<>();

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

        /** Complex-question answer target in working time (S0 §4.1 leaves it [X] hours); no default. */
        public Builder complexQuestionAnswerWithin(Duration d) {
            complexQuestionAnswer = positive(d, "complexQuestionAnswerWithin", null);
            return this;
        }

        private Duration positive(Duration d, String path, Duration keep) {
            if (d == null || d.isZero() || d.isNegative()) {
                problems.addAll(Violations.create().add(path, "positive", CMP_11).list());
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
            Violations.create().addAll(problems).throwIfAny();
            return new ResponseTimePolicy(this);
        }
    }
}
