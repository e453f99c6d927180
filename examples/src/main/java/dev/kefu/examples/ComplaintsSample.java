package dev.kefu.examples;

import dev.kefu.complaints.Category;
import dev.kefu.complaints.Channel;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.Complaints;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;

/** The least code to start a complaint and read its SLA clocks with kefu-complaints (CMP-7). */
public final class ComplaintsSample {

    private ComplaintsSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        Complaint c = Complaints.receive(EmployeeId.of("hr"), Instant.parse("2025-09-30T13:30:00Z"))
                .id(ComplaintId.of("K1")).customer(CustomerId.of("C1")).channel(Channel.EMAIL).category(Category.SERVICE_ATTITUDE)
                .level(ComplaintLevel.ORDINARY).department(DepartmentId.of("service")).build();
        ComplaintSlaPolicy sla = ComplaintSlaPolicy.builder(BusinessCalendar.chinaOfficial()).build();
        sla.status(c, Instant.parse("2025-10-09T02:00:00Z")).forEach(System.out::println);
    }
}
