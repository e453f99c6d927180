package dev.kefu.archive;

import static dev.kefu.archive.Fixtures.CLOCK;
import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.classification.Classifiers;
import dev.kefu.archive.classification.CustomerClassifier;
import dev.kefu.archive.composition.Composition;
import dev.kefu.archive.composition.CompositionAnalysis;
import dev.kefu.archive.composition.GroupShare;
import dev.kefu.archive.composition.SalesLine;
import dev.kefu.archive.credit.CreditGrade;
import dev.kefu.archive.credit.CreditHandling;
import dev.kefu.archive.credit.CreditLimit;
import dev.kefu.archive.credit.CreditPolicy;
import dev.kefu.archive.credit.CreditProfile;
import dev.kefu.archive.credit.CreditTerms;
import dev.kefu.archive.credit.OrderRequest;
import dev.kefu.archive.custody.DocumentRequirements;
import dev.kefu.archive.custody.FilingCatalogue;
import dev.kefu.archive.custody.StaleArchives;
import dev.kefu.archive.grading.CustomerSales;
import dev.kefu.archive.grading.Grade;
import dev.kefu.archive.grading.GradeBook;
import dev.kefu.archive.grading.Grading;
import dev.kefu.archive.grading.Purchase;
import dev.kefu.archive.lifecycle.ContactRecord;
import dev.kefu.archive.lifecycle.CustomerLifecycle;
import dev.kefu.archive.lifecycle.IntentClass;
import dev.kefu.archive.lifecycle.RegisterStatistics;
import dev.kefu.archive.lifecycle.TrackingSheets;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The archive findings of the bad-input report (2026-11-24), each kept with its attacking input. */
class BadInputTest {

    private static final Money HUGE = Money.of(BigDecimal.valueOf(Long.MAX_VALUE));
    private static final Money HALF = Money.of(BigDecimal.valueOf(Long.MAX_VALUE / 100 - 1));

