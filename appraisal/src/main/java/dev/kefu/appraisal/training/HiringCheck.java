package dev.kefu.appraisal.training;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.Labels;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Hiring checks (APR-20, S2 §3.1.4, S3 §1.4–5): a new service hire gets a background check (the
 * seed does not say when, so only its presence is checked); an S3 desk agent types with Wubi at
 * <b>80 characters per minute</b> or more; speaks standard Mandarin and understands the local
 * dialect — recorded, not computed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HiringCheck {

    /** APR-20: the seed's Wubi typing speed, characters per minute. */
    public static final int REGULATION_WUBI_CHARS_PER_MINUTE = 80;

    private final int wubiCharsPerMinute;

    private HiringCheck(int wubiCharsPerMinute) {
        this.wubiCharsPerMinute = wubiCharsPerMinute;
    }

    /** The regulation's checks: 80 characters per minute. */
    public static HiringCheck regulation() {
        return new HiringCheck(REGULATION_WUBI_CHARS_PER_MINUTE);
    }

    /**
     * Checks with another typing speed.
     *
     * @param charsPerMinute  the least Wubi speed, at least 1
     * @return the check
     */
    public static HiringCheck wubiCharsPerMinute(int charsPerMinute) {
        if (charsPerMinute < 1) {
            Violations.create().add("wubiCharsPerMinute", "positive", AppraisalRules.APR_20).throwIfAny();
        }
        return new HiringCheck(charsPerMinute);
    }

    /**
     * Checks a new hire's record.
     *
     * @param hire  the record, not null
     * @return the decision whose outcome lists what is missing; empty when complete
     */
    public Decision<List<HiringFinding>> check(NewHireRecord hire) {
        Violations v = Violations.create();
        v.requireNonNull(hire, "hire", AppraisalRules.APR_20);
        v.throwIfAny();
        List<HiringFinding> findings = new ArrayList<>();
        if (hire.backgroundCheckedOn().isEmpty()) {
            findings.add(HiringFinding.NO_BACKGROUND_CHECK);
        }
        if (hire.wubiCharsPerMinute() < wubiCharsPerMinute) {
            findings.add(HiringFinding.TYPING_TOO_SLOW);
        }
        if (!hire.mandarinRecorded()) {
            findings.add(HiringFinding.MANDARIN_NOT_RECORDED);
        }
        if (!hire.dialectRecorded()) {
            findings.add(HiringFinding.DIALECT_NOT_RECORDED);
        }
        List<Reason> reasons = new ArrayList<>();
        for (HiringFinding f : findings) {
            reasons.add(Reason.of(AppraisalRules.APR_20, AppraisalMessages.BUNDLE, "hiring.finding", hire.employee(), Labels.zh(f), Labels.en(f),
                    hire.wubiCharsPerMinute(), wubiCharsPerMinute));
        }
        if (findings.isEmpty()) {
            reasons.add(Reason.of(AppraisalRules.APR_20, AppraisalMessages.BUNDLE, "hiring.ok", hire.employee()));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }
}
