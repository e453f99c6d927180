package dev.kefu.archive.custody;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Where the periodic inspection of stored files stands on a day (ARC-13).
 *
 * @param status  the status
 * @param lastInspection  the day of the last inspection, if any
 * @param nextDue  the last day by which the next inspection is due; the day itself when never inspected
 * @param hazards  the hazards the last inspection found
 */
public record InspectionReport(InspectionStatus status, Optional<LocalDate> lastInspection, LocalDate nextDue,
                               Set<StorageHazard> hazards) {

    /** Defensive copy. */
    public InspectionReport {
        hazards = Set.copyOf(hazards);
    }
}
