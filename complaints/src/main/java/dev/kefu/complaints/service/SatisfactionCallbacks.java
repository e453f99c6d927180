package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Satisfaction callbacks to customers in general (CMP-19; CMP-5 is the complaint callback): made
 * regularly by phone or e-mail, asking about product quality, service attitude and delivery
 * speed; results recorded; problems passed to the department concerned; results feed CMP-14's
 * satisfaction indicator ({@link #satisfaction}). The seed gives neither the interval nor whether
 * every customer is called or a sample: both are <b>required configuration</b>.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SatisfactionCallbacks {

    private final Period interval;
    private final Share sample; // null = every customer
    private final ZoneId zone;

    private SatisfactionCallbacks(Builder b) {
        this.interval = b.interval;
        this.sample = b.everyCustomer ? null : b.sample;
        this.zone = b.zone;
    }

    /**
     * A builder.
     *
     * @param zone  the zone of the business calendar, not null (checked at build)
     * @return the builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * Checks the callbacks made up to a day.
     *
     * @param customers  the customers in scope, not null, no null element
     * @param callbacks  the callbacks made, not null, no null element
     * @param since  the day the scheme started (the first interval runs from it), not null
     * @param today  the day asked about, not null
     * @return the findings: overdue customers (or a sample below the share), incomplete callbacks, problems not passed on
     */
    public Decision<ServiceAudit> check(Set<dev.kefu.core.id.CustomerId> customers, List<SatisfactionCallback> callbacks, LocalDate since,
                                        LocalDate today) {
        Violations v = Violations.create();
        if (v.requireNonNull(customers, "customers", ComplaintRules.CMP_19) && customers.stream().anyMatch(Objects::isNull)) {
            v.add("customers[]", "required", ComplaintRules.CMP_19);
        }
        if (v.requireNonNull(callbacks, "callbacks", ComplaintRules.CMP_19) && callbacks.stream().anyMatch(Objects::isNull)) {
            v.add("callbacks[]", "required", ComplaintRules.CMP_19);
        }
        v.requireNonNull(since, "since", ComplaintRules.CMP_19);
        v.requireNonNull(today, "today", ComplaintRules.CMP_19);
        v.throwIfAny();
        return ServiceAudit.guarded(() -> {
            ServiceAudit.Collector out = new ServiceAudit.Collector(ComplaintRules.CMP_19);
            Map<dev.kefu.core.id.CustomerId, LocalDate> last = new HashMap<>();
            Set<dev.kefu.core.id.CustomerId> inWindow = new HashSet<>();
            LocalDate windowStart = today.minus(interval);
            for (SatisfactionCallback c : callbacks) {
                LocalDate day = LocalDate.ofInstant(c.at(), zone);
                if (day.isAfter(today)) {
                    continue;
                }
                last.merge(c.customer(), day, (a, b) -> a.isAfter(b) ? a : b);
                if (day.isAfter(windowStart)) {
                    inWindow.add(c.customer());
                }
                if (c.productQuality() == Satisfaction.NOT_ASKED || c.serviceAttitude() == Satisfaction.NOT_ASKED
                        || c.deliverySpeed() == Satisfaction.NOT_ASKED) {
                    out.add(FindingKind.CALLBACK_INCOMPLETE, c.customer().value(), day);
                }
                if (c.problemFound().filter(p -> !p.isBlank()).isPresent() && c.forwardedTo().isEmpty()) {
                    out.add(FindingKind.PROBLEM_NOT_FORWARDED, c.customer().value(), day);
                }
            }
            if (sample == null) {
                for (dev.kefu.core.id.CustomerId customer : customers) {
                    LocalDate due = last.getOrDefault(customer, since).plus(interval);
                    if (today.isAfter(due)) {
                        out.add(FindingKind.CALLBACK_OVERDUE, customer.value(), due);
                    }
                }
            } else if (!customers.isEmpty() && today.isAfter(since.plus(interval))) {
                long called = customers.stream().filter(inWindow::contains).count();
                Share reached = Share.ofPercent(BigDecimal.valueOf(called * 100).divide(BigDecimal.valueOf(customers.size()), 4, RoundingMode.DOWN));
                if (reached.compareTo(sample) < 0) {
                    out.add(FindingKind.CALLBACK_OVERDUE, "sample", today, reached, sample);
                }
            }
            return out.decision(callbacks.size());
        });
    }

    /**
     * The share of callbacks with every point answered in which the customer was satisfied on all
     * three points (for CMP-14's satisfaction indicator); empty when no callback was complete.
     *
     * @param callbacks  the callbacks, not null, no null element
     * @return the share, or empty
     */
    public static Optional<Share> satisfaction(List<SatisfactionCallback> callbacks) {
        Violations v = Violations.create();
        if (v.requireNonNull(callbacks, "callbacks", ComplaintRules.CMP_19) && callbacks.stream().anyMatch(Objects::isNull)) {
            v.add("callbacks[]", "required", ComplaintRules.CMP_19);
        }
        v.throwIfAny();
        long complete = 0;
        long satisfied = 0;
        for (SatisfactionCallback c : callbacks) {
            List<Satisfaction> answers = List.of(c.productQuality(), c.serviceAttitude(), c.deliverySpeed());
            if (!answers.contains(Satisfaction.NOT_ASKED)) {
                complete++;
                satisfied += answers.contains(Satisfaction.NOT_SATISFIED) ? 0 : 1;
            }
        }
        return complete == 0 ? Optional.empty()
                : Optional.of(Share.ofPercent(BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(complete), Share.MAX_SCALE,
                        RoundingMode.HALF_EVEN)));
    }

    /** Builds the check; the interval and the coverage are required. */
    public static final class Builder {

        private final ZoneId zone;
        private Period interval;
        private boolean everyCustomer;
        private Share sample;
        private final Violations problems = Violations.create();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /** How often each customer (or the sample) is called back ([X], required). */
        public Builder interval(Period value) {
            if (!Reviews.positive(value)) {
                problems.add("interval", "positive", ComplaintRules.CMP_19);
            } else {
                interval = value;
            }
            return this;
        }

        /** Coverage: every customer in scope is called back each interval ([X]; this or {@link #sample}). */
        public Builder everyCustomer() {
            everyCustomer = true;
            return this;
        }

        /** Coverage: at least this share of the customers in scope is called back each interval ([X]; this or {@link #everyCustomer}). */
        public Builder sample(Share share) {
            if (share == null || share.isZero()) {
                problems.add("sample", "positive", ComplaintRules.CMP_19);
            } else {
                sample = share;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public SatisfactionCallbacks build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(zone, "zone", ComplaintRules.CMP_19);
            if (interval == null && problems.list().stream().noneMatch(p -> p.path().equals("interval"))) {
                v.add("interval", ComplaintsMessages.BUNDLE, "service.required", ComplaintRules.CMP_19);
            }
            if (everyCustomer == (sample != null) && problems.list().stream().noneMatch(p -> p.path().equals("sample"))) {
                v.add("coverage", ComplaintsMessages.BUNDLE, "service.coverage", ComplaintRules.CMP_19);
            }
            v.throwIfAny();
            return new SatisfactionCallbacks(this);
        }
    }
}
