package dev.kefu.complaints;

import dev.kefu.complaints.workflow.ComplaintWorkflow;
import dev.kefu.complaints.workflow.StepResult;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Shared complaint fixtures: a host with two levels (一般 → 部门主管, 重大 → 总经理). */
public final class Fixtures {

    public static final BusinessCalendar CAL = BusinessCalendar.chinaOfficial();
    public static final ComplaintLevel ORDINARY = ComplaintLevel.of("一般");
    public static final ComplaintLevel MAJOR = ComplaintLevel.of("重大");
    public static final Rank SUPERVISOR = Rank.of("部门主管");
    public static final Rank GENERAL_MANAGER = Rank.of("总经理");
    public static final ComplaintLevels LEVELS = ComplaintLevels.builder().level(ORDINARY, SUPERVISOR).level(MAJOR, GENERAL_MANAGER)
            .companyWide(GENERAL_MANAGER).build();
    public static final ComplaintWorkflow WORKFLOW = ComplaintWorkflow.of(LEVELS);
    public static final DepartmentId SERVICE = DepartmentId.of("service");
    public static final EmployeeId OWNER = EmployeeId.of("agent-3");
    public static final EmployeeId HR = EmployeeId.of("hr-1");
    public static final EmployeeId SUP = EmployeeId.of("sup-1");
    public static final EmployeeId GM = EmployeeId.of("gm-1");
    public static final EmployeeId AGENT = EmployeeId.of("agent-7");
    public static final Actor OWNER_ACTOR = Actor.employee(OWNER);
    public static final Actor HR_ACTOR = Actor.hrAdminIntake(HR);
    public static final Actor SUP_ACTOR = Actor.holding(SUP, new Post(SUPERVISOR, SERVICE));
    public static final Actor GM_ACTOR = Actor.holding(GM, new Post(GENERAL_MANAGER, DepartmentId.of("office")));

    private Fixtures() {
    }

    public static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public static Complaint.Builder receiving(String id, String local) {
        return Complaint.receive(OWNER, at(local)).id(ComplaintId.of(id)).customer(CustomerId.of("C-" + id))
                .channel(Channel.PHONE_DIRECT_LINE).category(Category.SERVICE_ATTITUDE).level(ORDINARY)
                .addDemand("apology").department(SERVICE).addStaffComplainedAbout(AGENT);
    }

    public static Complaint received(String id, String local) {
        return receiving(id, local).build();
    }

    /** Applies a step that must be accepted. */
    public static Complaint step(Complaint c, Actor actor, ComplaintEvent e) {
        Decision<StepResult> d = WORKFLOW.apply(c, actor, e);
        if (!d.outcome().accepted()) {
            throw new AssertionError("refused: " + d.explain(Locale.ENGLISH));
        }
        return d.outcome().complaint();
    }

    public static Complaint hr(Complaint c, EventType type, String local) {
        return step(c, HR_ACTOR, ComplaintEvent.of(type, HR, Role.HR_ADMIN_INTAKE, at(local)));
    }

    public static Complaint sup(Complaint c, EventType type, String local) {
        return step(c, SUP_ACTOR, ComplaintEvent.byResolver(type, SUP, SUPERVISOR, at(local)));
    }

    public static Complaint owner(Complaint c, EventType type, String local) {
        return step(c, OWNER_ACTOR, ComplaintEvent.of(type, OWNER, Role.FIRST_CONTACT_OWNER, at(local)));
    }

    /** Recorded, assessed valid and dispatched, 10 minutes apart from the given time. */
    public static Complaint dispatched(Complaint c, String local) {
        LocalDateTime t = LocalDateTime.parse(local);
        c = hr(c, EventType.RECORDED, t.toString());
        c = hr(c, EventType.ASSESSED_VALID, t.plusMinutes(10).toString());
        return hr(c, EventType.DISPATCHED, t.plusMinutes(20).toString());
    }
}
