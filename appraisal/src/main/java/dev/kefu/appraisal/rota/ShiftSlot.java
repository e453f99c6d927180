package dev.kefu.appraisal.rota;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.LocalTime;

/**
 * A shift of the day, such as the desk's early shift 08:00–15:30 and late shift 14:30–22:00
 * (S3 §2).
 *
 * @param code  the shift's code
 * @param start  the start
 * @param end  the end, after the start
 */
public record ShiftSlot(String code, LocalTime start, LocalTime end) {

    /** The early shift of S3 §2: 08:00–15:30. */
    public static final ShiftSlot EARLY = new ShiftSlot("EARLY", LocalTime.of(8, 0), LocalTime.of(15, 30));
    /** The late shift of S3 §2: 14:30–22:00. */
    public static final ShiftSlot LATE = new ShiftSlot("LATE", LocalTime.of(14, 30), LocalTime.of(22, 0));

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or out of order */
    public ShiftSlot {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("APR-12");
        if (code == null || code.isBlank()) {
            v.add("code", "required", rule);
        }
        if (v.requireNonNull(start, "start", rule) & v.requireNonNull(end, "end", rule) && !end.isAfter(start)) {
            v.add("end", "hours.order", rule);
        }
        v.throwIfAny();
    }
}
