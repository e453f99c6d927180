package dev.kefu.examples;

import dev.kefu.complaints.Category;
import dev.kefu.complaints.Channel;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintLevels;
import dev.kefu.complaints.Rank;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.Locale;

/**
 * The least code to start a complaint and read its SLA clocks with kefu-complaints (CMP-7): the
 * host's complaint levels are required configuration (CMP-8), the complaint starts at its first
 * receipt (CMP-2, CMP-16) and the regulation's clocks run on the official calendar.
 */
public final class ComplaintsSample {

    private ComplaintsSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        // CMP-8: the regulation names no levels; the host says which rank resolves each
        ComplaintLevel ordinary = ComplaintLevel.of("一般投诉");
        ComplaintLevels levels = ComplaintLevels.builder().level(ordinary, Rank.of("部门主管")).build();
        System.out.println(levels.resolverRank(ordinary).explain(Locale.ENGLISH));
        Complaint c = Complaint.receive(EmployeeId.of("hr"), Instant.parse("2025-09-30T13:30:00Z"))
                .id(ComplaintId.of("K1")).customer(CustomerId.of("C1")).channel(Channel.EMAIL).category(Category.SERVICE_ATTITUDE)
                .level(ordinary).department(DepartmentId.of("service")).build();
        BusinessCalendar calendar = BusinessCalendar.chinaOfficial();
        ComplaintSlaPolicy sla = ComplaintSlaPolicy.regulation(calendar);
        // due instants shown in the calendar's zone (Asia/Shanghai)
        sla.status(c, Instant.parse("2025-10-09T02:00:00Z")).forEach(r -> System.out.println(r.target() + " " + r.status() + " due "
                + r.due().map(d -> d.atZone(calendar.zone()).toLocalDateTime().toString().replace('T', ' ')).orElse("-") + " " + r.rule()));
    }
}
