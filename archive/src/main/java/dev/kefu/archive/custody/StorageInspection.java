package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One inspection of the stored files against damp, insects and corrosion (ARC-13: 所有存档
 * 的文件均应定期进行检查).
 *
 * @param on  the day of the inspection
 * @param inspectedBy  who inspected
 * @param found  the hazards found; empty when the files were sound
 */
public record StorageInspection(LocalDate on, EmployeeId inspectedBy, Set<StorageHazard> found) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public StorageInspection {
        Violations v = Violations.create();
        v.requireNonNull(on, "on", ArchiveRules.ARC_13);
        v.requireNonNull(inspectedBy, "inspectedBy", ArchiveRules.ARC_13);
        if (v.requireNonNull(found, "found", ArchiveRules.ARC_13) && found.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("found", "required", ArchiveRules.ARC_13);
        }
        v.throwIfAny();
        found = found.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(found));
    }

    /** An inspection that found the files sound. */
    public static StorageInspection sound(LocalDate on, EmployeeId inspectedBy) {
        return new StorageInspection(on, inspectedBy, Set.of());
    }
}
