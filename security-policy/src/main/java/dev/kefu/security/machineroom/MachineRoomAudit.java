package dev.kefu.security.machineroom;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The machine-room audit (SEC-9, SEC-1): at least two people present whenever anyone is
 * inside; every entry with the right permission (IT staff: their leader's; others: the IT
 * leader's, with an escort); a non-IT operation only with the IT head's approval, under
 * supervision, signed by both; every entry logged with what was done (操作内容); media and
 * confidential papers shredded, never thrown away; UPS batteries charged and discharged once or
 * twice a year. Explanations show times as local {@code yyyy-MM-dd HH:mm} in the given zone.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class MachineRoomAudit {

    static final RuleId SEC_9 = RuleId.of("SEC-9");

    private MachineRoomAudit() {
    }

    /**
     * A finding.
     *
     * @param kind  what is wrong
     * @param from  when it started (or happened)
     * @param to  when it ended (same as from for single events)
     * @param person  who is concerned, if anyone
     */
    public record Finding(Kind kind, Instant from, Instant to, String person) {
    }

    /** What is wrong. */
    public enum Kind {
        /** Only one person was inside. */
        FEWER_THAN_TWO,
        /** An IT staff entry without the leader's permission. */
        IT_ENTRY_WITHOUT_PERMISSION,
        /** A non-IT entry without the IT leader's permission or an escort. */
        VISITOR_WITHOUT_PERMISSION_OR_ESCORT,
        /** A non-IT operation without approval, supervision or both signatures. */
        OPERATION_NOT_AUTHORISED,
        /** The UPS batteries were not charge-cycled in the year. */
        UPS_NOT_CYCLED,
        /** An entry whose log does not say what was done. */
        WORK_NOT_RECORDED,
        /** Media or confidential papers disposed of without shredding. */
        MEDIA_NOT_SHREDDED
    }

    /**
     * Audits a period.
     *
     * @param events  entries and exits, in any order
     * @param operations  operations in the room
     * @param upsCycles  the days the UPS batteries were charged and discharged
     * @param year  the year whose UPS cycles are checked
     * @return the decision whose outcome lists every finding
     * @throws dev.kefu.core.validation.PolicyInputException if the log is inconsistent (an exit
     *     without an entry, an entry of someone inside)
     */
    public static Decision<List<Finding>> audit(List<RoomEvent> events, List<Operation> operations, List<LocalDate> upsCycles, Year year) {
        return audit(events, operations, List.of(), upsCycles, year, dev.kefu.security.SecurityMessages.SHANGHAI);
    }

    /**
     * Audits a period, with media disposals, explaining times in a zone.
     *
     * @param events  entries and exits, in any order, no nulls
     * @param operations  operations in the room, no nulls
     * @param disposals  disposals of media and confidential papers, no nulls
     * @param upsCycles  the days the UPS batteries were charged and discharged, no nulls
     * @param year  the year whose UPS cycles are checked
     * @param zone  the zone of the explanation's times
     * @return the decision whose outcome lists every finding
     */
    public static Decision<List<Finding>> audit(List<RoomEvent> events, List<Operation> operations, List<MediaDisposal> disposals,
                                                List<LocalDate> upsCycles, Year year, java.time.ZoneId zone) {
        Violations v = Violations.create();
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(events)) {
            v.add("events", "required", SEC_9);
        }
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(operations)) {
            v.add("operations", "required", SEC_9);
        }
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(disposals)) {
            v.add("disposals", "required", SEC_9);
        }
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(upsCycles)) {
            v.add("upsCycles", "required", SEC_9);
        }
        v.requireNonNull(year, "year", SEC_9);
        v.requireNonNull(zone, "zone", SEC_9);
        v.throwIfAny();
        List<RoomEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(RoomEvent::at));
        List<Finding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Set<EmployeeId> inside = new HashSet<>();
        Instant aloneSince = null;
        for (int i = 0; i < sorted.size(); i++) {
            RoomEvent e = sorted.get(i);
            if (e.entering()) {
                if (!inside.add(e.person())) {
                    Violations.create().add("events[" + i + "]", SecurityMessages.BUNDLE, "room.alreadyInside", SEC_9, e.person()).throwIfAny();
                }
                boolean permitted = e.permittedBy().isPresent() && !e.permittedBy().get().equals(e.person());
                if (e.itStaff() && !permitted) {
                    add(findings, reasons, new Finding(Kind.IT_ENTRY_WITHOUT_PERMISSION, e.at(), e.at(), e.person().value()), zone);
                } else if (!e.itStaff() && (!permitted || e.escort().isEmpty())) {
                    add(findings, reasons, new Finding(Kind.VISITOR_WITHOUT_PERMISSION_OR_ESCORT, e.at(), e.at(), e.person().value()), zone);
                }
                if (e.workDone().map(String::isBlank).orElse(true)) {
                    add(findings, reasons, new Finding(Kind.WORK_NOT_RECORDED, e.at(), e.at(), e.person().value()), zone);
                }
            } else if (!inside.remove(e.person())) {
                Violations.create().add("events[" + i + "]", SecurityMessages.BUNDLE, "room.notInside", SEC_9, e.person()).throwIfAny();
            }
            if (inside.size() == 1 && aloneSince == null) {
                aloneSince = e.at();
            } else if (inside.size() != 1 && aloneSince != null) {
                if (e.at().isAfter(aloneSince)) {
                    add(findings, reasons, new Finding(Kind.FEWER_THAN_TWO, aloneSince, e.at(), ""), zone);
                }
                aloneSince = null;
            }
        }
        for (Operation o : operations) {
            boolean ok = o.itStaff() || (o.approvedBy().isPresent() && o.supervisor().isPresent()
                    && !o.supervisor().get().equals(o.operator()) && o.operatorSigned() && o.supervisorSigned());
            if (!ok) {
                add(findings, reasons, new Finding(Kind.OPERATION_NOT_AUTHORISED, o.at(), o.at(), o.operator().value()), zone);
            }
        }
        for (MediaDisposal d : disposals) {
            if (d.method() != MediaDisposal.Method.SHREDDED) {
                add(findings, reasons, new Finding(Kind.MEDIA_NOT_SHREDDED, d.at(), d.at(), d.by().value()), zone);
            }
        }
        long cycles = upsCycles.stream().filter(d -> Year.from(d).equals(year)).count();
        if (cycles == 0) {
            Instant end = year.atDay(1).atStartOfDay(zone).toInstant();
            add(findings, reasons, new Finding(Kind.UPS_NOT_CYCLED, end, end, ""), zone);
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(SEC_9, SecurityMessages.BUNDLE, "room.ok", sorted.size(), operations.size(), cycles));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }

    private static void add(List<Finding> findings, List<Reason> reasons, Finding f, java.time.ZoneId zone) {
        findings.add(f);
        reasons.add(Reason.of(SEC_9, SecurityMessages.BUNDLE,
                "room." + f.kind().name(), SecurityMessages.time(f.from(), zone), SecurityMessages.time(f.to(), zone), f.person()));
    }
}
