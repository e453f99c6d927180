package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfficialScheduleTest {

    @Test
    @DisplayName("CORE-CAL-1 the shipped schedule has a row per holiday or make-up day, 2020-2026")
    void shipped_rows() {
        assertThat(OfficialSchedule.entries()).hasSize(255);
        assertThat(OfficialSchedule.entries()).allSatisfy(e -> {
            assertThat(e.date()).isBetween(OfficialSchedule.FIRST_DAY, OfficialSchedule.LAST_DAY);
            assertThat(e.name()).isNotBlank();
        });
    }

    @Test
    @DisplayName("CORE-CAL-1 every make-up working day but 2020-02-03 falls on a weekend")
    void make_up_days_are_weekends_except_the_2020_artefact() {
        assertThat(OfficialSchedule.entries().stream()
                .filter(OfficialSchedule.Entry::working)
                .filter(e -> e.date().getDayOfWeek() != DayOfWeek.SATURDAY && e.date().getDayOfWeek() != DayOfWeek.SUNDAY)
                .map(OfficialSchedule.Entry::date))
                .containsExactly(LocalDate.of(2020, 2, 3));
    }

    @Test
    @DisplayName("CORE-CAL-1 the shipped resource is the project's shared data, byte for byte")
    void resource_matches_shared_data() throws IOException {
        Path shared = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve(OfficialSchedule.RESOURCE);
            if (Files.exists(candidate)) {
                shared = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(shared != null, "shared/data is not beside this checkout");
        try (InputStream in = OfficialSchedule.class.getResourceAsStream(OfficialSchedule.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }
}
