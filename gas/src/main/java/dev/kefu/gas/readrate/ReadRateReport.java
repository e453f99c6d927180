package dev.kefu.gas.readrate;

import dev.kefu.gas.meter.MeterClass;
import java.util.List;

/**
 * The read rates of every class of meter for a sheet's cycles (MTR-6), one line per class in
 * the order of {@link MeterClass}.
 *
 * @param lines  one per class
 */
public record ReadRateReport(List<ClassRate> lines) {

    /** Copies the lines. */
    public ReadRateReport {
        lines = List.copyOf(lines);
    }

    /** The line of a class. */
    public ClassRate line(MeterClass meterClass) {
        return lines.get(meterClass.ordinal());
    }

    /** Whether every class with meters due met its target. */
    public boolean allMet() {
        return lines.stream().noneMatch(l -> l.status() == RateStatus.BELOW);
    }
}
