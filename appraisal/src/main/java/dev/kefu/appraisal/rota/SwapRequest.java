package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A shift-swap request (换班, APR-12): on the swap day the counterpart works the requester's
 * shift; on the pay-back day the requester works the counterpart's shift. Build with
 * {@link #builder()}:
 * <pre>{@code
 * SwapRequest.builder().requester(a).counterpart(c)
 *         .swap(LocalDate.of(2025, 3, 5), ShiftSlot.EARLY)
 *         .payBack(LocalDate.of(2025, 3, 13), ShiftSlot.EARLY)
 *         .requesterConsents().counterpartConsents()
 *         .signedBy(new Signature(manager, SignerRole.DEPARTMENT_MANAGER))
 *         .build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SwapRequest {

    private final EmployeeId requester;
    private final EmployeeId counterpart;
    private final LocalDate swapDate;
    private final ShiftSlot swapSlot;
    private final LocalDate payBackDate;
    private final ShiftSlot payBackSlot;
    private final boolean requesterConsents;
    private final boolean counterpartConsents;
    private final Signature signature;

    private SwapRequest(Builder b) {
        this.requester = b.requester;
        this.counterpart = b.counterpart;
        this.swapDate = b.swapDate;
        this.swapSlot = b.swapSlot;
        this.payBackDate = b.payBackDate;
        this.payBackSlot = b.payBackSlot;
        this.requesterConsents = b.requesterConsents;
        this.counterpartConsents = b.counterpartConsents;
        this.signature = b.signature;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who asks to swap. */
    public EmployeeId requester() {
        return requester;
    }

    /** Who takes the shift. */
    public EmployeeId counterpart() {
        return counterpart;
    }

    /** The day the counterpart covers. */
    public LocalDate swapDate() {
        return swapDate;
    }

    /** The requester's shift that day. */
    public ShiftSlot swapSlot() {
        return swapSlot;
    }

    /** The day the requester pays back. */
    public LocalDate payBackDate() {
        return payBackDate;
    }

    /** The counterpart's shift that day. */
    public ShiftSlot payBackSlot() {
        return payBackSlot;
    }

    /** Whether the requester signed the swap register. */
    public boolean requesterConsents() {
        return requesterConsents;
    }

    /** Whether the counterpart signed the swap register. */
    public boolean counterpartConsents() {
        return counterpartConsents;
    }

    /** The approving signature, if any. */
    public Optional<Signature> signature() {
        return Optional.ofNullable(signature);
    }

    @Override
    public String toString() {
        return "SwapRequest[" + requester + " " + swapDate + " " + swapSlot.code() + " <-> " + counterpart + " " + payBackDate + " "
                + payBackSlot.code() + "]";
    }

    /** Builds a swap request; {@link #build()} names every problem at once. */
    public static final class Builder {
        private EmployeeId requester;
        private EmployeeId counterpart;
        private LocalDate swapDate;
        private ShiftSlot swapSlot;
        private LocalDate payBackDate;
        private ShiftSlot payBackSlot;
        private boolean requesterConsents;
        private boolean counterpartConsents;
        private Signature signature;

        private Builder() {
        }

        /** Who asks to swap; required. */
        public Builder requester(EmployeeId requester) {
            this.requester = requester;
            return this;
        }

        /** Who takes the shift; required, not the requester. */
        public Builder counterpart(EmployeeId counterpart) {
            this.counterpart = counterpart;
            return this;
        }

        /** The requester's shift that the counterpart covers; required. */
        public Builder swap(LocalDate date, ShiftSlot slot) {
            this.swapDate = date;
            this.swapSlot = slot;
            return this;
        }

        /** The counterpart's shift that the requester works in return; required. */
        public Builder payBack(LocalDate date, ShiftSlot slot) {
            this.payBackDate = date;
            this.payBackSlot = slot;
            return this;
        }

        /** The requester signed the swap register. */
        public Builder requesterConsents() {
            this.requesterConsents = true;
            return this;
        }

        /** The counterpart signed the swap register. */
        public Builder counterpartConsents() {
            this.counterpartConsents = true;
            return this;
        }

        /** The approving signature; only the department manager's, not a party's, makes the swap effective. */
        public Builder signedBy(Signature signature) {
            this.signature = signature;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing part, or a swap with oneself
         */
        public SwapRequest build() {
            Violations v = Violations.create();
            boolean parties = v.requireNonNull(requester, "requester", ShiftSwapPolicy.APR_12)
                    & v.requireNonNull(counterpart, "counterpart", ShiftSwapPolicy.APR_12);
            v.requireNonNull(swapDate, "swapDate", ShiftSwapPolicy.APR_12);
            v.requireNonNull(swapSlot, "swapSlot", ShiftSwapPolicy.APR_12);
            v.requireNonNull(payBackDate, "payBackDate", ShiftSwapPolicy.APR_12);
            v.requireNonNull(payBackSlot, "payBackSlot", ShiftSwapPolicy.APR_12);
            if (parties && requester.equals(counterpart)) {
                v.add("counterpart", AppraisalMessages.BUNDLE, "swap.self", ShiftSwapPolicy.APR_12);
            }
            v.throwIfAny();
            return new SwapRequest(this);
        }
    }
}
