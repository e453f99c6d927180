package dev.kefu.complaints;

import dev.kefu.complaints.workflow.ComplaintWorkflow;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Shared complaint fixtures. */
public final class Fixtures {

    public static final BusinessCalendar CAL = BusinessCalendar.chinaOfficial();
    public static final EmployeeId HR = EmployeeId.of("hr-1");
    public static final EmployeeId SUP = EmployeeId.of("sup-1");
    public static final EmployeeId AGENT = EmployeeId.of("agent-7");

    private Fixtures() {
    }

    public static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public static Complaint received(String id, String local) {
        return Complaints.receive(HR, at(local)).id(ComplaintId.of(id)).customer(CustomerId.of("C-" + id))
                .channel(Channel.PHONE_DIRECT_LINE).category(Category.SERVICE_ATTITUDE).level(ComplaintLevel.ORDINARY)
                .addDemands("apology").department(DepartmentId.of("service")).addStaffComplainedAbout(AGENT).build();
    }

    public static Complaint step(Complaint c, EventType type, EmployeeId actor, Role role, String local) {
        return ComplaintWorkflow.apply(c, ComplaintEvent.of(type, actor, role, at(local)));
    }

    public static Complaint hr(Complaint c, EventType type, String local) {
        return step(c, type, HR, Role.HR_ADMIN_MANAGER, local);
    }

    public static Complaint sup(Complaint c, EventType type, String local) {
        return step(c, type, SUP, Role.DEPARTMENT_SUPERVISOR, local);
    }
}
