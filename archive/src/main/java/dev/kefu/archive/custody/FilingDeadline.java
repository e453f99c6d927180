package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Every matter filed promptly, nothing left out" (ARC-12: 及时归档). The regulation gives no
 * limit, so the longest time from a document's issue date to its filing date is required
 * configuration:
 * <pre>{@code
 * FilingDeadline deadline = FilingDeadline.builder().within(Period.ofDays(7)).build();
 * Decision<FilingReport> d = deadline.check(archive);
 * }</pre>
 * A limit in months counts as CORE-CAL-4 does; days are calendar days added after the months.
 * A document filed on the limit's last day is prompt; one with no recorded filing date is
 * reported, never assumed prompt.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FilingDeadline {

    private final Period limit;

    private FilingDeadline(Period limit) {
        this.limit = limit;
    }

    /** A builder; the limit is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configured limit. */
    public Period limit() {
        return limit;
    }

    /**
     * The last day on which a document issued on a day is filed promptly.
     *
     * @param issuedOn  the issue date, not null
     * @return the last prompt day
     * @throws dev.kefu.core.validation.PolicyInputException on a null day or an answer beyond the supported dates
     */
    public LocalDate lastPromptDay(LocalDate issuedOn) {
        Violations v = Violations.create();
        v.requireNonNull(issuedOn, "issuedOn", ArchiveRules.ARC_12);
        v.throwIfAny();
        long months = limit.toTotalMonths();
        LocalDate last = months > 0 ? Periods.lastDayOfMonths(issuedOn, (int) months) : issuedOn;
        if (last.isAfter(LocalDate.MAX.minusDays(limit.getDays()))) {
            Violations.create().add("issuedOn", ArchiveMessages.BUNDLE, "inspection.tooLate", ArchiveRules.ARC_12).throwIfAny();
        }
        return last.plusDays(limit.getDays());
    }

    /**
     * Checks that every document of an archive was filed promptly.
     *
     * @param archive  the archive, not null
     * @return the decision; its outcome gives each document's status
     * @throws dev.kefu.core.validation.PolicyInputException if the archive is null
     */
    public Decision<FilingReport> check(CustomerArchive archive) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_12);
        v.throwIfAny();
        List<ArchiveDocument> docs = new ArrayList<>(archive.documents());
        docs.sort(Comparator.comparing(ArchiveDocument::issuedOn).thenComparing(ArchiveDocument::kind)
                .thenComparing(ArchiveDocument::reference));
        Map<String, FilingStatus> out = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        for (ArchiveDocument d : docs) {
            LocalDate lastDay = lastPromptDay(d.issuedOn());
            FilingStatus s;
            if (d.filedOn().isEmpty()) {
                s = FilingStatus.FILING_DATE_MISSING;
                reasons.add(Reason.of(ArchiveRules.ARC_12, ArchiveMessages.BUNDLE, "filing.dateMissing", d.reference(), d.issuedOn()));
            } else if (d.filedOn().get().isAfter(lastDay)) {
                s = FilingStatus.LATE;
                reasons.add(Reason.of(ArchiveRules.ARC_12, ArchiveMessages.BUNDLE, "filing.late", d.reference(), d.issuedOn(),
                        d.filedOn().get(), lastDay));
            } else {
                s = FilingStatus.PROMPT;
            }
            out.merge(d.reference(), s, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        FilingReport report = new FilingReport(out);
        reasons.add(0, Reason.of(ArchiveRules.ARC_12, ArchiveMessages.BUNDLE, "filing.promptness", docs.size(),
                report.count(FilingStatus.PROMPT), limit.toTotalMonths(), limit.getDays()));
        return Decision.of(report, reasons);
    }

    @Override
    public String toString() {
        return "FilingDeadline[within " + limit + "]";
    }

    /** Builds the filing deadline; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private Period limit;

        private Builder() {
        }

        /**
         * The longest time from issue to filing (ARC-12: 及时, no value in the regulation).
         *
         * @param limit  zero or positive, not null; zero means the day of issue
         * @return this builder
         */
        public Builder within(Period limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Builds the deadline.
         *
         * @return the deadline
         * @throws dev.kefu.core.validation.PolicyInputException naming the limit when it is missing or negative
         */
        public FilingDeadline build() {
            Violations v = Violations.create();
            if (limit == null) {
                v.add("within", ArchiveMessages.BUNDLE, "setting.required", ArchiveRules.ARC_12, "within");
            } else if (limit.isNegative() || limit.getDays() < 0 || limit.toTotalMonths() < 0 || limit.toTotalMonths() > Integer.MAX_VALUE) {
                v.add("within", ArchiveMessages.BUNDLE, "setting.notNegativePeriod", ArchiveRules.ARC_12, limit);
            }
            v.throwIfAny();
            return new FilingDeadline(limit);
        }
    }
}
