package dev.kefu.orders.video;

import static dev.kefu.orders.OrderRules.ORD_18;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Video appointments (ORD-18, S1 part 12 §8.1, §8.3, §9.6): the request records the products,
 * the customer's name and the time; staff are logged in <b>10 minutes</b> before the agreed time,
 * with camera and headset checked; if the equipment fails, the customer is told at once, a new
 * time is agreed and an apology is made.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class VideoPolicy {

    /** The regulation's login lead (ORD-18: 商定時間之前10分鐘). */
    public static final Duration REGULATION_LOGIN_LEAD = Duration.ofMinutes(10);

    private static final VideoPolicy REGULATION = new VideoPolicy(REGULATION_LOGIN_LEAD, BusinessCalendar.DEFAULT_ZONE);

    private final Duration lead;
    private final ZoneId zone;

    private VideoPolicy(Duration lead, ZoneId zone) {
        this.lead = lead;
        this.zone = zone;
    }

    /** The regulation's policy: logged in 10 minutes before, times shown in Asia/Shanghai. */
    public static VideoPolicy regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a request records the products, the customer's name and the time (ORD-18).
     *
     * @param request  the request, not null
     * @return {@link VideoCheck#MET} or {@link VideoCheck#MISSED} naming each missing field
     * @throws dev.kefu.core.validation.PolicyInputException if the request is null
     */
    public Decision<VideoCheck> checkRequest(VideoRequest request) {
        Violations v = Violations.create();
        v.requireNonNull(request, "request", ORD_18);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        if (request.products().stream().allMatch(String::isBlank)) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.noProducts"));
        }
        if (request.customerName() == null) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.noName"));
        }
        if (request.agreedTime() == null) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.noTime"));
        }
        if (gaps.isEmpty()) {
            return Decision.of(VideoCheck.MET, Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.requestComplete",
                    OrdersMessages.local(request.agreedTime(), zone)));
        }
        return Decision.of(VideoCheck.MISSED, gaps);
    }

    /**
     * Whether staff were ready (ORD-18): logged in at least the lead before the agreed time, with
     * the camera and headset checked.
     *
     * @param agreedTime  the agreed time, not null
     * @param loggedInAt  when staff logged in, not null
     * @param checked  the equipment checked, none null
     * @return {@link VideoCheck#MET} or {@link VideoCheck#MISSED}
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<VideoCheck> checkReadiness(Instant agreedTime, Instant loggedInAt, Set<Equipment> checked) {
        Violations v = Violations.create();
        if (v.requireNonNull(agreedTime, "agreedTime", ORD_18) && !OrdersMessages.inSupportedRange(agreedTime)) {
            v.add("agreedTime", OrdersMessages.BUNDLE, "input.outOfRange", ORD_18);
        }
        v.requireNonNull(loggedInAt, "loggedInAt", ORD_18);
        if (v.requireNonNull(checked, "checked", ORD_18)) {
            for (Equipment e : checked) {
                v.requireNonNull(e, "checked[]", ORD_18);
            }
        }
        v.throwIfAny();
        Instant latest = agreedTime.minus(lead);
        List<Reason> gaps = new ArrayList<>();
        if (loggedInAt.isAfter(latest)) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.lateLogin", OrdersMessages.local(loggedInAt, zone),
                    OrdersMessages.local(latest, zone), lead.toMinutes()));
        }
        if (!checked.contains(Equipment.CAMERA)) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.cameraUnchecked"));
        }
        if (!checked.contains(Equipment.HEADSET)) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.headsetUnchecked"));
        }
        if (gaps.isEmpty()) {
            return Decision.of(VideoCheck.MET, Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.ready",
                    OrdersMessages.local(loggedInAt, zone), OrdersMessages.local(latest, zone)));
        }
        return Decision.of(VideoCheck.MISSED, gaps);
    }

    /**
     * Whether an equipment failure was handled (ORD-18): the customer told, a new time agreed
     * after the failure, and an apology made.
     *
     * @param failure  the failure, not null
     * @return {@link VideoCheck#MET} or {@link VideoCheck#MISSED} naming each missing step
     * @throws dev.kefu.core.validation.PolicyInputException if the failure is null
     */
    public Decision<VideoCheck> checkFailure(EquipmentFailure failure) {
        Violations v = Violations.create();
        v.requireNonNull(failure, "failure", ORD_18);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        if (failure.customerToldAt() == null) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.notTold"));
        }
        if (failure.newTime() == null || !failure.newTime().isAfter(failure.failedAt())) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.noNewTime"));
        }
        if (failure.apologisedAt() == null) {
            gaps.add(Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.noApology"));
        }
        if (gaps.isEmpty()) {
            return Decision.of(VideoCheck.MET, Reason.of(ORD_18, OrdersMessages.BUNDLE, "video.failureHandled",
                    OrdersMessages.local(failure.newTime(), zone)));
        }
        return Decision.of(VideoCheck.MISSED, gaps);
    }

    /** Builds a video policy. */
    public static final class Builder {

        private Duration lead = REGULATION_LOGIN_LEAD;
        private ZoneId zone = BusinessCalendar.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * How long before the agreed time staff are logged in; default 10 minutes.
         *
         * @param lead  not negative, at most a day
         * @return this builder
         */
        public Builder loginLead(Duration lead) {
            if (lead == null || lead.isNegative() || lead.compareTo(Duration.ofDays(1)) > 0) {
                problems.add("loginLead", OrdersMessages.BUNDLE, "video.leadRange", ORD_18);
            } else {
                this.lead = lead;
            }
            return this;
        }

        /**
         * The zone explanations show times in; default Asia/Shanghai.
         *
         * @param zone  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", ORD_18);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public VideoPolicy build() {
            problems.throwIfAny();
            return new VideoPolicy(lead, zone);
        }
    }
}
