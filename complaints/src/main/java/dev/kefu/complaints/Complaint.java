package dev.kefu.complaints;

import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer complaint (投诉), CMP-1 and CMP-2: channel, category (with the product details of a
 * product complaint), level (CMP-8, one of the host's {@link ComplaintLevels}), the customer's
 * demands, the department and staff complained about, and an append-only timeline of events
 * (CMP-6). The first event is {@link EventType#RECEIVED}, recorded by the first-contact owner
 * (CMP-16) when the complaint was first received on any channel (CMP-2): both CMP-7 clocks start
 * there.
 *
 * <p>A complaint is always well-formed: events are in time order and pauses alternate with
 * resumptions, so no clock can run backwards (a stored timeline that breaks this is refused
 * with {@link dev.kefu.core.validation.PolicyInputException}). Add events through
 * {@link dev.kefu.complaints.workflow.ComplaintWorkflow#apply}, which checks each step; store the
 * events and {@link dev.kefu.complaints.workflow.ComplaintWorkflow#replay replay} them.
 *
 * <p>{@link #toString()} shows no customer free text (demands, product details, notes).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Complaint {

    private final ComplaintId id;
    private final CustomerId customer;
    private final Channel channel;
    private final Category category;
    private final ProductDetails product;
    private final ComplaintLevel level;
    private final List<String> demands;
    private final DepartmentId department;
    private final Set<EmployeeId> staffComplainedAbout;
    private final List<ComplaintEvent> events;

    private Complaint(Builder b) {
        this.id = b.id;
        this.customer = b.customer;
        this.channel = b.channel;
        this.category = b.category;
        this.product = b.product;
        this.level = b.level;
        this.demands = List.copyOf(b.demands);
        this.department = b.department;
        this.staffComplainedAbout = Collections.unmodifiableSet(new LinkedHashSet<>(b.staff));
        this.events = List.copyOf(b.events);
    }

    /**
     * A builder for a new complaint whose timeline starts with its first receipt (CMP-2, CMP-16).
     *
     * @param firstContactOwner  the employee who first received it on any channel
     * @param at  when it was first received
     * @return a builder with the first event set; add the other attributes and build
     */
    public static Builder receive(EmployeeId firstContactOwner, Instant at) {
        Builder b = new Builder();
        if (firstContactOwner == null || at == null) {
            Violations v = Violations.create();
            v.requireNonNull(firstContactOwner, "firstContactOwner", ComplaintRules.CMP_16);
            v.requireNonNull(at, "receivedAt", ComplaintRules.CMP_2);
            b.problems.addAll(v.list());
            return b;
        }
        return b.addEvent(ComplaintEvent.of(EventType.RECEIVED, firstContactOwner, Role.FIRST_CONTACT_OWNER, at));
    }

    /** An empty builder, for rebuilding a stored complaint with {@link Builder#events}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this complaint's attributes and events. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.customer = customer;
        b.channel = channel;
        b.category = category;
        b.product = product;
        b.level = level;
        b.demands.addAll(demands);
        b.department = department;
        b.staff.addAll(staffComplainedAbout);
        b.events.addAll(events);
        return b;
    }

    /** The host's complaint key. */
    public ComplaintId id() {
        return id;
    }

    /** The customer who complained. */
    public CustomerId customer() {
        return customer;
    }

    /** How the complaint first came in (CMP-2). */
    public Channel channel() {
        return channel;
    }

    /** What it is about (CMP-1). */
    public Category category() {
        return category;
    }

    /** Product details; present for {@link Category#PRODUCT}. */
    public Optional<ProductDetails> product() {
        return Optional.ofNullable(product);
    }

    /** The level set at intake (CMP-8). */
    public ComplaintLevel level() {
        return level;
    }

    /** The customer's demands (诉求), as recorded; free text. */
    public List<String> demands() {
        return demands;
    }

    /** The department complained about. */
    public DepartmentId department() {
        return department;
    }

    /** The staff complained about (CMP-13: they may not act on it). */
    public Set<EmployeeId> staffComplainedAbout() {
        return staffComplainedAbout;
    }

    /** The timeline, oldest first; the first event is {@link EventType#RECEIVED}. */
    public List<ComplaintEvent> events() {
        return events;
    }

    /** When the complaint was first received on any channel (CMP-2): the time of its first event. */
    public Instant receivedAt() {
        return events.get(0).at();
    }

    /** The first-contact owner (CMP-16): who recorded the first receipt. */
    public EmployeeId firstContactOwner() {
        return events.get(0).actor();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Complaint)) {
            return false;
        }
        Complaint c = (Complaint) o;
        return id.equals(c.id) && customer.equals(c.customer) && channel == c.channel && category == c.category
                && Objects.equals(product, c.product) && level.equals(c.level) && demands.equals(c.demands)
                && department.equals(c.department) && staffComplainedAbout.equals(c.staffComplainedAbout) && events.equals(c.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, channel, category, product, level, demands, department, staffComplainedAbout, events);
    }

    /** No customer free text: demands and product details are counted or masked. */
    @Override
    public String toString() {
        return "Complaint[id=" + id + ", customer=" + customer + ", channel=" + channel + ", category=" + category
                + ", product=" + (product == null ? "-" : product) + ", level=" + level + ", demands=" + demands.size()
                + " (masked), department=" + department + ", staffComplainedAbout=" + staffComplainedAbout
                + ", events=" + events.size() + "]";
    }

    /** Builds a complaint; every setter records problems and {@link #build()} reports them all. */
    public static final class Builder {

        private ComplaintId id;
        private CustomerId customer;
        private Channel channel;
        private Category category;
        private ProductDetails product;
        private ComplaintLevel level;
        private final List<String> demands = new ArrayList<>();
        private DepartmentId department;
        private final Set<EmployeeId> staff = new LinkedHashSet<>();
        private final List<ComplaintEvent> events = new ArrayList<>();
        private final List<Violation> problems = new ArrayList<>();

        private Builder() {
        }

        private void missing(String path, dev.kefu.core.decision.RuleId rule) {
            problems.addAll(Violations.create().add(path, "required", rule).list());
        }

        /** The host's complaint key, not null (checked at build). */
        public Builder id(ComplaintId value) {
            id = value; // a null is reported by build()
            return this;
        }

        /** The customer, not null. */
        public Builder customer(CustomerId value) {
            customer = value; // a null is reported by build()
            return this;
        }

        /** The channel (CMP-2), not null. */
        public Builder channel(Channel value) {
            channel = value; // a null is reported by build()
            return this;
        }

        /** The category (CMP-1), not null. */
        public Builder category(Category value) {
            category = value; // a null is reported by build()
            return this;
        }

        /** The product details (CMP-1), not null; required for {@link Category#PRODUCT}. */
        public Builder product(ProductDetails value) {
            if (value == null) {
                missing("product", ComplaintRules.CMP_1);
            }
            product = value;
            return this;
        }

        /** The level (CMP-8), not null. */
        public Builder level(ComplaintLevel value) {
            level = value; // a null is reported by build()
            return this;
        }

        /** Adds a demand (诉求), not blank. */
        public Builder addDemand(String demand) {
            if (demand == null || demand.isBlank()) {
                problems.addAll(Violations.create().add("demands[" + demands.size() + "]", ComplaintsMessages.BUNDLE,
                        "text.blank", ComplaintRules.CMP_3).list());
            } else {
                demands.add(demand);
            }
            return this;
        }

        /** The department complained about, not null. */
        public Builder department(DepartmentId value) {
            department = value; // a null is reported by build()
            return this;
        }

        /** Adds a member of staff complained about, not null. */
        public Builder addStaffComplainedAbout(EmployeeId employee) {
            if (employee == null) {
                missing("staffComplainedAbout[" + staff.size() + "]", ComplaintRules.CMP_13);
            } else {
                staff.add(employee);
            }
            return this;
        }

        /** Appends an event, not null (use the workflow to check it). */
        public Builder addEvent(ComplaintEvent event) {
            if (event == null) {
                missing("events[" + events.size() + "]", ComplaintRules.CMP_6);
            } else {
                events.add(event);
            }
            return this;
        }

        /** Replaces the timeline with stored events, oldest first; no null element. */
        public Builder events(List<ComplaintEvent> stored) {
            events.clear();
            if (stored == null) {
                missing("events", ComplaintRules.CMP_6);
                return this;
            }
            for (ComplaintEvent e : stored) {
                addEvent(e);
            }
            return this;
        }

        /**
         * Builds the complaint.
         *
         * @return the complaint
         * @throws dev.kefu.core.validation.PolicyInputException listing every missing attribute,
         *     bad element and timeline fault (first event not a receipt by the first-contact
         *     owner, a second receipt, events out of time order, a resumption with no pause or
         *     a pause while paused)
         */
        public Complaint build() {
            Violations v = Violations.create().addAll(problems);
            v.requireNonNull(id, "id", ComplaintRules.CMP_6);
            v.requireNonNull(customer, "customer", ComplaintRules.CMP_1);
            v.requireNonNull(channel, "channel", ComplaintRules.CMP_2);
            v.requireNonNull(category, "category", ComplaintRules.CMP_1);
            v.requireNonNull(level, "level", ComplaintRules.CMP_8);
            v.requireNonNull(department, "department", ComplaintRules.CMP_4);
            if (category == Category.PRODUCT && product == null) {
                v.add("product", "required", ComplaintRules.CMP_1);
            }
            checkTimeline(events, v);
            v.throwIfAny();
            return new Complaint(this);
        }
    }

    /** Checks a timeline's shape: receipt first, once; time order; pauses and resumptions alternate. */
    static void checkTimeline(List<ComplaintEvent> events, Violations v) {
        if (events.isEmpty()) {
            v.add("events", ComplaintsMessages.BUNDLE, "complaint.firstEvent", ComplaintRules.CMP_2);
            return;
        }
        ComplaintEvent first = events.get(0);
        if (first.type() != EventType.RECEIVED || first.role() != Role.FIRST_CONTACT_OWNER) {
            v.add("events[0]", ComplaintsMessages.BUNDLE, "complaint.firstEvent", ComplaintRules.CMP_2);
        }
        boolean paused = false;
        for (int i = 1; i < events.size(); i++) {
            ComplaintEvent e = events.get(i);
            if (e.at().isBefore(events.get(i - 1).at())) {
                v.add("events[" + i + "].at", ComplaintsMessages.BUNDLE, "workflow.beforeLast", ComplaintRules.CMP_6);
            }
            if (e.type() == EventType.RECEIVED) {
                v.add("events[" + i + "].type", ComplaintsMessages.BUNDLE, "complaint.secondReceipt", ComplaintRules.CMP_2);
            } else if (e.type() == EventType.PAUSED) {
                if (paused) {
                    v.add("events[" + i + "].type", ComplaintsMessages.BUNDLE, "complaint.pausedTwice", ComplaintRules.CMP_7);
                }
                paused = true;
            } else if (e.type() == EventType.RESUMED) {
                if (!paused) {
                    v.add("events[" + i + "].type", ComplaintsMessages.BUNDLE, "complaint.resumedUnpaused", ComplaintRules.CMP_7);
                }
                paused = false;
            }
        }
    }
}
