package dev.kefu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.kefu.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: kefu and Strata, given the same data, give the same answers. */
class PeerAgreementTest {

    private final HolidayData data = new HolidayData();

    @Test
    @DisplayName("CORE-CAL-1 kefu and Strata agree on every day and every move of 1, 20 and 250 working days")
    void kefu_and_strata_agree() {
        BusinessCalendar kefu = data.kefu();
        ImmutableHolidayCalendar strata = data.strata();
        for (LocalDate d = LocalDate.of(2021, 1, 1); d.isBefore(LocalDate.of(2025, 7, 1)); d = d.plusDays(1)) {
            assertThat(kefu.isWorkingDay(d)).as(d.toString()).isEqualTo(strata.isBusinessDay(d));
            for (int n : new int[] {1, 20, 250, -1, -20}) {
                assertThat(kefu.plusWorkingDays(d, n)).as("%s %+d", d, n).isEqualTo(strata.shift(d, n));
            }
            LocalDate yearLater = d.plusYears(1);
            // kefu counts (a, b], Strata [a, b): shift both ends by a day to compare
            assertThat(kefu.workingDaysBetween(d, yearLater)).isEqualTo(strata.daysBetween(d.plusDays(1), yearLater.plusDays(1)));
        }
        assertThat(data.holidays).hasSize(208);
        assertThat(data.workingDays).hasSize(47);
    }
}
