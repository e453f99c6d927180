package dev.kefu.archive;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.privacy.IdCardNumber;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.privacy.PersonName;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Shared test data. */
public final class Fixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), SHANGHAI);
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final String ID_CARD = "11010519491231002X";

    private Fixtures() {
    }

    public static Contact responsiblePerson() {
        return ImmutableContact.builder().name(PersonName.of("张小三")).role("responsible person")
                .mobile(MobileNumber.of("13812345678")).idCard(IdCardNumber.of(ID_CARD)).build();
    }

    public static ImmutableCustomerArchive.Builder archive(String id) {
        return ImmutableCustomerArchive.builder()
                .customerId(CustomerId.of(id))
                .name("上海某某贸易有限公司")
                .relation(CustomerRelation.DIRECT)
                .market(Market.DOMESTIC)
                .customerType("TENANT")
                .region("East")
                .nature("private")
                .address("上海市浦东新区某路 1 号")
                .addPurchasePreferences("bulk orders")
                .basicData(ImmutableBasicData.builder()
                        .industry(Fact.of("food retail", FactSource.SALES_VISIT, LocalDate.of(2025, 3, 1)))
                        .owner(Fact.of(PersonName.of("李大四"), FactSource.CUSTOMER_FORM, LocalDate.of(2025, 3, 1)))
                        .assets(Fact.of(Money.yuan(5_000_000), FactSource.SURVEY_AGENCY, LocalDate.of(2025, 2, 1)))
                        .build())
                .transactionStatus(ImmutableTransactionStatus.builder()
                        .pastCreditProblems(Fact.of(1, FactSource.SURVEY_AGENCY, LocalDate.of(2025, 2, 1)))
                        .build())
                .addContacts(responsiblePerson())
                .addDocuments(doc("D-2", DocumentKind.BUSINESS_LICENCE, LocalDate.of(2024, 5, 1)))
                .addDocuments(doc("D-1", DocumentKind.COMPANY_INFORMATION, LocalDate.of(2024, 3, 1)))
                .lastUpdated(Instant.parse("2025-05-01T02:00:00Z"))
                .custodian(EmployeeId.of("archivist-1"));
    }

    public static ArchiveDocument doc(String ref, DocumentKind kind, LocalDate issued) {
        return ImmutableArchiveDocument.builder().reference(ref).kind(kind).title(kind.chineseName()).issuedOn(issued).build();
    }
}
