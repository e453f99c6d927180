package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds archives that have not been supplemented for too long (ARC-8: the archive is dynamic
 * and continually supplemented, 保持动态性). The regulation gives no period, so it is required.
 * <pre>{@code
 * List<StaleArchives.Stale> stale = StaleArchives.notUpdatedWithin(Period.ofMonths(6)).find(archives.stream(), clock);
 * }</pre>
 *
 * <p>An archive is stale when its last update is before {@code now − period} (the period
 * counted back in the calendar of the given zone, default {@code Asia/Shanghai}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; {@link #find} streams.
 */
public final class StaleArchives {

    static final RuleId ARC_8 = RuleId.of("ARC-8");

    private final Period period;
    private final ZoneId zone;

    private StaleArchives(Period period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
    }

    /**
     * A finder for archives not updated within the period.
     *
     * @param period  the period, positive, not null
     * @return the finder
     * @throws dev.kefu.core.validation.PolicyInputException if the period is missing, zero or negative
     */
    public static StaleArchives notUpdatedWithin(Period period) {
        Violations v = Violations.create();
        if (v.requireNonNull(period, "period", ARC_8) && (period.isZero() || period.isNegative())) {
            v.add("period", "positive", ARC_8);
        }
        v.throwIfAny();
        return new StaleArchives(period, ZoneId.of("Asia/Shanghai"));
    }

    /** The same finder counting the period in another zone. */
    public StaleArchives inZone(ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(zone, "zone", ARC_8);
        v.throwIfAny();
        return new StaleArchives(period, zone);
    }

    /**
     * A stale archive.
     *
     * @param customerId  whose archive
     * @param lastUpdated  when it was last updated
     * @param staleFor  how long past the deadline it is
     */
    public record Stale(CustomerId customerId, Instant lastUpdated, Duration staleFor) {
    }

    /** The instant before which an archive counts as stale. */
    public Instant cutoff(Clock clock) {
        Violations v = Violations.create();
        v.requireNonNull(clock, "clock", ARC_8);
        v.throwIfAny();
        try {
            return clock.instant().atZone(zone).minus(period).toInstant();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            Violations.create().add("clock", ArchiveMessages.BUNDLE, "custody.stale.outOfRange", ARC_8, period).throwIfAny();
            throw e;
        }
    }

    /**
     * Whether one archive is stale.
     *
     * @param archive  the archive, not null
     * @param clock  the host's clock, not null
     * @return true if not updated within the period
     */
    public boolean isStale(CustomerArchive archive, Clock clock) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ARC_8);
        v.requireNonNull(clock, "clock", ARC_8);
        v.throwIfAny();
        return archive.lastUpdated().isBefore(cutoff(clock));
    }

    /**
     * Finds the stale archives in a stream, in stream order.
     *
     * @param archives  the archives, not null
     * @param clock  the host's clock, not null
     * @return the stale ones
     */
    public List<Stale> find(Stream<? extends CustomerArchive> archives, Clock clock) {
        Violations v = Violations.create();
        v.requireNonNull(archives, "archives", ARC_8);
        v.requireNonNull(clock, "clock", ARC_8);
        v.throwIfAny();
        Instant cutoff = cutoff(clock);
        long[] index = {0};
        return archives.peek(a -> {
            if (a == null) {
                Violations.create().add("archives[" + index[0] + "]", "required", ARC_8).throwIfAny();
            }
            index[0]++;
        }).filter(a -> a.lastUpdated().isBefore(cutoff))
                .map(a -> new Stale(a.customerId(), a.lastUpdated(), Duration.between(a.lastUpdated(), cutoff)))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return ArchiveMessages.BUNDLE.format(java.util.Locale.ENGLISH, "custody.stale.describe", period);
    }
}
