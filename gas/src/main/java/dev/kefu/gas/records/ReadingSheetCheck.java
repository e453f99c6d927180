package dev.kefu.gas.records;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading sheets (MTR-8): entered into the customers' electronic reading records promptly and
 * kept complete — a lost sheet or page is reported. "Promptly" is unstated (及時): the entry
 * deadline after the end of the reading day is a <b>required setting</b> ({@code entryWithin},
 * [X]). Legibility is judged by people and is not checked here.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReadingSheetCheck {

    private final Duration entryWithin;
    private final ZoneId zone;

    private ReadingSheetCheck(Duration entryWithin, ZoneId zone) {
        this.entryWithin = entryWithin;
        this.zone = zone;
    }

    /** A builder; the entry deadline is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks sheets (MTR-8).
     *
     * @param sheets  the sheets, not null
     * @param now  the current instant, not null
     * @return the decision whose outcome is every issue, in sheet order
     * @throws dev.kefu.core.validation.PolicyInputException if an argument or element is null
     */
    public Decision<List<SheetIssue>> check(List<ReadingSheetRecord> sheets, Instant now) {
        Violations v = Violations.create();
        if (v.requireNonNull(sheets, "sheets", GasRules.MTR_8)) {
            for (int i = 0; i < sheets.size(); i++) {
                v.requireNonNull(sheets.get(i), "sheets[" + i + "]", GasRules.MTR_8);
            }
        }
        v.requireNonNull(now, "now", GasRules.MTR_8);
        v.throwIfAny();
        List<SheetIssue> issues = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (ReadingSheetRecord s : sheets) {
            Instant due = dev.kefu.core.calendar.Periods.afterDayEnd(s.readingDay(), zone, entryWithin);
            if (s.enteredAt().isPresent() && s.enteredAt().get().isAfter(due)) {
                issues.add(new SheetIssue(s.sheetNumber(), SheetFinding.ENTERED_LATE));
                reasons.add(reason("sheet.late", s.sheetNumber(), GasMessages.local(s.enteredAt().get(), zone), GasMessages.local(due, zone)));
            } else if (s.enteredAt().isEmpty() && now.isAfter(due)) {
                issues.add(new SheetIssue(s.sheetNumber(), SheetFinding.NOT_ENTERED));
                reasons.add(reason("sheet.notEntered", s.sheetNumber(), GasMessages.local(due, zone)));
            }
            if (s.pagesKept() < s.pages()) {
                issues.add(new SheetIssue(s.sheetNumber(), SheetFinding.PAGES_LOST));
                reasons.add(reason("sheet.lost", s.sheetNumber(), s.pages() - s.pagesKept(), s.pages()));
            }
        }
        if (issues.isEmpty()) {
            reasons.add(reason("sheet.ok", sheets.size()));
        }
        return Decision.of(List.copyOf(issues), reasons);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_8, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "ReadingSheetCheck[" + entryWithin + "]";
    }

    /** Builds the check; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private Duration entryWithin;
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets the entry deadline after the end of the reading day (MTR-8, [X]).
         *
         * @param afterDayEnd  how long after midnight ending the reading day, not negative
         * @return this
         */
        public Builder entryWithin(Duration afterDayEnd) {
            if (afterDayEnd == null || afterDayEnd.isNegative()) {
                problems.add("entryWithin", "notNegative", GasRules.MTR_8);
            } else {
                this.entryWithin = afterDayEnd;
            }
            return this;
        }

        /**
         * Sets the zone; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_8);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     a missing {@code entryWithin} (MTR-8)
         */
        public ReadingSheetCheck build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, entryWithin, "entryWithin", GasRules.MTR_8);
            v.throwIfAny();
            return new ReadingSheetCheck(entryWithin, zone);
        }
    }
}
