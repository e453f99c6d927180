package dev.kefu.orders.packing;

import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineCheckTest {

    static CountedLine ok() {
        return new CountedLine("A-1", "A-1", 3, 3, Money.of("12.50"), Money.of("37.50"), LineQuality.SOUND, Tick.TICKED);
    }

    @Test
    @DisplayName("ORD-12 matching, sound, ticked lines are all clear; an exchanged item is sound again")
    void clear() {
        var d = LineCheck.regulation().check(List.of(ok(),
                new CountedLine("B", "B", 1, 1, Money.of("1"), Money.of("1"), LineQuality.EXCHANGED, Tick.TICKED)));
        assertThat(d.outcome()).isEqualTo(LineVerdict.ALL_CLEAR);
        assertThat(d.applied("ORD-12")).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("ORD-12 a wrong code, a count one short, a wrong amount and an unticked line are each a discrepancy")
    void discrepancies() {
        var d = LineCheck.regulation().check(List.of(
                new CountedLine("A-1", "A-2", 3, 3, Money.of("12.50"), Money.of("37.50"), LineQuality.SOUND, Tick.TICKED),
                new CountedLine("A-1", "A-1", 3, 2, Money.of("12.50"), Money.of("37.50"), LineQuality.SOUND, Tick.TICKED),
                new CountedLine("A-1", "A-1", 3, 3, Money.of("12.50"), Money.of("37.49"), LineQuality.SOUND, Tick.TICKED),
                new CountedLine("A-1", "A-1", 3, 3, Money.of("12.50"), Money.of("37.50"), LineQuality.SOUND, Tick.NOT_TICKED)));
        assertThat(d.outcome()).isEqualTo(LineVerdict.DISCREPANCY);
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("lines.code", "lines.quantity", "lines.amount", "lines.notTicked");
        assertThat(explained(d)).contains("line 4").contains("37.49");
    }

    @Test
    @DisplayName("ORD-12 a line with a quality problem: problem goods never leave the warehouse")
    void problem_goods() {
        var d = LineCheck.regulation().check(List.of(ok(),
                new CountedLine("A-1", "A-1", 3, 3, Money.of("12.50"), Money.of("37.50"), LineQuality.DEFECTIVE, Tick.TICKED)));
        assertThat(d.outcome()).isEqualTo(LineVerdict.PROBLEM_GOODS);
        assertThat(explained(d)).contains("不出库");
    }

    @Test
    @DisplayName("ORD-12 no lines, a null line or a malformed line is malformed input")
    void malformed() {
        assertThatThrownBy(() -> LineCheck.regulation().check(List.of())).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> LineCheck.regulation().check(null)).isInstanceOf(PolicyInputException.class);
        List<CountedLine> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> LineCheck.regulation().check(withNull)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new CountedLine(" ", null, -1, -1, Money.of("-1"), Money.of("-1"), null, null))
                .isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(8));
        assertThatThrownBy(() -> new CountedLine("a", "a", 0, 0, null, null, LineQuality.SOUND, Tick.TICKED))
                .isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
    }
}
