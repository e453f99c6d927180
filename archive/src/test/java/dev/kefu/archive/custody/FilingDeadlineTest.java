package dev.kefu.archive.custody;

import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.DocumentKind;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilingDeadlineTest {

    private static ArchiveDocument filed(String ref, LocalDate issued, LocalDate filed) {
        var b = ArchiveDocument.builder().reference(ref).kind(DocumentKind.CORRESPONDENCE).title("letter").issuedOn(issued);
        return filed == null ? b.build() : b.filedOn(filed).build();
    }

    @Test
    @DisplayName("ARC-12 audit: the filing date is recorded so that \"filed promptly\" can be checked; the limit's last day is prompt")
    void audit_filed_promptly_checkable() {
        FilingDeadline week = FilingDeadline.builder().within(Period.ofDays(7)).build();
        CustomerArchive a = archive("C1").documents(java.util.List.of(
                filed("L-1", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 8)),
                filed("L-2", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 10)),
                filed("L-3", LocalDate.of(2025, 3, 3), null))).build();
        Decision<FilingReport> d = week.check(a);
        assertThat(d.outcome().byDocument()).containsExactly(java.util.Map.entry("L-1", FilingStatus.PROMPT),
                java.util.Map.entry("L-2", FilingStatus.LATE), java.util.Map.entry("L-3", FilingStatus.FILING_DATE_MISSING));
        assertThat(d.outcome().allPrompt()).isFalse();
        assertThat(d.outcome().count(FilingStatus.LATE)).isEqualTo(1);
        assertThat(d.explain(Locale.ENGLISH)).contains("L-2 issued on 2025-03-02 was filed on 2025-03-10, after the last prompt day 2025-03-09")
                .contains("L-3").contains("no recorded filing date");
        assertThat(d.explain(Locale.CHINA)).contains("晚于及时归档的最后一天");
        assertThat(d.applied("ARC-12")).isTrue();
        assertThat(week.lastPromptDay(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(FilingDeadline.builder().within(Period.ofMonths(1)).build().lastPromptDay(LocalDate.of(2025, 1, 31)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(FilingDeadline.builder().within(Period.ZERO).build().check(archive("C1").documents(java.util.List.of(
                filed("L-1", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))).build()).outcome().allPrompt()).isTrue();
        assertThat(week.limit()).isEqualTo(Period.ofDays(7));
        assertThat(week.toString()).contains("P7D");
    }

    @Test
    @DisplayName("ARC-12 the promptness limit is required configuration; a negative limit is named with its value")
    void limit_required() {
        assertThatThrownBy(() -> FilingDeadline.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("within").hasMessageContaining("ARC-12").hasMessageContaining("no default");
        assertThatThrownBy(() -> FilingDeadline.builder().within(Period.ofDays(-1)).build()).hasMessageContaining("P-1D");
        assertThatThrownBy(() -> FilingDeadline.builder().within(Period.of(0, 1, -3)).build()).hasMessageContaining("within");
        FilingDeadline week = FilingDeadline.builder().within(Period.ofDays(7)).build();
        assertThatThrownBy(() -> week.check(null)).hasMessageContaining("archive");
        assertThatThrownBy(() -> week.lastPromptDay(null)).hasMessageContaining("issuedOn");
        assertThatThrownBy(() -> week.lastPromptDay(LocalDate.MAX)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-12 a filing date before the issue date is refused when the document is built")
    void filed_before_issue() {
        assertThatThrownBy(() -> filed("L-1", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("filedOn").hasMessageContaining("ARC-12");
    }
}
