package dev.kefu.complaints.service;

import dev.kefu.core.decision.RuleId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One finding of a service-record check.
 *
 * @param kind  what was found
 * @param record  the host's key of the record or person concerned (never free text)
 * @param day  the day concerned, if any
 */
public record Finding(FindingKind kind, String record, Optional<LocalDate> day) {

    /** The rule the finding breaks. */
    public RuleId rule() {
        return kind.rule();
    }
}
