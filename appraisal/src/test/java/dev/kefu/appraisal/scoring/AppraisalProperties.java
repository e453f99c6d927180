package dev.kefu.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AppraisalProperties {

    @Property
    @Label("APR-3 weights that do not total 100% are always refused")
    void bad_weights_refused(@ForAll @IntRange(min = 0, max = 100) int a, @ForAll @IntRange(min = 0, max = 100) int b,
                             @ForAll @IntRange(min = 0, max = 100) int c) {
        if (a + b + c == 100) {
            assertThat(new SourceWeights(Share.ofPercent(a), Share.ofPercent(b), Share.ofPercent(c))).isNotNull();
        } else {
            assertThatThrownBy(() -> new SourceWeights(Share.ofPercent(a), Share.ofPercent(b), Share.ofPercent(c)))
                    .isInstanceOf(PolicyInputException.class);
        }
    }

    @Property
    @Label("APR-4 the ranking is a permutation consistent with the scores")
    void ranking_consistent(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 100) Integer> scores) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            sheets.add(MonthlyAppraisalTest.sheet("e" + i, scores.get(i), scores.get(i), scores.get(i)));
        }
        List<Decision<AppraisalResult>> r = MonthlyAppraisalTest.APPRAISAL.appraise(MonthlyAppraisalTest.JUNE, sheets, Map.of(), Map.of());
        assertThat(r).hasSameSizeAs(scores);
        assertThat(new HashSet<>(r.stream().map(d -> d.outcome().employee()).toList())).hasSize(scores.size());
        for (Decision<AppraisalResult> x : r) {
            long above = r.stream().filter(y -> y.outcome().total().compareTo(x.outcome().total()) > 0).count();
            assertThat(x.outcome().rank()).isEqualTo(1 + above);
        }
        for (int i = 1; i < r.size(); i++) {
            assertThat(r.get(i - 1).outcome().total()).isGreaterThanOrEqualTo(r.get(i).outcome().total());
        }
    }
}
