package dev.kefu.archive;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's archive (客户档案): identity, the four fact groups of ARC-2 with the source of
 * each fact (ARC-3), contacts, documents (ARC-11) and when it was last updated (ARC-8).
 *
 * <p>Scope (ARC-1): past, present and future customers, domestic and international, direct
 * and indirect. The archive exists to be used — to pick new customers and open new markets
 * (ARC-9, 用重于管) — so grading, credit, composition and tracking all read from it.
 *
 * <p>A host may build one with {@code CustomerArchive.builder()} or implement this
 * interface on its own entity. The customer's name and address are redacted from
 * {@code toString} (a customer may be a private person); contacts show masked.
 *
 * <p>Building checks the constraints below and throws one
 * {@link dev.kefu.core.validation.PolicyInputException} listing every problem; checks that
 * need the date (documents and facts dated in the future) are made by
 * {@link CustomerArchives#requireValid(CustomerArchive, java.time.Clock)}.
 */
@Value.Immutable
@ArchiveStyle
@PolicyRule("ARC-2")
public interface CustomerArchive {

    /** The host's customer key. */
    @PolicyRule("ARC-1")
    @NotNull
    CustomerId customerId();

    /** The customer's name (company or person) — ARC-18. */
    @PolicyRule("ARC-18")
    @NotBlank
    @Value.Redacted
    String name();

    /** Direct or indirect (ARC-1). */
    @PolicyRule("ARC-1")
    @NotNull
    CustomerRelation relation();

    /** Domestic or international (ARC-1). */
    @PolicyRule("ARC-1")
    @NotNull
    Market market();

    /** The customer type, as the company names types (such as {@code TENANT}, {@code DISTRIBUTOR}); ARC-4. */
    @PolicyRule("ARC-4")
    @NotBlank
    String customerType();

    /** The customer's nature (客户性质), such as state-owned or private; ARC-4. */
    Optional<String> nature();

    /** The sales region; ARC-4 and ARC-6. */
    Optional<String> region();

    /** The address (ARC-18); redacted from {@code toString}. */
    @Value.Redacted
    Optional<String> address();

    /** Purchase preferences collected at every touch (ARC-18). */
    List<String> purchasePreferences();

    /** Basic data (基础资料). */
    @Value.Default
    default BasicData basicData() {
        return BasicData.empty();
    }

    /** Customer characteristics (客户特征). */
    @Value.Default
    default Characteristics characteristics() {
        return Characteristics.empty();
    }

    /** Business status (业务状况). */
    @Value.Default
    default BusinessStatus businessStatus() {
        return BusinessStatus.empty();
    }

    /** Transaction status (交易活动现状). */
    @Value.Default
    default TransactionStatus transactionStatus() {
        return TransactionStatus.empty();
    }

    /** Contact persons. */
    @Valid
    List<Contact> contacts();

    /** Filed documents (ARC-11). */
    @Valid
    List<ArchiveDocument> documents();

    /** When the archive was last supplemented (ARC-8). */
    @PolicyRule("ARC-8")
    @NotNull
    Instant lastUpdated();

    /** The named custodian (专人负责), ARC-10. */
    Optional<EmployeeId> custodian();

    @Value.Check
    default void check() {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        nullElements(v, "purchasePreferences", purchasePreferences());
        nullElements(v, "contacts", contacts());
        nullElements(v, "documents", documents());
        v.throwIfAny();
        dev.kefu.core.validation.PolicyValidator.shared().requireValid(this);
    }

    private static void nullElements(dev.kefu.core.validation.Violations v, String path, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (e == null || (e instanceof String && ((String) e).isBlank())) {
                v.add(path + "[" + i + "]", "required", ArchiveRules.ARC_2);
            }
        }
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableCustomerArchive.Builder builder() {
        return ImmutableCustomerArchive.builder();
    }
}
