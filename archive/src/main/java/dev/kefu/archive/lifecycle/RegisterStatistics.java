package dev.kefu.archive.lifecycle;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Daily, weekly and monthly visitor-and-call statistics with deal counts from the registers
 * (ARC-15: 来电来人日、周、月统计及成交分析), and the contacts not written down on the day.
 * Days, weeks (starting Monday) and months are counted in the given zone.
 *
 * <p>The statistics stream: memory grows with the number of days, not of contacts.
 *
 * <p>Implementation Requirements: immutable and thread-safe once built.
 */
public final class RegisterStatistics {

    static final RuleId ARC_15 = RuleId.of("ARC-15");

    private final SortedMap<LocalDate, Tally> daily;
    private final List<ContactRecord> late;
    private final ZoneId zone;

    private RegisterStatistics(SortedMap<LocalDate, Tally> daily, List<ContactRecord> late, ZoneId zone) {
        this.daily = daily;
        this.late = late;
        this.zone = zone;
    }

    /**
     * The counts of one period.
     *
     * @param calls  contacts by telephone
     * @param visits  contacts in person
     * @param newCustomers  contacts with new customers
     * @param deals  contacts that ended in a deal
     */
    public record Tally(long calls, long visits, long newCustomers, long deals) {

        /** All contacts. */
        public long contacts() {
            return calls + visits;
        }

        Tally plus(Tally o) {
            return new Tally(calls + o.calls, visits + o.visits, newCustomers + o.newCustomers, deals + o.deals);
        }
    }

    /**
     * Computes the statistics of a stream of register lines.
     *
     * @param records  the register lines, not null
     * @param zone  the zone in which days are counted, not null
     * @return the statistics
     */
    public static RegisterStatistics of(Stream<ContactRecord> records, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(records, "records", ARC_15);
        v.requireNonNull(zone, "zone", ARC_15);
        v.throwIfAny();
        TreeMap<LocalDate, Tally> daily = new TreeMap<>();
        List<ContactRecord> late = new ArrayList<>();
        long[] index = {0};
        records.forEach(r -> {
            if (r == null) {
                Violations.create().add("records[" + index[0] + "]", "required", ARC_15).throwIfAny();
            }
            index[0]++;
            LocalDate day = day(r.contactedAt(), zone);
            Tally one = new Tally(r.channel() == ContactRecord.Channel.CALL ? 1 : 0, r.channel() == ContactRecord.Channel.VISIT ? 1 : 0,
                    r.newCustomer() ? 1 : 0, r.deal() ? 1 : 0);
            daily.merge(day, one, Tally::plus);
            if (r.newCustomer() && !day(r.recordedAt(), zone).equals(day)) {
                late.add(r);
            }
        });
        return new RegisterStatistics(Collections.unmodifiableSortedMap(daily), Collections.unmodifiableList(late), zone);
    }

    private static LocalDate day(Instant t, ZoneId zone) {
        try {
            return t.atZone(zone).toLocalDate();
        } catch (java.time.DateTimeException e) {
            Violations.create().add("records", ArchiveMessages.BUNDLE, "register.outOfRange", ARC_15).throwIfAny();
            throw e;
        }
    }

    /** Counts per day. */
    public SortedMap<LocalDate, Tally> daily() {
        return daily;
    }

    /** Counts per ISO week, keyed by the week's Monday. */
    public SortedMap<LocalDate, Tally> weekly() {
        TreeMap<LocalDate, Tally> out = new TreeMap<>();
        daily.forEach((d, t) -> out.merge(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), t, Tally::plus));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Counts per month. */
    public SortedMap<YearMonth, Tally> monthly() {
        TreeMap<YearMonth, Tally> out = new TreeMap<>();
        daily.forEach((d, t) -> out.merge(YearMonth.from(d), t, Tally::plus));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Contacts with new customers not written down on the day they happened (ARC-15). */
    public List<ContactRecord> lateRegistrations() {
        return late;
    }

    /** The zone in which days are counted. */
    public ZoneId zone() {
        return zone;
    }

    /** The totals over every day. */
    public Tally total() {
        Tally t = new Tally(0, 0, 0, 0);
        for (Map.Entry<LocalDate, Tally> e : daily.entrySet()) {
            t = t.plus(e.getValue());
        }
        return t;
    }

    @Override
    public String toString() {
        return ArchiveMessages.BUNDLE.format(java.util.Locale.ENGLISH, "register.describe", daily.size(), total().contacts(), total().deals());
    }
}
