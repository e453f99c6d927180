package dev.kefu.complaints.workflow;

import dev.kefu.complaints.Actor;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.Duty;
import dev.kefu.complaints.Post;
import dev.kefu.complaints.Rank;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may read a complaint's filed record (CMP-6: 「部门主管及总经理可按权限查阅」): the HR-admin
 * intake who keeps it in OA; the general manager, every complaint; a department supervisor,
 * the complaints about their own department ("according to their permission"). Anyone else is
 * refused. The seed names the ranks but the host names its own, so the general manager's rank
 * and the supervisor ranks are <b>required configuration</b>.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintRecordAccess {

    private final Rank generalManager;
    private final Set<Rank> supervisors;

    private ComplaintRecordAccess(Builder b) {
        this.generalManager = b.generalManager;
        this.supervisors = Set.copyOf(b.supervisors);
    }

    /** A builder; both settings are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether an actor may read a complaint's record.
     *
     * @param complaint  the complaint, not null
     * @param reader  who asks, not null
     * @return the decision, explained
     */
    public Decision<ReadAccess> mayRead(Complaint complaint, Actor reader) {
        Violations v = Violations.create();
        v.requireNonNull(complaint, "complaint", ComplaintRules.CMP_6);
        v.requireNonNull(reader, "reader", ComplaintRules.CMP_6);
        v.throwIfAny();
        if (reader.has(Duty.HR_ADMIN_INTAKE)) {
            return Decision.of(ReadAccess.GRANTED, Reason.of(ComplaintRules.CMP_6, ComplaintsMessages.BUNDLE, "access.keeper"));
        }
        for (Post p : reader.posts()) {
            if (p.rank().equals(generalManager)) {
                return Decision.of(ReadAccess.GRANTED, Reason.of(ComplaintRules.CMP_6, ComplaintsMessages.BUNDLE, "access.generalManager", p.rank().name()));
            }
        }
        for (Post p : reader.posts()) {
            if (supervisors.contains(p.rank()) && p.department().equals(complaint.department())) {
                return Decision.of(ReadAccess.GRANTED, Reason.of(ComplaintRules.CMP_6, ComplaintsMessages.BUNDLE, "access.supervisor",
                        p.rank().name(), p.department().value()));
            }
        }
        return Decision.of(ReadAccess.REFUSED, Reason.of(ComplaintRules.CMP_6, ComplaintsMessages.BUNDLE, "access.refused",
                reader.id().value(), complaint.department().value()));
    }

    /** Builds the access rule; {@link #build()} reports every missing setting. */
    public static final class Builder {

        private Rank generalManager;
        private final Set<Rank> supervisors = new LinkedHashSet<>();
        private final List<Violation> problems = new ArrayList<>();

        private Builder() {
        }

        /** The general manager's rank (总经理): reads every complaint. Required. */
        public Builder generalManagerRank(Rank rank) {
            generalManager = rank;
            return this;
        }

        /** A department-supervisor rank (部门主管): reads complaints about their own department. At least one required. */
        public Builder departmentSupervisorRank(Rank rank) {
            if (rank == null) {
                problems.addAll(Violations.create().add("departmentSupervisorRank", "required", ComplaintRules.CMP_6).list());
            } else {
                supervisors.add(rank);
            }
            return this;
        }

        /**
         * Builds the access rule.
         *
         * @return the access rule
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing setting
         */
        public ComplaintRecordAccess build() {
            Violations v = Violations.create().addAll(problems);
            if (generalManager == null) {
                v.add("generalManagerRank", "required", ComplaintRules.CMP_6);
            }
            if (supervisors.isEmpty()) {
                v.add("departmentSupervisorRank", "required", ComplaintRules.CMP_6);
            }
            v.throwIfAny();
            return new ComplaintRecordAccess(this);
        }
    }
}
