package dev.kefu.gas.readrate;

import dev.kefu.core.money.Share;
import java.util.Optional;

/**
 * The read rate of one class of meter in one cycle (MTR-6).
 *
 * @param cycle  the cycle
 * @param due  meters due
 * @param read  meters actually read
 * @param estimated  meters estimated (not read)
 * @param skipped  meters skipped (not read)
 * @param wrong  meters read wrongly (not read)
 * @param target  the class's target
 * @param status  met, below or none due
 */
public record ClassRate(ReadingCycle cycle, long due, long read, long estimated, long skipped, long wrong, Share target,
        RateStatus status) {

    /** The rate, absent when no meter was due. */
    public Optional<ReadRate> rate() {
        return due == 0 ? Optional.empty() : Optional.of(new ReadRate(read, due));
    }
}
