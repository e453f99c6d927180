package dev.kefu.gas.readrate;

import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.meter.MeterClass;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The meters due in one reading period and what became of each (MTR-6): one row per meter
 * due, with its class and its outcome. Rows are held in one primitive array (a byte per
 * meter), so a sheet of a million meters is a megabyte and a report over it allocates nothing
 * per meter.
 *
 * <pre>{@code
 * ReadSheet sheet = ReadSheet.builder(LocalDate.of(2026, 11, 30))
 *         .add(MeterClass.HOUSEHOLD, ReadOutcome.READ)
 *         .add(MeterClass.HOUSEHOLD, ReadOutcome.SKIPPED)
 *         .build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe once built.
 */
public final class ReadSheet {

    private static final int OUTCOMES = ReadOutcome.values().length;

    private final LocalDate cycleDay;
    private final byte[] rows;

    private ReadSheet(LocalDate cycleDay, byte[] rows) {
        this.cycleDay = cycleDay;
        this.rows = rows;
    }

    /**
     * Starts a sheet.
     *
     * @param cycleDay  a day in the reading cycles the sheet covers, not null; each class's
     *     cycle is the one of its length that contains this day
     * @return the builder
     */
    public static Builder builder(LocalDate cycleDay) {
        return new Builder(cycleDay);
    }

    /** A day in the cycles the sheet covers. */
    public LocalDate cycleDay() {
        return cycleDay;
    }

    /** The number of meters due. */
    public int size() {
        return rows.length;
    }

    /** Counts rows by class and outcome: index {@code class.ordinal() * 4 + outcome.ordinal()}. */
    long[] counts() {
        long[] counts = new long[MeterClass.values().length * OUTCOMES];
        byte[] r = rows;
        for (int i = 0; i < r.length; i++) {
            counts[r[i]]++;
        }
        return counts;
    }

    static int index(MeterClass c, ReadOutcome o) {
        return c.ordinal() * OUTCOMES + o.ordinal();
    }

    /** Builds a sheet; {@link #add} never throws, {@link #build()} reports every problem. */
    public static final class Builder {
        private final LocalDate cycleDay;
        private byte[] rows = new byte[1024];
        private int size;
        private int nullRows;
        private int firstNullRow = -1;

        private Builder(LocalDate cycleDay) {
            this.cycleDay = cycleDay;
        }

        /**
         * Reserves room for a number of rows, to avoid growing the array.
         *
         * @param meters  the number of meters expected
         * @return this
         */
        public Builder expect(int meters) {
            if (meters > rows.length) {
                rows = Arrays.copyOf(rows, meters);
            }
            return this;
        }

        /**
         * Adds a meter due in the cycle and its outcome.
         *
         * @param meterClass  the meter's class, not null
         * @param outcome  what became of it, not null
         * @return this
         */
        public Builder add(MeterClass meterClass, ReadOutcome outcome) {
            if (meterClass == null || outcome == null) {
                if (firstNullRow < 0) {
                    firstNullRow = size;
                }
                nullRows++;
                return this;
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[size++] = (byte) index(meterClass, outcome);
            return this;
        }

        /**
         * Builds the sheet.
         *
         * @return the sheet
         * @throws dev.kefu.core.validation.PolicyInputException if the cycle day is null or a row
         *     was added with a null class or outcome
         */
        public ReadSheet build() {
            Violations v = Violations.create();
            v.requireNonNull(cycleDay, "cycleDay", GasRules.MTR_6);
            if (nullRows > 0) {
                v.add("rows[" + firstNullRow + "]", GasMessages.BUNDLE, "readRate.nullRows", GasRules.MTR_6, nullRows);
            }
            v.throwIfAny();
            return new ReadSheet(cycleDay, Arrays.copyOf(rows, size));
        }
    }
}
