package dev.kefu.archive;

import static dev.kefu.archive.Fixtures.CLOCK;
import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.privacy.IdCardNumber;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerArchiveTest {

    @Test
    @DisplayName("ARC-1 ARC-2 an archive holds identity, scope and the four fact groups")
    void holds_identity_and_fact_groups() {
        CustomerArchive a = archive("C1").relation(CustomerRelation.INDIRECT).market(Market.INTERNATIONAL).build();
        assertThat(a.relation()).isEqualTo(CustomerRelation.INDIRECT);
        assertThat(a.market()).isEqualTo(Market.INTERNATIONAL);
        assertThat(a.basicData().industry().orElseThrow().value()).isEqualTo("food retail");
        assertThat(a.characteristics()).isEqualTo(Characteristics.empty());
        assertThat(a.businessStatus()).isEqualTo(BusinessStatus.empty());
        assertThat(a.transactionStatus().pastCreditProblems().orElseThrow().value()).isEqualTo(1);
    }

    @Test
    @DisplayName("ARC-3 every fact carries its source: sales visit, customer form or survey agency")
    void facts_carry_their_source() {
        CustomerArchive a = archive("C1").build();
        assertThat(a.basicData().industry().orElseThrow().source()).isEqualTo(FactSource.SALES_VISIT);
        assertThat(a.basicData().owner().orElseThrow().source()).isEqualTo(FactSource.CUSTOMER_FORM);
        assertThat(a.basicData().assets().orElseThrow().source()).isEqualTo(FactSource.SURVEY_AGENCY);
        assertThatThrownBy(() -> Fact.of("x", null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).extracting(Violation::path)
                        .containsExactly("source", "recordedOn"));
    }

    @Test
    @DisplayName("ARC-2 ARC-11 personal data never appears unmasked in toString")
    void personal_data_masked_in_to_string() {
        String text = archive("C1").build().toString();
        assertThat(text).doesNotContain("张小三").doesNotContain("13812345678").doesNotContain(Fixtures.ID_CARD)
                .doesNotContain("李大四").doesNotContain("上海某某贸易有限公司").doesNotContain("浦东");
        assertThat(text).contains("张*三").contains("138****5678").contains("110***********002X").contains("李*四");
    }

    @Test
    @DisplayName("ARC-2 a malformed archive is refused with every violation listed")
    void malformed_archive_refused() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> ImmutableCustomerArchive.builder().name(" ").build());
        assertThat(e.violations()).extracting(Violation::path)
                .contains("customerId", "name", "relation", "market", "customerType", "lastUpdated");
        assertThat(e.violations()).filteredOn(v -> v.path().equals("name")).first()
                .satisfies(v -> assertThat(v.rule()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("ARC-18")));
    }

    @Test
    @DisplayName("ARC-11 a contact with an ID-card number of bad checksum is refused, naming the field and not the number")
    void bad_id_checksum_refused() {
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021")).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("idCard").hasMessageNotContaining("110105194912310021");
    }

    @Test
    @DisplayName("ARC-11 ARC-12 a document dated in the future is refused, naming the field")
    void future_document_refused() {
        CustomerArchive a = archive("C1").addDocuments(Fixtures.doc("D-9", DocumentKind.CORRESPONDENCE, LocalDate.of(2025, 7, 1))).build();
        assertThatThrownBy(() -> CustomerArchives.requireValid(a, CLOCK)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("documents[2].issuedOn").hasMessageContaining("ARC-12");
        assertThat(CustomerArchives.requireValid(archive("C1").build(), CLOCK)).isNotNull();
    }

    @Test
    @DisplayName("ARC-3 ARC-8 a fact recorded or an update dated after today is refused")
    void future_fact_and_update_refused() {
        CustomerArchive a = archive("C1")
                .characteristics(ImmutableCharacteristics.builder()
                        .serviceArea(Fact.of("East China", FactSource.SALES_VISIT, LocalDate.of(2025, 8, 1))).build())
                .lastUpdated(Instant.parse("2025-07-01T00:00:00Z")).build();
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> CustomerArchives.requireValid(a, CLOCK));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("characteristics.serviceArea.recordedOn", "lastUpdated");
    }

    @Test
    @DisplayName("ARC-18 a touch updates address, preferences and last-updated; the old archive is unchanged")
    void touch_updates_archive() {
        CustomerArchive before = archive("C1").build();
        Instant at = Instant.parse("2025-06-01T03:00:00Z");
        CustomerArchive after = CustomerArchives.recordTouch(before,
                new CustomerTouch(CustomerTouch.Kind.ORDER, at, Optional.of("new address"), List.of("bulk orders", "organic")));
        assertThat(after.purchasePreferences()).containsExactly("bulk orders", "organic");
        assertThat(after.address()).contains("new address");
        assertThat(after.lastUpdated()).isEqualTo(at);
        assertThat(before.address()).contains("上海市浦东新区某路 1 号");
        CustomerArchive older = CustomerArchives.recordTouch(after,
                new CustomerTouch(CustomerTouch.Kind.COMPLAINT, Instant.parse("2025-01-01T00:00:00Z"), Optional.empty(), List.of()));
        assertThat(older.lastUpdated()).isEqualTo(at);
        assertThat(older.address()).contains("new address");
        assertThatThrownBy(() -> new CustomerTouch(null, null, Optional.empty(), List.of())).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-18 missing basic data (contact, address, preferences) is listed")
    void missing_basic_data() {
        assertThat(CustomerArchives.missingBasicData(archive("C1").build()).outcome()).isEmpty();
        CustomerArchive bare = ImmutableCustomerArchive.builder().from(archive("C2").build())
                .contacts(List.of()).address(Optional.empty()).purchasePreferences(List.of()).build();
        var d = CustomerArchives.missingBasicData(bare);
        assertThat(d.outcome()).containsExactly(BasicDataItem.CONTACT, BasicDataItem.ADDRESS, BasicDataItem.PURCHASE_PREFERENCES);
        assertThat(d.applied("ARC-18")).isTrue();
        assertThat(d.explain(Locale.CHINA)).contains("下次接触时需收集").contains("联系方式").contains("地址").contains("购买偏好")
                .doesNotContainPattern("[A-Z]+_[A-Z_]+");
    }

    @Test
    @DisplayName("ARC-11 the document kinds are those of S1 part 7")
    void document_kinds() {
        assertThat(DocumentKind.values()).hasSize(15);
        assertThat(DocumentKind.PAYMENT_RECORDS.chineseName()).isEqualTo("缴费记录（含押金）");
    }

    @Test
    @DisplayName("CORE-DEC-1 every archive message exists in English and Chinese")
    void bundle_complete() {
        MessageBundle b = ArchiveMessages.BUNDLE;
        assertThat(b.keys(Locale.CHINA)).isEqualTo(b.keys(Locale.ENGLISH));
    }
}
