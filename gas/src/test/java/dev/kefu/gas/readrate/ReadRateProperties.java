package dev.kefu.gas.readrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Share;
import dev.kefu.gas.meter.MeterClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReadRateProperties {

    record Row(MeterClass c, ReadOutcome o) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return Combinators.combine(Arbitraries.of(MeterClass.class), Arbitraries.of(ReadOutcome.class)).as(Row::new).list().ofMaxSize(400);
    }

    @Property(tries = 300)
    @Label("MTR-6: a rate lies in [0, 1] and its shown percentage is read ÷ due rounded down to 0.0001%")
    void rate_in_unit_interval(@ForAll @LongRange(min = 1, max = 10_000_000) long due, @ForAll @IntRange(min = 0, max = 1000) int permille) {
        long read = due * permille / 1000;
        ReadRate r = new ReadRate(read, due);
        BigDecimal exact = BigDecimal.valueOf(read).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(due), 20, RoundingMode.DOWN);
        assertThat(r.asShare().percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(r.asShare().percent()).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(r.asShare().percent())).isLessThan(new BigDecimal("0.0001"));
        assertThat(r.fraction()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property(tries = 300)
    @Label("MTR-6: a rate meets a target exactly when read × 100 ≥ target × due")
    void meets_is_exact(@ForAll @LongRange(min = 1, max = 100_000) long due, @ForAll @LongRange(min = 0, max = 100_000) long readRaw,
            @ForAll @IntRange(min = 0, max = 1_000_000) int targetMillionths) {
        long read = readRaw % (due + 1);
        Share target = Share.ofPercent(BigDecimal.valueOf(targetMillionths, 4));
        boolean exact = BigDecimal.valueOf(read).multiply(BigDecimal.valueOf(100)).compareTo(target.percent().multiply(BigDecimal.valueOf(due))) >= 0;
        assertThat(new ReadRate(read, due).meets(target)).isEqualTo(exact);
    }

    @Property(tries = 300)
    @Label("MTR-6: the report's counts equal the sheet's rows, and each rate equals read ÷ due per class")
    void report_counts(@ForAll("rows") List<Row> rows) {
        ReadSheet.Builder b = ReadSheet.builder(LocalDate.of(2026, 3, 15));
        long[] due = new long[3];
        long[] read = new long[3];
        for (Row r : rows) {
            b.add(r.c(), r.o());
            due[r.c().ordinal()]++;
            if (r.o() == ReadOutcome.READ) {
                read[r.c().ordinal()]++;
            }
        }
        ReadRateReport report = ReadRatePolicy.regulation().report(b.build()).outcome();
        long total = 0;
        for (MeterClass c : MeterClass.values()) {
            ClassRate line = report.line(c);
            assertThat(line.due()).isEqualTo(due[c.ordinal()]);
            assertThat(line.read()).isEqualTo(read[c.ordinal()]);
            assertThat(line.read() + line.estimated() + line.skipped() + line.wrong()).isEqualTo(line.due());
            line.rate().ifPresent(rate -> assertThat(rate).isEqualTo(new ReadRate(read[c.ordinal()], due[c.ordinal()])));
            total += line.due();
        }
        assertThat(total).isEqualTo(rows.size());
    }
}
