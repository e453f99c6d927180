package dev.kefu.gas.records;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A reading sheet (抄表記錄單, MTR-8): who filled it on which day, how many pages it had and how
 * many are kept, and when it was entered into the customers' electronic reading records.
 *
 * @param sheetNumber  the sheet's number, not blank
 * @param reader  the meter reader
 * @param readingDay  the day of the readings
 * @param pages  the pages issued, at least 1
 * @param pagesKept  the pages kept, 0 to pages
 * @param enteredAt  when it was entered (錄入), if it was
 */
public record ReadingSheetRecord(String sheetNumber, EmployeeId reader, LocalDate readingDay, int pages, int pagesKept,
        Optional<Instant> enteredAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public ReadingSheetRecord {
        Violations v = Violations.create();
        if (sheetNumber == null || sheetNumber.isBlank()) {
            v.add("sheetNumber", "required", GasRules.MTR_8);
        }
        v.requireNonNull(reader, "reader", GasRules.MTR_8);
        v.requireNonNull(readingDay, "readingDay", GasRules.MTR_8);
        if (pages < 1) {
            v.add("pages", "positive", GasRules.MTR_8);
        }
        if (pagesKept < 0 || pagesKept > pages) {
            v.add("pagesKept", GasMessages.BUNDLE, "sheet.pagesKeptRange", GasRules.MTR_8);
        }
        v.requireNonNull(enteredAt, "enteredAt", GasRules.MTR_8);
        v.throwIfAny();
    }
}
