package dev.kefu.archive;

import dev.kefu.core.validation.PolicyRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document filed in a customer's archive (ARC-11), with its issue date, by which the
 * filing catalogue orders it (ARC-12). Build with {@code ArchiveDocument.builder()}.
 */
@Value.Immutable
@ArchiveStyle
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

    /**
     * Whether the document is confidential (ARC-13). Documents of a customer's (tenant's)
     * archive are {@link Confidentiality#CONFIDENTIAL} by default — the regulation's own example
     * of confidential documents is the tenant archive (租户档案) — and are shredded when
     * destroyed; the host marks a document {@link Confidentiality#ORDINARY} explicitly.
     */
    @PolicyRule("ARC-13")
    @Value.Default
    default Confidentiality confidentiality() {
        return Confidentiality.CONFIDENTIAL;
    }

    /**
     * The day the document was filed in the archive (归档), so that "every matter filed
     * promptly" (ARC-12) can be checked by {@link dev.kefu.archive.custody.FilingDeadline};
     * empty while the filing date is not recorded. Not before {@link #issuedOn()}.
     */
    @PolicyRule("ARC-12")
    Optional<LocalDate> filedOn();

    @Value.Check
    default void check() {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.addAll(dev.kefu.core.validation.PolicyValidator.shared().violations(this, ""));
        if (issuedOn() != null && filedOn().isPresent() && filedOn().get().isBefore(issuedOn())) {
            v.add("filedOn", ArchiveMessages.BUNDLE, "filing.filedBeforeIssue", ArchiveRules.ARC_12);
        }
        v.throwIfAny();
    }

    /** A builder. */
    static ImmutableArchiveDocument.Builder builder() {
        return ImmutableArchiveDocument.builder();
    }
}
