package dev.kefu.archive.desk;

import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.DocumentKind;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeskTest {

    private static final CustomerId C1 = CustomerId.of("C1");
    private static final EmployeeId CLERK = EmployeeId.of("clerk-1");
    private static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");

    private static DocumentHandover.Builder notice() {
        return DocumentHandover.builder().reference("N-2025-06").kind(HandedDocumentKind.NOTICE).customer(C1).issuedBy(CLERK).handedAt(T0);
    }

    @Test
    @DisplayName("ARC-19 a handover record without both signatures is incomplete (谁接收谁签字,谁发放谁签字)")
    void both_signatures() {
        Decision<HandoverReview> onlyIssuer = DocumentHandovers.check(notice().issuerSignedAt(T0).registeredOn(LocalDate.of(2025, 6, 2))
                .filedOn(LocalDate.of(2025, 6, 2)).build());
        assertThat(onlyIssuer.outcome().isComplete()).isFalse();
        assertThat(onlyIssuer.outcome().gaps()).containsExactly(HandoverGap.RECEIVER_SIGNATURE_MISSING);
        assertThat(onlyIssuer.explain(Locale.CHINA)).contains("缺接收人签字");
        assertThat(onlyIssuer.explain(Locale.ENGLISH)).contains("N-2025-06: receiver signature missing");
        Decision<HandoverReview> none = DocumentHandovers.check(DocumentHandover.builder().reference("X-1").kind(HandedDocumentKind.OTHER)
                .customer(C1).issuedBy(CLERK).handedAt(T0).build());
        assertThat(none.outcome().gaps()).containsExactly(HandoverGap.ISSUER_SIGNATURE_MISSING, HandoverGap.RECEIVER_SIGNATURE_MISSING);
        assertThat(none.applied("ARC-19")).isTrue();
    }

    @Test
    @DisplayName("ARC-19 notices and forms are registered and filed; a complete record says so")
    void registered_and_filed() {
        Decision<HandoverReview> unregistered = DocumentHandovers.check(notice().kind(HandedDocumentKind.FORM).issuerSignedAt(T0)
                .receiverSignedAt(T0).build());
        assertThat(unregistered.outcome().gaps()).containsExactly(HandoverGap.NOT_REGISTERED, HandoverGap.NOT_FILED);
        Decision<HandoverReview> ok = DocumentHandovers.check(notice().issuerSignedAt(T0).receiverSignedAt(T0.plusSeconds(60))
                .registeredOn(LocalDate.of(2025, 6, 2)).filedOn(LocalDate.of(2025, 6, 3)).build());
        assertThat(ok.outcome().isComplete()).isTrue();
        assertThat(ok.explain(Locale.ENGLISH)).contains("signed by issuer and receiver, registered and filed");
    }

    @Test
    @DisplayName("ARC-19 bad handover input is a PolicyInputException naming every problem")
    void handover_bad_input() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> DocumentHandover.builder().reference(" ").build());
        assertThat(e.violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("reference", "kind", "customer", "issuedBy", "handedAt");
        assertThatThrownBy(() -> notice().registeredOn(LocalDate.of(2025, 6, 3)).filedOn(LocalDate.of(2025, 6, 2)).build())
                .hasMessageContaining("filedOn");
        assertThatThrownBy(() -> notice().receiverSignedAt(T0.minusSeconds(1)).build()).hasMessageContaining("receiverSignedAt");
        assertThatThrownBy(() -> DocumentHandovers.check(null)).hasMessageContaining("handover");
        assertThatThrownBy(() -> new DocumentHandover("R", HandedDocumentKind.OTHER, C1, CLERK, T0, null, null, null, null))
                .hasMessageContaining("issuerSignedAt").hasMessageContaining("filedOn");
    }

    @Test
    @DisplayName("ARC-20 the repair deadline is required configuration [X]: build() names it")
    void repair_deadline_required() {
        assertThatThrownBy(() -> RepairDesk.builder().build()).isInstanceOf(PolicyInputException.class).hasMessageContaining("arrangeWithin")
                .hasMessageContaining("ARC-20").hasMessageContaining("no default");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> RepairDesk.builder().arrangeWithin(Duration.ofMinutes(-30)).zone(null).build());
        assertThat(e.violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("arrangeWithin", "zone");
        assertThat(e.getMessage()).contains("-30 minutes");
    }

    @Test
    @DisplayName("ARC-20 a repair call becomes a repair order, is arranged by the deadline and its record joins the archive")
    void repair_in_order() {
        RepairDesk desk = RepairDesk.builder().arrangeWithin(Duration.ofHours(4)).build();
        RepairCall call = RepairCall.received(C1, T0).withOrder("WX-001").arranged(T0.plusSeconds(4 * 3600));
        ArchiveDocument record = desk.repairRecord(call);
        assertThat(record.kind()).isEqualTo(DocumentKind.REPAIR_RECORDS);
        assertThat(record.reference()).isEqualTo("WX-001");
        assertThat(record.issuedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        CustomerArchive filed = archive("C1").addDocuments(record).build();
        Decision<RepairReview> d = desk.check(call, filed, T0.plusSeconds(5 * 3600));
        assertThat(d.outcome().isInOrder()).isTrue();
        assertThat(d.outcome().deadline()).isEqualTo(T0.plusSeconds(4 * 3600));
        assertThat(d.explain(Locale.ENGLISH)).contains("2025-06-02 14:00");
        assertThat(desk.arrangeWithin()).isEqualTo(Duration.ofHours(4));
        assertThat(desk.toString()).contains("PT4H");
    }

    @Test
    @DisplayName("ARC-20 no repair order, a late or overdue arrangement, and a record missing from the archive are each reported")
    void repair_gaps() {
        RepairDesk desk = RepairDesk.builder().arrangeWithin(Duration.ofHours(4)).build();
        CustomerArchive a = archive("C1").build();
        Decision<RepairReview> nothing = desk.check(RepairCall.received(C1, T0), a, T0.plusSeconds(4 * 3600 + 1));
        assertThat(nothing.outcome().gaps()).containsExactly(RepairGap.NO_REPAIR_ORDER, RepairGap.OVERDUE);
        assertThat(nothing.explain(Locale.CHINA)).contains("未填写维修单").contains("逾期未联系修复").contains("2025-06-02 14:00");
        assertThat(desk.check(RepairCall.received(C1, T0), a, T0.plusSeconds(4 * 3600)).outcome().gaps())
                .containsExactly(RepairGap.NO_REPAIR_ORDER);
        Decision<RepairReview> late = desk.check(RepairCall.received(C1, T0).withOrder("WX-2").arranged(T0.plusSeconds(4 * 3600 + 1)), a,
                T0.plusSeconds(5 * 3600));
        assertThat(late.outcome().gaps()).containsExactly(RepairGap.ARRANGED_LATE, RepairGap.NOT_IN_ARCHIVE);
        assertThat(late.applied("ARC-20")).isTrue();
    }

    @Test
    @DisplayName("ARC-20 bad repair input is a PolicyInputException naming every problem")
    void repair_bad_input() {
        RepairDesk desk = RepairDesk.builder().arrangeWithin(Duration.ofHours(4)).build();
        assertThatThrownBy(() -> desk.check(null, null, null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("call")
                .hasMessageContaining("archive").hasMessageContaining("now");
        assertThatThrownBy(() -> desk.check(RepairCall.received(CustomerId.of("C9"), T0), archive("C1").build(), T0))
                .hasMessageContaining("archive");
        assertThatThrownBy(() -> desk.check(RepairCall.received(C1, T0), archive("C1").build(), T0.minusSeconds(1)))
                .hasMessageContaining("now");
        assertThatThrownBy(() -> desk.repairRecord(RepairCall.received(C1, T0))).hasMessageContaining("repairOrder");
        assertThatThrownBy(() -> desk.repairRecord(null)).hasMessageContaining("call");
        assertThatThrownBy(() -> new RepairCall(null, null, null, null)).hasMessageContaining("customer").hasMessageContaining("calledAt")
                .hasMessageContaining("repairOrder").hasMessageContaining("arrangedAt");
        assertThatThrownBy(() -> RepairCall.received(C1, T0).withOrder(" ")).hasMessageContaining("repairOrder");
        assertThatThrownBy(() -> RepairCall.received(C1, T0).arranged(T0.minusSeconds(1))).hasMessageContaining("arrangedAt");
        assertThat(new RepairCall(C1, T0, Optional.empty(), Optional.empty())).isEqualTo(RepairCall.received(C1, T0));
    }
}
