package dev.kefu.archive.custody;

import static dev.kefu.archive.Fixtures.CLOCK;
import static dev.kefu.archive.Fixtures.archive;
import static dev.kefu.archive.Fixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.Confidentiality;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.DocumentKind;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustodyTest {

    private static final EmployeeId KEEPER = EmployeeId.of("archivist-1");
    private static final EmployeeId REP = EmployeeId.of("rep-7");
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final CustomerId C2 = CustomerId.of("C2");
    private static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");

    @Test
    @DisplayName("ARC-8 archives not updated within the period are found; the boundary instant is not stale")
    void stale_archives() {
        StaleArchives finder = StaleArchives.notUpdatedWithin(Period.ofMonths(6));
        // now 2025-06-30T10:00+08:00, cutoff 2024-12-30T10:00+08:00 = 2024-12-30T02:00Z
        CustomerArchive fresh = archive("C1").lastUpdated(Instant.parse("2024-12-30T02:00:00Z")).build();
        CustomerArchive stale = archive("C2").lastUpdated(Instant.parse("2024-12-30T01:59:59Z")).build();
        List<StaleArchives.Stale> found = finder.find(Stream.of(fresh, stale), CLOCK);
        assertThat(found).extracting(StaleArchives.Stale::customerId).containsExactly(C2);
        assertThat(found.get(0).staleFor()).isEqualTo(Duration.ofSeconds(1));
        assertThat(finder.isStale(fresh, CLOCK)).isFalse();
        assertThat(finder.isStale(stale, CLOCK)).isTrue();
        assertThat(finder.inZone(ZoneId.of("UTC")).cutoff(CLOCK)).isEqualTo(Instant.parse("2024-12-30T02:00:00Z"));
        assertThat(finder.toString()).contains("P6M");
        assertThatThrownBy(() -> StaleArchives.notUpdatedWithin(Period.ZERO)).hasMessageContaining("period");
        assertThatThrownBy(() -> StaleArchives.notUpdatedWithin(null)).hasMessageContaining("period");
        assertThatThrownBy(() -> finder.find(null, null)).hasMessageContaining("archives").hasMessageContaining("clock");
    }

    @Test
    @DisplayName("ARC-10 ARC-12 lending, returning and custody handover are registered with who and when")
    void lending_register() {
        LendingRegister r0 = LendingRegister.keptBy(KEEPER);
        LendingRegister r1 = r0.lend(C1, REP, T0, LocalDate.of(2025, 6, 9), KEEPER);
        assertThat(r1.isOut(C1)).isTrue();
        assertThat(r0.isOut(C1)).isFalse();
        LendingRegister r2 = r1.lend(C2, REP, T0.plusSeconds(60), LocalDate.of(2025, 6, 20), KEEPER)
                .giveBack(C1, T0.plusSeconds(3600), KEEPER)
                .transferCustody(EmployeeId.of("archivist-2"), T0.plusSeconds(7200), KEEPER);
        assertThat(r2.custodian()).isEqualTo(EmployeeId.of("archivist-2"));
        assertThat(r2.moves()).extracting(CustodyMove::kind).containsExactly(CustodyMove.Kind.LENT, CustodyMove.Kind.LENT,
                CustodyMove.Kind.RETURNED, CustodyMove.Kind.CUSTODY_TRANSFERRED);
        assertThat(r2.moves().get(2).counterpart()).isEqualTo(REP);
        assertThat(r2.moves().get(2).actor()).isEqualTo(KEEPER);
        assertThat(r2.loanOf(C2)).isPresent();
        assertThat(r2.loanOf(C1)).isEmpty();
        assertThat(LendingRegister.restore(KEEPER, r2.moves()).moves()).isEqualTo(r2.moves());
        assertThat(r2.toString()).contains("archivist-2").contains("1 out");
    }

    @Test
    @DisplayName("ARC-12 a loan due on a day is overdue from the next day")
    void overdue() {
        LendingRegister r = LendingRegister.keptBy(KEEPER).lend(C1, REP, T0, LocalDate.of(2025, 6, 9), KEEPER);
        assertThat(r.overdue(LocalDate.of(2025, 6, 9))).isEmpty();
        assertThat(r.overdue(LocalDate.of(2025, 6, 10))).extracting(m -> m.archive().orElseThrow()).containsExactly(C1);
        assertThatThrownBy(() -> r.overdue(null)).hasMessageContaining("today");
    }

    @Test
    @DisplayName("ARC-10 ARC-12 illegal moves are refused and the register is unchanged")
    void illegal_moves_refused() {
        LendingRegister r = LendingRegister.keptBy(KEEPER).lend(C1, REP, T0, LocalDate.of(2025, 6, 9), KEEPER);
        assertThatThrownBy(() -> r.lend(C1, REP, T0.plusSeconds(1), LocalDate.of(2025, 6, 9), KEEPER))
                .hasMessageContaining("already out");
        assertThatThrownBy(() -> r.giveBack(C2, T0.plusSeconds(1), KEEPER)).hasMessageContaining("not out");
        assertThatThrownBy(() -> r.giveBack(C1, T0.plusSeconds(1), REP)).hasMessageContaining("actor")
                .hasMessageContaining("ARC-10");
        assertThatThrownBy(() -> r.giveBack(C1, T0.minusSeconds(1), KEEPER)).hasMessageContaining("at:");
        assertThatThrownBy(() -> r.lend(C2, REP, T0, LocalDate.of(2025, 6, 1), KEEPER)).hasMessageContaining("due");
        assertThatThrownBy(() -> r.transferCustody(KEEPER, T0, KEEPER)).hasMessageContaining("successor");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> r.lend(null, null, null, null, null));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("archive", "borrower", "at", "actor", "due");
        assertThat(r.moves()).hasSize(1);
        assertThat(r.isOut(C1)).isTrue();
        assertThatThrownBy(() -> LendingRegister.keptBy(null)).hasMessageContaining("custodian");
    }

    @Test
    @DisplayName("ARC-12 the filing catalogue orders documents by issue date and checks completeness")
    void filing_catalogue() {
        CustomerArchive a = archive("C1").build();
        Decision<FilingCatalogue> d = FilingCatalogue.of(a, DocumentRequirements.regulation(), CLOCK);
        assertThat(d.outcome().entries()).extracting(x -> x.reference()).containsExactly("D-1", "D-2");
        assertThat(d.outcome().isComplete()).isFalse();
        assertThat(d.outcome().missing()).containsExactly(DocumentKind.PAYMENT_RECORDS, DocumentKind.MOVE_IN_FORMS,
                DocumentKind.CONTACT_DETAILS_WITH_ID_COPY, DocumentKind.EMERGENCY_CONTACTS);
        assertThat(d.explain(Locale.ENGLISH)).contains("required document missing: payment records");
        DocumentRequirements light = DocumentRequirements.builder()
                .require("TENANT", DocumentKind.COMPANY_INFORMATION, DocumentKind.BUSINESS_LICENCE).build();
        Decision<FilingCatalogue> ok = FilingCatalogue.of(a, light, CLOCK);
        assertThat(ok.outcome().isComplete()).isTrue();
        assertThat(ok.explain(Locale.CHINA)).contains("资料齐全");
        assertThat(FilingCatalogue.of(a, DocumentRequirements.builder().require("TENANT").build(), CLOCK).outcome().isComplete()).isTrue();
    }

    @Test
    @DisplayName("ARC-12 a future-dated document or an unconfigured customer type is refused")
    void filing_refusals() {
        CustomerArchive future = archive("C1").addDocuments(doc("D-3", DocumentKind.CORRESPONDENCE, LocalDate.of(2026, 1, 1))).build();
        assertThatThrownBy(() -> FilingCatalogue.of(future, DocumentRequirements.regulation(), CLOCK))
                .hasMessageContaining("documents[2].issuedOn");
        CustomerArchive distributor = archive("C1").customerType("DISTRIBUTOR").build();
        assertThatThrownBy(() -> FilingCatalogue.of(distributor, DocumentRequirements.regulation(), CLOCK))
                .hasMessageContaining("customerType").hasMessageContaining("DISTRIBUTOR");
        assertThatThrownBy(() -> DocumentRequirements.builder().build()).hasMessageContaining("customerTypes");
        assertThatThrownBy(() -> DocumentRequirements.builder().require(" ").build()).hasMessageContaining("customerType");
        assertThat(DocumentRequirements.regulation().customerTypes()).containsExactly("TENANT");
    }

    @Test
    @DisplayName("ARC-13 documents are destroyed, never thrown away; confidential ones are shredded")
    void destruction() {
        Instant at = Instant.parse("2025-06-01T00:00:00Z");
        DestructionPolicy policy = DestructionPolicy.regulation();
        assertThat(policy.check(record(Confidentiality.CONFIDENTIAL, DestructionMethod.SHREDDED, at)).outcome())
                .isEqualTo(DestructionCheck.COMPLIANT);
        Decision<DestructionCheck> burnt = policy.check(record(Confidentiality.CONFIDENTIAL, DestructionMethod.INCINERATED, at));
        assertThat(burnt.outcome()).isEqualTo(DestructionCheck.CONFIDENTIAL_NOT_SHREDDED);
        assertThat(burnt.explain(Locale.CHINA)).contains("碎纸机").contains("焚毁");
        assertThat(burnt.explain(Locale.ENGLISH)).contains("must be shredded").contains("incineration");
        Decision<DestructionCheck> dumped = policy.check(record(Confidentiality.ORDINARY, DestructionMethod.DISCARDED, at));
        assertThat(dumped.outcome()).isEqualTo(DestructionCheck.THROWN_AWAY);
        assertThat(dumped.applied("ARC-13")).isTrue();
        assertThatThrownBy(() -> new DestructionRecord(null, List.of(" "), null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(6));
    }

    private static DestructionRecord record(Confidentiality c, DestructionMethod m, Instant at) {
        return new DestructionRecord(C1, List.of("D-1"), c, m, KEEPER, at);
    }
}
