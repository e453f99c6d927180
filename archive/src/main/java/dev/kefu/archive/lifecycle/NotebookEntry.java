package dev.kefu.archive.lifecycle;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a rep's notebook about a customer (ARC-15: the customer's background, the time
 * of the visit, the deal status, the signing time, suggestions, and the reasons for no deal or
 * a refund). A signed deal needs its signing time; no deal and a refund need their reason.
 *
 * <p>The free-text fields may hold personal data, so {@link #toString()} leaves them out.
 *
 * @param rep  the rep who keeps the notebook
 * @param customer  the customer
 * @param background  the customer's background (客户背景), not blank
 * @param visitedAt  the time of the visit (来访时间)
 * @param dealStatus  the deal status (成交情况)
 * @param signedAt  the signing time (签约时间); present exactly when the status is signed
 * @param suggestions  the customer's suggestions (意见建议), possibly empty, not null
 * @param noDealOrRefundReason  why there was no deal or a refund (未成交或退房原因); required for those statuses
 * @param recordedAt  when the entry was written; ARC-15 wants the day of the visit
 */
public record NotebookEntry(EmployeeId rep, CustomerId customer, String background, Instant visitedAt, DealStatus dealStatus,
                            Optional<Instant> signedAt, String suggestions, Optional<String> noDealOrRefundReason, Instant recordedAt)
        implements RegisterLine {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public NotebookEntry {
        Violations v = Violations.create();
        v.requireNonNull(rep, "rep", ArchiveRules.ARC_15);
        v.requireNonNull(customer, "customer", ArchiveRules.ARC_15);
        if (background == null || background.isBlank()) {
            v.add("background", "required", ArchiveRules.ARC_15);
        }
        v.requireNonNull(suggestions, "suggestions", ArchiveRules.ARC_15);
        boolean times = v.requireNonNull(visitedAt, "visitedAt", ArchiveRules.ARC_15)
                & v.requireNonNull(recordedAt, "recordedAt", ArchiveRules.ARC_15);
        if (times && recordedAt.isBefore(visitedAt)) {
            v.add("recordedAt", ArchiveMessages.BUNDLE, "register.recordedBeforeContact", ArchiveRules.ARC_15);
        }
        boolean status = v.requireNonNull(dealStatus, "dealStatus", ArchiveRules.ARC_15);
        boolean signed = v.requireNonNull(signedAt, "signedAt", ArchiveRules.ARC_15);
        boolean reason = v.requireNonNull(noDealOrRefundReason, "noDealOrRefundReason", ArchiveRules.ARC_15);
        if (status && signed) {
            if (dealStatus == DealStatus.SIGNED && signedAt.isEmpty()) {
                v.add("signedAt", ArchiveMessages.BUNDLE, "notebook.signedAtRequired", ArchiveRules.ARC_15);
            }
            if (dealStatus != DealStatus.SIGNED && dealStatus != DealStatus.REFUNDED && signedAt.isPresent()) {
                v.add("signedAt", ArchiveMessages.BUNDLE, "notebook.signedAtUnexpected", ArchiveRules.ARC_15);
            }
            if (times && signedAt.isPresent() && signedAt.get().isBefore(visitedAt)) {
                v.add("signedAt", ArchiveMessages.BUNDLE, "notebook.signedBeforeVisit", ArchiveRules.ARC_15);
            }
        }
        if (status && reason) {
            boolean needsReason = dealStatus == DealStatus.NO_DEAL || dealStatus == DealStatus.REFUNDED;
            if (needsReason && noDealOrRefundReason.filter(r -> !r.isBlank()).isEmpty()) {
                v.add("noDealOrRefundReason", ArchiveMessages.BUNDLE, "notebook.reasonRequired", ArchiveRules.ARC_15);
            }
        }
        v.throwIfAny();
    }

    @Override
    public Instant occurredAt() {
        return visitedAt;
    }

    @Override
    public Register register() {
        return Register.NOTEBOOK;
    }

    /** Leaves out the free text, which may hold personal data. */
    @Override
    public String toString() {
        return "NotebookEntry[rep=" + rep + ", customer=" + customer + ", visitedAt=" + visitedAt + ", dealStatus=" + dealStatus
                + ", signedAt=" + signedAt + ", recordedAt=" + recordedAt + "]";
    }
}
