package dev.kefu.archive;

import dev.kefu.core.privacy.EmailAddress;
import dev.kefu.core.privacy.IdCardNumber;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.privacy.PersonName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact person of a customer (ARC-11: contact details with a copy of the responsible
 * person's ID card, emergency contacts, day-to-day contacts). Names, numbers and ID-card
 * numbers are personal data: {@code toString} shows them masked ({@code 张*三},
 * {@code 138****1234}). Build with {@code Contact.builder()}.
 */
@Value.Immutable
@ArchiveStyle
public interface Contact {

    /** The contact's name. */
    @NotNull
    PersonName name();

    /** The contact's role, such as "responsible person" or "day-to-day contact". */
    @NotBlank
    String role();

    /** Mobile number. */
    Optional<MobileNumber> mobile();

    /** E-mail address. */
    Optional<EmailAddress> email();

    /** ID-card number, kept for the responsible person (ARC-11). */
    Optional<IdCardNumber> idCard();

    /** Whether this is an emergency contact (紧急联系人). */
    @Value.Default
    default boolean emergency() {
        return false;
    }

    /** Since when this person is the contact (日常联系人变更). */
    Optional<LocalDate> since();

    @Value.Check
    default void check() {
        dev.kefu.core.validation.PolicyValidator.shared().requireValid(this);
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableContact.Builder builder() {
        return ImmutableContact.builder();
    }
}
