package dev.kefu.archive.custody;

import static dev.kefu.archive.Fixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.Confidentiality;
import dev.kefu.archive.DocumentKind;
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
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DestructionAndInspectionTest {

    private static final CustomerId C1 = CustomerId.of("C1");
    private static final EmployeeId KEEPER = EmployeeId.of("archivist-1");
    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    @DisplayName("ARC-13 audit: a tenant-archive document built without saying is confidential, so pulping it is refused")
    void audit_tenant_document_confidential_by_default() {
        ArchiveDocument lease = doc("D-1", DocumentKind.MOVE_IN_FORMS, LocalDate.of(2024, 3, 1));
        assertThat(lease.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        Decision<DestructionCheck> d = DestructionPolicy.regulation().check(DestructionRecord.of(C1, lease, DestructionMethod.TORN_UP, KEEPER, AT));
        assertThat(d.outcome()).isEqualTo(DestructionCheck.CONFIDENTIAL_NOT_SHREDDED);
        assertThat(d.explain(Locale.CHINA)).contains("保密文件须用碎纸机处理").contains("撕毁");
        assertThat(DestructionPolicy.regulation().check(DestructionRecord.of(C1, lease, DestructionMethod.SHREDDED, KEEPER, AT)).outcome())
                .isEqualTo(DestructionCheck.COMPLIANT);
    }

    @Test
    @DisplayName("ARC-13 audit: ordinary documents in bulk are torn up (撕毁) before disposal; tearing up is a method")
    void ordinary_bulk_torn_up() {
        DestructionRecord bulk = new DestructionRecord(C1, List.of("N-1", "N-2", "N-3"), Confidentiality.ORDINARY,
                DestructionMethod.TORN_UP, KEEPER, AT);
        Decision<DestructionCheck> d = DestructionPolicy.regulation().check(bulk);
        assertThat(d.outcome()).isEqualTo(DestructionCheck.COMPLIANT);
        assertThat(d.explain(Locale.ENGLISH)).isEqualTo("[ARC-13] 3 ordinary document(s) destroyed by tearing up");
        assertThat(d.explain(Locale.CHINA)).contains("3 份普通文件已采用撕毁销毁");
        assertThat(DestructionPolicy.regulation().check(new DestructionRecord(C1, List.of("N-1"), Confidentiality.ORDINARY,
                DestructionMethod.SHREDDED, KEEPER, AT)).outcome()).isEqualTo(DestructionCheck.COMPLIANT);
    }

    @Test
    @DisplayName("ARC-13 never thrown away, whatever the confidentiality; the regulation names no incineration")
    void never_thrown_away() {
        for (Confidentiality c : Confidentiality.values()) {
            assertThat(DestructionPolicy.regulation().check(new DestructionRecord(C1, List.of("N-1"), c, DestructionMethod.DISCARDED,
                    KEEPER, AT)).outcome()).isEqualTo(DestructionCheck.THROWN_AWAY);
        }
        Decision<DestructionCheck> burnt = DestructionPolicy.regulation().check(new DestructionRecord(C1, List.of("N-1"),
                Confidentiality.ORDINARY, DestructionMethod.INCINERATED, KEEPER, AT));
        assertThat(burnt.outcome()).isEqualTo(DestructionCheck.METHOD_NOT_ALLOWED);
        assertThat(burnt.explain(Locale.ENGLISH)).contains("torn up or shredded").contains("incineration");
        DestructionPolicy host = DestructionPolicy.builder().allowForOrdinary(DestructionMethod.INCINERATED).build();
        assertThat(host.check(new DestructionRecord(C1, List.of("N-1"), Confidentiality.ORDINARY, DestructionMethod.INCINERATED,
                KEEPER, AT)).outcome()).isEqualTo(DestructionCheck.COMPLIANT);
        assertThat(host.check(new DestructionRecord(C1, List.of("N-1"), Confidentiality.CONFIDENTIAL, DestructionMethod.INCINERATED,
                KEEPER, AT)).outcome()).isEqualTo(DestructionCheck.CONFIDENTIAL_NOT_SHREDDED);
        assertThat(host.ordinaryMethods()).contains(DestructionMethod.INCINERATED);
        assertThat(DestructionPolicy.regulation().ordinaryMethods()).containsExactlyInAnyOrder(DestructionMethod.SHREDDED, DestructionMethod.TORN_UP);
        assertThat(host.toString()).contains("INCINERATED");
    }

    @Test
    @DisplayName("ARC-13 builder reports every problem at build(): throwing away can never be allowed, null is named")
    void destruction_builder_problems() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> DestructionPolicy.builder().allowForOrdinary(DestructionMethod.DISCARDED).allowForOrdinary(null).build());
        assertThat(e.violations()).hasSize(2);
        assertThat(e.getMessage()).contains("allowForOrdinary").contains("never allowed").contains("ARC-13");
        assertThatThrownBy(() -> DestructionPolicy.regulation().check(null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("record");
        assertThatThrownBy(() -> new DestructionRecord(C1, Arrays.asList("A", null), Confidentiality.ORDINARY, DestructionMethod.SHREDDED,
                KEEPER, AT)).hasMessageContaining("documentReferences[1]");
        assertThatThrownBy(() -> new DestructionRecord(C1, List.of(), Confidentiality.ORDINARY, DestructionMethod.SHREDDED, KEEPER, AT))
                .hasMessageContaining("at least one document");
        assertThatThrownBy(() -> DestructionRecord.of(C1, null, DestructionMethod.SHREDDED, KEEPER, AT)).hasMessageContaining("document");
    }

    @Test
    @DisplayName("ARC-13 the inspection interval is required configuration: build() names it")
    void inspection_interval_required() {
        assertThatThrownBy(() -> StorageInspections.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("interval").hasMessageContaining("ARC-13").hasMessageContaining("no default");
        assertThatThrownBy(() -> StorageInspections.builder().interval(Period.ZERO).build()).hasMessageContaining("interval");
        assertThatThrownBy(() -> StorageInspections.builder().interval(Period.ofDays(-1)).build()).hasMessageContaining("interval");
        assertThatThrownBy(() -> StorageInspections.builder().interval(Period.of(0, 1, -1)).build()).hasMessageContaining("interval");
    }

    @Test
    @DisplayName("ARC-13 audit: stored files are inspected against damp, insects and corrosion; due by the interval's last day, overdue the day after")
    void inspection_due_and_overdue() {
        StorageInspections every3Months = StorageInspections.builder().interval(Period.ofMonths(3)).build();
        List<StorageInspection> done = List.of(StorageInspection.sound(LocalDate.of(2025, 1, 31), KEEPER),
                StorageInspection.sound(LocalDate.of(2024, 10, 31), KEEPER));
        assertThat(every3Months.nextDue(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 4, 30));
        Decision<InspectionReport> onTime = every3Months.status(done, LocalDate.of(2025, 4, 30));
        assertThat(onTime.outcome().status()).isEqualTo(InspectionStatus.UP_TO_DATE);
        assertThat(onTime.outcome().lastInspection()).contains(LocalDate.of(2025, 1, 31));
        Decision<InspectionReport> late = every3Months.status(done, LocalDate.of(2025, 5, 1));
        assertThat(late.outcome().status()).isEqualTo(InspectionStatus.OVERDUE);
        assertThat(late.outcome().nextDue()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(late.explain(Locale.ENGLISH)).contains("2025-01-31").contains("3 month(s) and 0 day(s)").contains("2025-04-30");
        assertThat(late.applied("ARC-13")).isTrue();
        Decision<InspectionReport> never = every3Months.status(List.of(), LocalDate.of(2025, 5, 1));
        assertThat(never.outcome().status()).isEqualTo(InspectionStatus.NEVER_INSPECTED);
        assertThat(never.explain(Locale.CHINA)).contains("从未检查");
        StorageInspections tenDays = StorageInspections.builder().interval(Period.ofDays(10)).build();
        assertThat(tenDays.nextDue(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(tenDays.interval()).isEqualTo(Period.ofDays(10));
        assertThat(tenDays.toString()).contains("P10D");
    }

    @Test
    @DisplayName("ARC-13 an inspection that found damp or insects reports the hazard by its label")
    void inspection_hazard() {
        StorageInspections s = StorageInspections.builder().interval(Period.ofMonths(1)).build();
        StorageInspection wet = new StorageInspection(LocalDate.of(2025, 6, 1), KEEPER, Set.of(StorageHazard.DAMP, StorageHazard.INSECTS));
        Decision<InspectionReport> d = s.status(List.of(wet), LocalDate.of(2025, 6, 2));
        assertThat(d.outcome().status()).isEqualTo(InspectionStatus.HAZARD_FOUND);
        assertThat(d.outcome().hazards()).containsExactlyInAnyOrder(StorageHazard.DAMP, StorageHazard.INSECTS);
        assertThat(d.explain(Locale.CHINA)).contains("受潮").contains("虫蛀");
        assertThat(d.explain(Locale.ENGLISH)).contains("found damp").contains("found insects");
    }

    @Test
    @DisplayName("ARC-13 bad inspection input is a PolicyInputException naming every problem")
    void inspection_bad_input() {
        StorageInspections s = StorageInspections.builder().interval(Period.ofMonths(1)).build();
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> s.status(Arrays.asList(null, StorageInspection.sound(LocalDate.of(2025, 7, 1), KEEPER)), LocalDate.of(2025, 6, 1)));
        assertThat(e.getMessage()).contains("inspections[0]").contains("inspections[1].on");
        assertThatThrownBy(() -> s.status(null, null)).hasMessageContaining("inspections").hasMessageContaining("today");
        assertThatThrownBy(() -> new StorageInspection(null, null, null)).hasMessageContaining("on").hasMessageContaining("inspectedBy")
                .hasMessageContaining("found");
        assertThatThrownBy(() -> new StorageInspection(LocalDate.MIN, KEEPER, new java.util.HashSet<>(Arrays.asList((StorageHazard) null))))
                .hasMessageContaining("found");
        assertThatThrownBy(() -> s.nextDue(LocalDate.MAX)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> StorageInspections.builder().interval(Period.ofDays(5)).build().nextDue(LocalDate.MAX))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> s.nextDue(null)).hasMessageContaining("last");
    }
}
