package dev.kefu.gas.records;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingSheetCheckTest {

    static final ReadingSheetCheck CHECK = ReadingSheetCheck.builder().entryWithin(Duration.ofHours(12)).build();
    static final EmployeeId READER = EmployeeId.of("reader-5");
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    static ReadingSheetRecord sheet(String no, int pages, int kept, String entered) {
        return new ReadingSheetRecord(no, READER, DAY, pages, kept, Optional.ofNullable(entered).map(e -> at(e)));
    }

    @Test
    @DisplayName("MTR-8: the entry deadline (unstated: promptly) is a required setting")
    void required() {
        rejects(() -> ReadingSheetCheck.builder().build(), "entryWithin");
        rejects(() -> ReadingSheetCheck.builder().entryWithin(Duration.ofSeconds(-1)).zone(null).build(), "entryWithin", "zone");
        assertThat(CHECK.toString()).contains("PT12H");
    }

    @Test
    @DisplayName("MTR-8: entered by 12:00 the next day is in time; 12:01 is late; not entered after the deadline is reported")
    void entry_boundary() {
        var d = CHECK.check(List.of(sheet("S1", 3, 3, "2026-11-23T12:00"), sheet("S2", 3, 3, "2026-11-23T12:01"), sheet("S3", 2, 2, null)),
                at("2026-11-23T12:01"));
        assertThat(d.outcome()).containsExactly(new SheetIssue("S2", SheetFinding.ENTERED_LATE), new SheetIssue("S3", SheetFinding.NOT_ENTERED));
        assertThat(en(d)).contains("Reading sheet S2 was entered at 2026-11-23 12:01, after the deadline 2026-11-23 12:00")
                .contains("Reading sheet S3 is not entered");
        assertThat(CHECK.check(List.of(sheet("S3", 2, 2, null)), at("2026-11-23T12:00")).outcome()).isEmpty();
    }

    @Test
    @DisplayName("MTR-8: a lost page is reported")
    void lost_pages() {
        var d = CHECK.check(List.of(sheet("S4", 4, 3, "2026-11-22T20:00")), at("2026-11-30T00:00"));
        assertThat(d.outcome()).containsExactly(new SheetIssue("S4", SheetFinding.PAGES_LOST));
        assertThat(zh(d)).contains("共 4 页，丢失 1 页");
        var ok = CHECK.check(List.of(sheet("S5", 1, 1, "2026-11-22T20:00")), at("2026-11-30T00:00"));
        assertThat(en(ok)).contains("All 1 reading sheets");
    }

    @Test
    @DisplayName("MTR-8: malformed sheets are rejected, naming each problem")
    void malformed() {
        rejects(() -> new ReadingSheetRecord(" ", null, null, 0, 1, null), "sheetNumber", "reader", "readingDay", "pages", "pagesKept", "enteredAt");
        rejects(() -> sheet("S", 2, -1, null), "pagesKept");
        rejects(() -> CHECK.check(null, null), "sheets", "now");
        rejects(() -> CHECK.check(Arrays.asList((ReadingSheetRecord) null), at("2026-11-23T00:00")), "sheets[0]");
    }
}
