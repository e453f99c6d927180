package dev.kefu.archive;

import static dev.kefu.archive.Fixtures.CLOCK;
import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.custody.DocumentRequirements;
import dev.kefu.archive.custody.StaleArchives;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchiveUseTest {

    private static final StaffMember REP = new StaffMember(EmployeeId.of("rep"), ArchiveRole.SALES_REP);
    private static final StaffMember INSPECTOR = new StaffMember(EmployeeId.of("inspector"), ArchiveRole.MARKET_INSPECTOR);
    private static final StaffMember ARCHIVIST = new StaffMember(EmployeeId.of("keeper"), ArchiveRole.ARCHIVIST);
    private static final Instant NOW = Instant.parse("2025-06-02T02:00:00Z");

    @Test
    @DisplayName("ARC-17 audit: the verifier's role is checked — a rep's colleague who is not a market inspector cannot verify")
    void audit_verifier_role() {
        StaffMember colleague = new StaffMember(EmployeeId.of("rep-2"), ArchiveRole.SALES_REP);
        Decision<AdmissionOutcome> d = ArchiveAdmission.check(REP, List.of(new Verification(colleague, NOW)), ARCHIVIST, NOW);
        assertThat(d.outcome()).isEqualTo(AdmissionOutcome.NOT_VERIFIED);
        assertThat(d.explain(Locale.ENGLISH)).contains("rep-2 verified as sales rep, not as a market inspector");
        assertThat(d.explain(Locale.CHINA)).contains("业务员").doesNotContainPattern("[A-Z]+_[A-Z_]+");
    }

    @Test
    @DisplayName("ARC-17 a verification after the archive is built does not count; only the archivist builds")
    void verification_order_and_archivist() {
        assertThat(ArchiveAdmission.check(REP, List.of(new Verification(INSPECTOR, NOW.plusSeconds(1))), ARCHIVIST, NOW).outcome())
                .isEqualTo(AdmissionOutcome.NOT_VERIFIED);
        Decision<AdmissionOutcome> notArchivist = ArchiveAdmission.check(REP, List.of(new Verification(INSPECTOR, NOW)), INSPECTOR, NOW);
        assertThat(notArchivist.outcome()).isEqualTo(AdmissionOutcome.NOT_ARCHIVIST);
        assertThat(notArchivist.explain(Locale.ENGLISH)).contains("acts as market inspector");
        assertThat(ArchiveAdmission.check(REP, List.of(new Verification(INSPECTOR, NOW.minusSeconds(5)),
                new Verification(INSPECTOR, NOW)), ARCHIVIST, NOW).outcome()).isEqualTo(AdmissionOutcome.ADMITTED);
        assertThatThrownBy(() -> ArchiveAdmission.check(REP, Arrays.asList((Verification) null), ARCHIVIST, NOW))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("verifications[0]");
        assertThatThrownBy(() -> new StaffMember(null, null)).hasMessageContaining("id").hasMessageContaining("role");
        assertThatThrownBy(() -> new Verification(null, null)).hasMessageContaining("by").hasMessageContaining("at");
    }

    @Test
    @DisplayName("ARC-17 audit: the archive evaluation for the market manager counts incomplete, stale and thin archives per market")
    void audit_archive_evaluation() {
        CustomerArchive fresh = archive("C1").lastUpdated(Instant.parse("2025-06-01T00:00:00Z")).build();
        CustomerArchive stale = archive("C2").market(Market.INTERNATIONAL).lastUpdated(Instant.parse("2024-01-01T00:00:00Z")).build();
        CustomerArchive thin = archive("C3").address(java.util.Optional.empty()).build();
        DocumentRequirements light = DocumentRequirements.builder().require("TENANT", DocumentKind.COMPANY_INFORMATION).build();
        Decision<ArchiveEvaluation> d = ArchiveEvaluation.of(List.of(fresh, stale, thin), light,
                StaleArchives.notUpdatedWithin(Period.ofMonths(6)), CLOCK);
        ArchiveEvaluation e = d.outcome();
        assertThat(e.archives()).isEqualTo(3);
        assertThat(e.byMarket()).containsEntry(Market.DOMESTIC, 2).containsEntry(Market.INTERNATIONAL, 1);
        assertThat(e.incomplete()).isEmpty();
        assertThat(e.stale()).containsExactly(CustomerId.of("C2"));
        assertThat(e.lackingBasicData()).containsExactly(CustomerId.of("C3"));
        assertThat(d.explain(Locale.ENGLISH)).contains("3 archives (2 domestic, 1 international); 0 incomplete, 1 not updated promptly, 1 lacking");
        assertThat(d.applied("ARC-17")).isTrue();
        Decision<ArchiveEvaluation> strict = ArchiveEvaluation.of(List.of(fresh), DocumentRequirements.regulation(),
                StaleArchives.notUpdatedWithin(Period.ofMonths(6)), CLOCK);
        assertThat(strict.outcome().incomplete()).containsExactly(CustomerId.of("C1"));
        assertThatThrownBy(() -> ArchiveEvaluation.of(Arrays.asList((CustomerArchive) null), null, null, null))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("archives[0]").hasMessageContaining("requirements")
                .hasMessageContaining("staleness").hasMessageContaining("clock");
    }

    @Test
    @DisplayName("ARC-9 audit: the archive is used to pick new customers and open new markets — prospects per market and region")
    void audit_use_matters_more_than_keeping() {
        CustomerArchive trading = archive("C1").market(Market.INTERNATIONAL).basicData(ImmutableBasicData.builder()
                .tradingSince(Fact.of(LocalDate.of(2020, 1, 1), FactSource.SALES_VISIT, LocalDate.of(2020, 1, 1))).build()).build();
        CustomerArchive prospect = archive("C2").market(Market.INTERNATIONAL).region("ASEAN").basicData(BasicData.empty()).build();
        CustomerArchive otherRegion = archive("C3").market(Market.INTERNATIONAL).region("EU").basicData(BasicData.empty()).build();
        CustomerArchive domestic = archive("C4").basicData(BasicData.empty()).build();
        List<CustomerArchive> all = List.of(trading, prospect, otherRegion, domestic);
        Decision<List<CustomerId>> intl = ProspectSearch.builder().market(Market.INTERNATIONAL).build().select(all);
        assertThat(intl.outcome()).containsExactly(CustomerId.of("C2"), CustomerId.of("C3"));
        assertThat(intl.explain(Locale.ENGLISH)).contains("3 archives in the international market; 2 of them are prospects");
        assertThat(intl.explain(Locale.CHINA)).contains("国际市场");
        assertThat(ProspectSearch.builder().market(Market.INTERNATIONAL).region("ASEAN").customerType("TENANT").build().select(all).outcome())
                .containsExactly(CustomerId.of("C2"));
        assertThat(ProspectSearch.builder().market(Market.INTERNATIONAL).customerType("DISTRIBUTOR").build().select(all).outcome()).isEmpty();
        CustomerArchive noRegion = archive("C5").market(Market.INTERNATIONAL).region(java.util.Optional.empty()).basicData(BasicData.empty()).build();
        assertThat(ProspectSearch.builder().market(Market.INTERNATIONAL).region("ASEAN").build().select(List.of(noRegion, prospect)).outcome())
                .containsExactly(CustomerId.of("C2"));
        assertThat(ProspectSearch.builder().market(Market.DOMESTIC).build().select(all).outcome()).containsExactly(CustomerId.of("C4"));
        assertThat(ProspectSearch.builder().market(Market.DOMESTIC).region("East").customerType("TENANT").build().toString())
                .contains("East").contains("TENANT");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> ProspectSearch.builder().region(" ").customerType(null).build());
        assertThat(e.violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("region", "customerType", "market");
        assertThatThrownBy(() -> ProspectSearch.builder().market(Market.DOMESTIC).build().select(Arrays.asList((CustomerArchive) null)))
                .hasMessageContaining("archives[0]");
    }
}