    @Test
    @DisplayName("ARC-2 bad-input #13 #14: null contacts and purchase preferences are refused, not kept")
    void null_elements_refused() {
        assertThatThrownBy(() -> archive("C1").addContacts((Contact) null).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("contacts[1]");
        assertThatThrownBy(() -> archive("C1").addPurchasePreferences((String) null).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("purchasePreferences[1]");
        assertThatThrownBy(() -> archive("C1").addDocuments((ArchiveDocument) null).build()).hasMessageContaining("documents[2]");
    }

    @Test
    @DisplayName("ARC-2 bad-input #118 #119 #120: an optional attribute given null is left empty, never an NPE")
    void optional_setters_accept_null() {
        CustomerArchive a = archive("C1").nature((String) null).custodian((EmployeeId) null).build();
        assertThat(a.nature()).isEmpty();
        assertThat(a.custodian()).isEmpty();
        Contact c = ImmutableContact.builder().from(Fixtures.responsiblePerson()).mobile((dev.kefu.core.privacy.MobileNumber) null).build();
        assertThat(c.mobile()).isEmpty();
    }

    @Test
    @DisplayName("ARC-6 bad-input #60: a Composition keeps its own copies of the maps")
    void composition_defensive_copy() {
        Map<String, GroupShare> regions = new LinkedHashMap<>();
        regions.put("east", new GroupShare(1, Share.ofPercent(100)));
        Composition c = new Composition(1, Money.yuan(1), 1, Map.of(), Map.of(), regions);
        regions.put("west", new GroupShare(1, Share.ofPercent(0)));
        assertThat(c.salesByRegion()).containsOnlyKeys("east");
        assertThatThrownBy(() -> c.salesByRegion().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
        Map<String, GroupShare> withNull = new HashMap<>();
        withNull.put("east", null);
        assertThatThrownBy(() -> new Composition(1, null, 1, null, Map.of(), withNull)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("totalSales").hasMessageContaining("salesByGrade").hasMessageContaining("salesByRegion");
    }

    @Test
    @DisplayName("ARC-5 ARC-6 bad-input #91 #114 #129 #131 #138: an amount beyond a long of fen is refused where it is given")
    void huge_amounts_refused() {
        assertThatThrownBy(() -> CustomerSales.of(CustomerId.of("C1"), HUGE)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("sales").hasMessageContaining("supported range");
        assertThatThrownBy(() -> new Purchase(CustomerId.of("C1"), LocalDate.of(2025, 1, 1), HUGE)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> SalesLine.of(CustomerId.of("C1"), Grade.of("A"), ProductId.of("P"), "east", HUGE, 1))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> Grading.thresholds().tier(Grade.of("A"), HUGE).otherwise(Grade.of("C")).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("tiers[0].minimum");
    }

    @Test
    @DisplayName("ARC-5 ARC-6 bad-input #92 #102 #103 #130: totals that overflow a long of fen are a PolicyInputException")
    void overflowing_totals_refused() {
        List<CustomerSales> two = List.of(CustomerSales.of(CustomerId.of("C1"), HALF), CustomerSales.of(CustomerId.of("C2"), HALF),
                CustomerSales.of(CustomerId.of("C3"), HALF));
        assertThatThrownBy(() -> Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(two)).isInstanceOf(PolicyInputException.class).hasMessageContaining("total");
        List<SalesLine> lines = List.of(SalesLine.of(CustomerId.of("C1"), Grade.of("A"), ProductId.of("P"), "east", HALF, Long.MAX_VALUE),
                SalesLine.of(CustomerId.of("C2"), Grade.of("A"), ProductId.of("P"), "east", HALF, 1),
                SalesLine.of(CustomerId.of("C3"), Grade.of("A"), ProductId.of("P"), "east", HALF, 1));
        assertThatThrownBy(() -> CompositionAnalysis.analyse(lines.stream())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("lines");
        List<Purchase> ps = List.of(new Purchase(CustomerId.of("C1"), LocalDate.of(2025, 1, 1), HALF),
                new Purchase(CustomerId.of("C1"), LocalDate.of(2025, 1, 2), HALF), new Purchase(CustomerId.of("C1"), LocalDate.of(2025, 1, 3), HALF));
        assertThatThrownBy(() -> Grading.rfm(LocalDate.of(2025, 6, 30), s -> Grade.of("ANY")).grade(ps))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("purchases");
    }

    @Test
    @DisplayName("ARC-4 bad-input #99 #100 #101: null classifiers and a classifier answering null are named")
    void classifiers_null() {
        CustomerArchive a = archive("C1").build();
        CustomerClassifier nullAnswer = Classifiers.of("odd", x -> null);
        assertThatThrownBy(() -> Classifiers.classify(a, nullAnswer)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("classifiers[0]").hasMessageContaining("odd");
        assertThatThrownBy(() -> Classifiers.classify(a, (CustomerClassifier[]) null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("classifiers");
        assertThatThrownBy(() -> Classifiers.classify(a, Arrays.asList((CustomerClassifier) null))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("classifiers[0]");
    }

    @Test
    @DisplayName("ARC-7 bad-input #104 #260: Integer.MAX_VALUE past problems give the lowest grade; checkOrder(null, null) names both")
    void credit_extremes() {
        CreditPolicy policy = CreditPolicy.builder()
                .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.of(Money.yuan(1000)), 30, CreditHandling.NORMAL_CREDIT))
                .grade(CreditGrade.of("B"), new CreditTerms(CreditLimit.of(Money.yuan(100)), 10, CreditHandling.NORMAL_CREDIT))
                .grade(CreditGrade.of("C"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CreditHandling.CASH_ONLY))
                .lowerOneGradePer(1).build();
        CreditProfile p = new CreditProfile(CustomerId.of("C1"), CreditGrade.of("B"), Integer.MAX_VALUE, Money.yuan(10));
        assertThat(policy.assess(p).outcome().effectiveGrade()).isEqualTo(CreditGrade.of("C"));
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class, () -> policy.checkOrder(null, null));
        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("profile", "order");
        assertThatThrownBy(() -> OrderRequest.onCredit(Money.yuan(1), Money.ZERO).signedOffBy(null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("employee");
    }

    @Test
    @DisplayName("ARC-8 ARC-12 ARC-18 bad-input #105 #106 #111: null archive, clock or requirements are named")
    void archive_entry_points_null() {
        assertThatThrownBy(() -> CustomerArchives.missingBasicData(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("archive");
        assertThatThrownBy(() -> CustomerArchives.requireValid(archive("C1").build(), null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> CustomerArchives.requireValid(null, CLOCK)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> FilingCatalogue.of(archive("C1").build(), null, CLOCK)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("requirements");
    }

    @Test
    @DisplayName("ARC-12 bad-input #110: a null document kind is reported at build(), naming the customer type")
    void requirements_null_kind() {
        assertThatThrownBy(() -> DocumentRequirements.builder().require("TENANT", (DocumentKind) null).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("require[TENANT][0]");
        assertThatThrownBy(() -> DocumentRequirements.builder().require("TENANT", (DocumentKind[]) null).require(null).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("require[TENANT]").hasMessageContaining("customerType");
    }

    @Test
    @DisplayName("ARC-5 ARC-14 bad-input #107 #112 #113: null stage and null customer id are named")
    void lifecycle_and_gradebook_null() {
        assertThatThrownBy(() -> CustomerLifecycle.next(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("from");
        GradeBook book = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of(CustomerSales.of(CustomerId.of("C1"), Money.yuan(1))));
        assertThatThrownBy(() -> book.gradeOf(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> book.decisionFor(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("customerId");
    }

    @Test
    @DisplayName("ARC-15 bad-input #124 #125: a contact at Instant.MAX and a null record are PolicyInputExceptions")
    void register_statistics_extremes() {
        ContactRecord max = new ContactRecord(ContactRecord.Channel.CALL, Instant.MAX, Instant.MAX, EmployeeId.of("r"), true, false);
        assertThatThrownBy(() -> RegisterStatistics.of(Stream.of(max), ZoneId.of("Asia/Shanghai"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> RegisterStatistics.of(Stream.of((ContactRecord) null), ZoneId.of("Asia/Shanghai")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("records[0]");
    }

    @Test
    @DisplayName("ARC-8 bad-input #132 #133 #134 #135 #136 #137: stale-archive extremes and nulls are PolicyInputExceptions")
    void stale_archives_extremes() {
        StaleArchives six = StaleArchives.notUpdatedWithin(Period.ofMonths(6));
        assertThatThrownBy(() -> six.cutoff(Clock.fixed(Instant.MIN, ZoneOffset.UTC))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> six.cutoff(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> six.find(Stream.of((CustomerArchive) null), CLOCK)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("archives[0]");
        assertThatThrownBy(() -> six.inZone(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> six.isStale(null, null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("archive")
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> StaleArchives.notUpdatedWithin(Period.ofYears(Integer.MAX_VALUE)).cutoff(CLOCK))
                .isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-16 bad-input #139 #140: a null intent class or a null customer key is named")
    void tracking_nulls() {
        Map<CustomerId, IntentClass> nullClass = new HashMap<>();
        nullClass.put(CustomerId.of("C-001"), null);
        assertThatThrownBy(() -> TrackingSheets.missing(nullClass, Set.of())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("intents[C-001]");
        Map<CustomerId, IntentClass> nullKey = new HashMap<>();
        nullKey.put(null, IntentClass.A);
        assertThatThrownBy(() -> TrackingSheets.missing(nullKey, Set.of())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("intents");
    }

    @Test
    @DisplayName("ARC-18 bad-input #108: a null purchase preference in a touch is named, and the touch prints no address")
    void touch_null_preference() {
        assertThatThrownBy(() -> new CustomerTouch(CustomerTouch.Kind.ORDER, Instant.EPOCH, Optional.empty(), Arrays.asList("tea", null)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("purchasePreferences[1]");
        CustomerTouch t = new CustomerTouch(CustomerTouch.Kind.ORDER, Instant.EPOCH, Optional.of("上海市浦东新区某路 1 号"), List.of("tea"));
        assertThat(t.toString()).doesNotContain("浦东").doesNotContain("tea");
    }

    @Test
    @DisplayName("ARC-6 bad-input #103: quantities that overflow a long are a PolicyInputException")
    void overflowing_quantities_refused() {
        List<SalesLine> lines = List.of(SalesLine.of(CustomerId.of("C1"), Grade.of("A"), ProductId.of("P"), "east", Money.yuan(1), Long.MAX_VALUE),
                SalesLine.of(CustomerId.of("C2"), Grade.of("A"), ProductId.of("P"), "east", Money.yuan(1), 1));
        assertThatThrownBy(() -> CompositionAnalysis.analyse(lines.stream())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("lines");
    }

    @Test
    @DisplayName("ARC-13 bad-input #109: DestructionPolicy check(null) is a PolicyInputException naming the record")
    void destruction_null() {
        assertThatThrownBy(() -> dev.kefu.archive.custody.DestructionPolicy.regulation().check(null))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("record");
    }
}
