package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's question or problem under first-contact ownership (首问负责制, CMP-16), with its
 * transfers (CMP-17), as the host stored it.
 *
 * @param id  the host's key, not blank
 * @param owner  the first-contact owner: who first received it, not null
 * @param receivedAt  when it was first received, not null
 * @param kind  complex enquiry or other problem, not null
 * @param handoffs  its transfers in time order, not null, no null element; copied
 * @param resolvedAt  when it was resolved, not null; empty while open
 */
public record OwnedIssue(String id, EmployeeId owner, Instant receivedAt, IssueKind kind, List<Handoff> handoffs,
                         Optional<Instant> resolvedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing or inconsistent field */
    public OwnedIssue {
        Violations v = Violations.create();
        if (id == null || id.isBlank()) {
            v.add("id", "required", ComplaintRules.CMP_16);
        }
        v.requireNonNull(owner, "owner", ComplaintRules.CMP_16);
        boolean hasReceived = v.requireNonNull(receivedAt, "receivedAt", ComplaintRules.CMP_16);
        v.requireNonNull(kind, "kind", ComplaintRules.CMP_16);
        if (v.requireNonNull(handoffs, "handoffs", ComplaintRules.CMP_17) && handoffs.stream().anyMatch(Objects::isNull)) {
            v.add("handoffs[]", "required", ComplaintRules.CMP_17);
        } else if (handoffs != null && hasReceived) {
            Instant last = receivedAt;
            for (int i = 0; i < handoffs.size(); i++) {
                if (handoffs.get(i).at().isBefore(last)) {
                    v.add("handoffs[" + i + "].at", dev.kefu.complaints.ComplaintsMessages.BUNDLE, "workflow.beforeLast", ComplaintRules.CMP_17);
                }
                last = handoffs.get(i).at();
            }
        }
        if (v.requireNonNull(resolvedAt, "resolvedAt", ComplaintRules.CMP_16) && hasReceived && resolvedAt.isPresent()
                && resolvedAt.get().isBefore(receivedAt)) {
            v.add("resolvedAt", dev.kefu.complaints.ComplaintsMessages.BUNDLE, "workflow.beforeLast", ComplaintRules.CMP_16);
        }
        v.throwIfAny();
        handoffs = List.copyOf(handoffs);
    }
}
