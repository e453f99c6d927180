package dev.kefu.archive.desk;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.DocumentKind;
import dev.kefu.archive.Labels;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Repair calls (ARC-20): a customer's repair call is written up as a repair order (维修单),
 * the repair is arranged promptly, and the repair record joins the customer's archive
 * (ARC-11: 维修记录). The regulation says only "及时" (promptly), so the deadline is required
 * configuration; it runs in elapsed time from the call (reading: the catalogue lists ARC-20
 * among neither the working-hours clocks nor the security clocks; a repair desk answers when a
 * leak happens, so nights count).
 * <pre>{@code
 * RepairDesk desk = RepairDesk.builder().arrangeWithin(Duration.ofHours(4)).build();
 * Decision<RepairReview> d = desk.check(call, archive, now);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RepairDesk {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Duration arrangeWithin;
    private final ZoneId zone;

    private RepairDesk(Duration arrangeWithin, ZoneId zone) {
        this.arrangeWithin = arrangeWithin;
        this.zone = zone;
    }

    /** A builder; the deadline is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configured deadline. */
    public Duration arrangeWithin() {
        return arrangeWithin;
    }

    /**
     * Reviews a repair call.
     *
     * @param call  the call, not null
     * @param archive  the customer's archive, not null, of the call's customer
     * @param now  the time of the review, not before the call
     * @return the decision; its outcome lists what is wrong
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public Decision<RepairReview> check(RepairCall call, CustomerArchive archive, Instant now) {
        Violations v = Violations.create();
        v.requireNonNull(call, "call", ArchiveRules.ARC_20);
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_20);
        v.requireNonNull(now, "now", ArchiveRules.ARC_20);
        if (call != null && archive != null && !call.customer().equals(archive.customerId())) {
            v.add("archive", ArchiveMessages.BUNDLE, "repair.otherCustomer", ArchiveRules.ARC_20);
        }
        if (call != null && now != null && now.isBefore(call.calledAt())) {
            v.add("now", ArchiveMessages.BUNDLE, "repair.beforeCall", ArchiveRules.ARC_20);
        }
        v.throwIfAny();
        Instant deadline = Periods.elapsedDeadline(call.calledAt(), arrangeWithin);
        Set<RepairGap> gaps = EnumSet.noneOf(RepairGap.class);
        List<Reason> reasons = new ArrayList<>();
        String due = TIME.format(deadline.atZone(zone));
        if (call.repairOrder().isEmpty()) {
            gaps.add(RepairGap.NO_REPAIR_ORDER);
        } else {
            String ref = call.repairOrder().get();
            boolean filed = archive.documents().stream().anyMatch(d -> d.kind() == DocumentKind.REPAIR_RECORDS && d.reference().equals(ref));
            if (!filed) {
                gaps.add(RepairGap.NOT_IN_ARCHIVE);
            }
        }
        if (call.arrangedAt().isPresent()) {
            if (call.arrangedAt().get().isAfter(deadline)) {
                gaps.add(RepairGap.ARRANGED_LATE);
            }
        } else if (now.isAfter(deadline)) {
            gaps.add(RepairGap.OVERDUE);
        }
        for (RepairGap g : gaps) {
            reasons.add(Reason.of(ArchiveRules.ARC_20, ArchiveMessages.BUNDLE, "repair.gap", Labels.of(g), due));
        }
        if (gaps.isEmpty()) {
            reasons.add(Reason.of(ArchiveRules.ARC_20, ArchiveMessages.BUNDLE, "repair.inOrder", due));
        }
        return Decision.of(new RepairReview(deadline, gaps), reasons);
    }

    /**
     * The repair record to file in the customer's archive (ARC-20, ARC-11: 维修记录): a document
     * of kind {@link DocumentKind#REPAIR_RECORDS} under the repair order's reference, issued on
     * the day of the call in the desk's zone.
     *
     * @param call  the call, not null, with its repair order
     * @return the document
     * @throws dev.kefu.core.validation.PolicyInputException if the call is null or has no repair order
     */
    public ArchiveDocument repairRecord(RepairCall call) {
        Violations v = Violations.create();
        if (v.requireNonNull(call, "call", ArchiveRules.ARC_20) && call.repairOrder().isEmpty()) {
            v.add("call.repairOrder", "required", ArchiveRules.ARC_20);
        }
        v.throwIfAny();
        return ArchiveDocument.builder().reference(call.repairOrder().get()).kind(DocumentKind.REPAIR_RECORDS)
                .title(DocumentKind.REPAIR_RECORDS.chineseName()).issuedOn(Periods.dayOf(call.calledAt(), zone)).build();
    }

    @Override
    public String toString() {
        return "RepairDesk[arrange within " + arrangeWithin + "]";
    }

    /** Builds a repair desk; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private Duration arrangeWithin;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private boolean zoneMissing;

        private Builder() {
        }

        /**
         * How soon after the call the repair must be arranged (ARC-20: [X], 及时).
         *
         * @param deadline  positive, not null
         * @return this builder
         */
        public Builder arrangeWithin(Duration deadline) {
            this.arrangeWithin = deadline;
            return this;
        }

        /**
         * The zone in which times are shown and repair records dated; default {@code Asia/Shanghai}.
         *
         * @param zone  not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                zoneMissing = true;
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return the desk
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public RepairDesk build() {
            Violations v = Violations.create();
            if (arrangeWithin == null) {
                v.add("arrangeWithin", ArchiveMessages.BUNDLE, "setting.required", ArchiveRules.ARC_20, "arrangeWithin");
            } else if (arrangeWithin.isZero() || arrangeWithin.isNegative()) {
                v.add("arrangeWithin", ArchiveMessages.BUNDLE, "setting.positiveDuration", ArchiveRules.ARC_20, arrangeWithin.toMinutes());
            }
            if (zoneMissing) {
                v.add("zone", "required", ArchiveRules.ARC_20);
            }
            v.throwIfAny();
            return new RepairDesk(arrangeWithin, zone);
        }
    }
}
