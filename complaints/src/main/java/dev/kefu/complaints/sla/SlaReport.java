package dev.kefu.complaints.sla;

import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One target of one complaint at one instant.
 *
 * @param target  the target
 * @param rule  the rule that sets the target (CMP-16, CMP-7, CMP-9 or CMP-5)
 * @param status  where it stands
 * @param due  the due instant, with paused time added; while paused, as if resumed now
 * @param elapsed  working time used, paused time excluded; never negative
 * @param remaining  working time left before the due instant, zero once due
 * @param breachedAt  the instant the target was breached, if it was
 * @param metAt  the instant the target was met, if it was
 * @param calendarNotes  CORE-CAL-3 reasons when the due instant rests on a year whose holiday
 *     schedule is not yet published (estimated from the statutory holidays); empty otherwise
 */
public record SlaReport(SlaTarget target, RuleId rule, SlaStatus status, Optional<Instant> due, Duration elapsed,
                        Duration remaining, Optional<Instant> breachedAt, Optional<Instant> metAt,
                        List<Reason> calendarNotes) {

    /** Copies the notes. */
    public SlaReport {
        calendarNotes = List.copyOf(calendarNotes);
    }

    /**
     * Whether the due instant is provisional: it was computed across days of a year whose
     * schedule is not yet published (CORE-CAL-3).
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return !calendarNotes.isEmpty();
    }

    /** The rules behind this report: the target's rule, and CORE-CAL-3 when provisional. */
    public Set<RuleId> ruleIds() {
        Set<RuleId> ids = new LinkedHashSet<>();
        ids.add(rule);
        calendarNotes.forEach(r -> ids.add(r.rule()));
        return ids;
    }

    /**
     * What the calendar notes say, in zh-CN or English ("2027 年放假安排尚未公布，按法定假日估算" /
     * "the 2027 schedule is not yet published; estimated from the statutory holidays"); empty
     * when the report is not provisional.
     *
     * @param locale  the language, null means English
     * @return the notes, joined, not null
     */
    public String explainCalendar(Locale locale) {
        return calendarNotes.stream().map(r -> "[" + r.rule() + "] " + r.render(locale))
                .collect(Collectors.joining(dev.kefu.core.decision.MessageBundle.isChinese(locale) ? "；" : "; "));
    }
}
