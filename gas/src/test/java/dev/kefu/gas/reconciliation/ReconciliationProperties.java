package dev.kefu.gas.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.HostLabel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ReconciliationProperties {

    static final CloseOfBusinessReconciliation RECON = CloseOfBusinessReconciliation.builder()
            .differenceProcedure(HostLabel.of("p", "处理", "procedure")).build();

    @Property(tries = 200)
    @Label("MTR-15: line differences sum to the day's difference, which is counted − system; the system total is the log's total, to the fen")
    void differences_sum(@ForAll @Size(max = 300) List<@LongRange(min = 1, max = 10_000_000) Long> fen,
            @ForAll @Size(min = 4, max = 4) List<@LongRange(min = 0, max = 100_000_000) Long> countedFen,
            @ForAll @IntRange(min = 0, max = 3) int coverFrom) {
        EmployeeId[] people = {EmployeeId.of("a"), EmployeeId.of("b"), EmployeeId.of("c"), EmployeeId.of("d")};
        PaymentLog.Builder b = PaymentLog.builder(LocalDate.of(2026, 11, 24));
        Collector[] cs = new Collector[3];
        for (int i = 0; i < 3; i++) {
            cs[i] = b.collector(people[i]);
        }
        long total = 0;
        for (int i = 0; i < fen.size(); i++) {
            b.addFen(cs[i % 3], i, fen.get(i));
            total += fen.get(i);
        }
        PaymentLog log = b.build();
        Takings.Builder t = Takings.builder();
        long counted = 0;
        for (int i = 0; i < 4; i++) {
            t.counted(people[i], Money.ofFen(countedFen.get(i)));
            counted += countedFen.get(i);
        }
        List<SettlementCover> covers = new ArrayList<>();
        covers.add(new SettlementCover(people[0], people[3], DeskRole.CARD_SERVICE_CLERK, Instant.ofEpochSecond(coverFrom * 10L),
                Instant.ofEpochSecond(coverFrom * 10L + 50)));
        ReconciliationReport r = RECON.reconcile(log, t.build(), covers).outcome();
        assertThat(r.systemTotal()).isEqualTo(Money.ofFen(total)).isEqualTo(log.total());
        assertThat(r.countedTotal()).isEqualTo(Money.ofFen(counted));
        assertThat(r.difference()).isEqualTo(Money.ofFen(counted - total));
        assertThat(Money.sum(r.lines().stream().map(CollectorLine::difference).toList())).isEqualTo(r.difference());
        assertThat(Money.sum(r.lines().stream().map(CollectorLine::systemTotal).toList())).isEqualTo(r.systemTotal());
        assertThat(r.lines().stream().mapToInt(CollectorLine::payments).sum()).isEqualTo(fen.size());
        for (CollectorLine l : r.lines()) {
            assertThat(l.counted().minus(l.systemTotal())).isEqualTo(l.difference());
            assertThat(l.balance() == Balance.BALANCED).isEqualTo(l.difference().isZero());
        }
    }
}
