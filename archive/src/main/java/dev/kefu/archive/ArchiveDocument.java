package dev.kefu.archive;

import dev.kefu.core.KefuStyle;
import dev.kefu.core.validation.PolicyRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A document filed in a customer's archive (ARC-11), with its issue date, by which the
 * filing catalogue orders it (ARC-12). Build with {@code ImmutableArchiveDocument.builder()}.
 */
@Value.Immutable
@KefuStyle
@PolicyRule("ARC-11")
public interface ArchiveDocument {

    /** The host's reference of the document (file number). */
    @NotBlank
    String reference();

    /** The kind of document. */
    @NotNull
    DocumentKind kind();

    /** A short title. */
    @NotBlank
    String title();

    /** The day the document was issued. */
    @PolicyRule("ARC-12")
    @NotNull
    LocalDate issuedOn();

    /** Whether the document is confidential; confidential documents must be shredded when destroyed (ARC-13). */
    @Value.Default
    default boolean confidential() {
        return false;
    }

    @Value.Check
    default void check() {
        dev.kefu.core.validation.PolicyValidator.shared().requireValid(this);
    }
}
