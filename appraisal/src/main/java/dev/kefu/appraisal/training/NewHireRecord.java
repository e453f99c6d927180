package dev.kefu.appraisal.training;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a host recorded about a new service hire (APR-20).
 *
 * @param employee  the hire
 * @param hiredOn  the day hired
 * @param backgroundCheckedOn  the day the background check was done, if done
 * @param wubiCharsPerMinute  the measured Wubi typing speed, characters per minute, not negative
 *     (for S3 desk agents)
 * @param mandarinRecorded  whether standard, fluent Mandarin was recorded
 * @param dialectRecorded  whether understanding of the local dialect was recorded
 */
public record NewHireRecord(EmployeeId employee, LocalDate hiredOn, Optional<LocalDate> backgroundCheckedOn, int wubiCharsPerMinute,
                            boolean mandarinRecorded, boolean dialectRecorded) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing or negative part */
    public NewHireRecord {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", AppraisalRules.APR_20);
        v.requireNonNull(hiredOn, "hiredOn", AppraisalRules.APR_20);
        v.requireNonNull(backgroundCheckedOn, "backgroundCheckedOn", AppraisalRules.APR_20);
        if (wubiCharsPerMinute < 0) {
            v.add("wubiCharsPerMinute", AppraisalMessages.BUNDLE, "notNegative", AppraisalRules.APR_20);
        }
        v.throwIfAny();
    }
}
