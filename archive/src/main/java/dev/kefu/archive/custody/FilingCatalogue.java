package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.CustomerArchives;
import dev.kefu.archive.DocumentKind;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The filing catalogue of one archive (ARC-12: files kept in order of issue date with a
 * detailed catalogue 目录; documents complete, nothing left out).
 *
 * @param entries  the documents in catalogue order: by issue date, then kind, then reference
 * @param missing  the required kinds not on file, in the order of {@link DocumentKind}
 */
public record FilingCatalogue(List<ArchiveDocument> entries, Set<DocumentKind> missing) {

    /** Defensive copies. */
    public FilingCatalogue {
        entries = List.copyOf(entries);
        missing = missing.isEmpty() ? java.util.Collections.emptySet()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(missing));
    }

    static final RuleId ARC_12 = RuleId.of("ARC-12");

    /** Whether every required kind is on file. */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /**
     * Catalogues an archive and checks it against the kinds its customer type requires.
     *
     * @param archive  the archive, not null
     * @param requirements  the company's requirements, not null
     * @param clock  the host's clock: documents dated after today are refused
     * @return the decision whose outcome is the catalogue
     * @throws dev.kefu.core.validation.PolicyInputException for a document dated in the future,
     *     or a customer type without requirements
     */
    public static Decision<FilingCatalogue> of(CustomerArchive archive, DocumentRequirements requirements, Clock clock) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(archive, "archive", ARC_12);
        v.requireNonNull(requirements, "requirements", ARC_12);
        v.requireNonNull(clock, "clock", ARC_12);
        v.throwIfAny();
        CustomerArchives.requireValid(archive, clock);
        Set<DocumentKind> required = requirements.requiredFor(archive.customerType());
        List<ArchiveDocument> entries = new ArrayList<>(archive.documents());
        entries.sort(Comparator.comparing(ArchiveDocument::issuedOn).thenComparing(ArchiveDocument::kind)
                .thenComparing(ArchiveDocument::reference));
        Set<DocumentKind> missing = required.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(required);
        for (ArchiveDocument d : entries) {
            missing.remove(d.kind());
        }
        FilingCatalogue c = new FilingCatalogue(List.copyOf(entries), java.util.Collections.unmodifiableSet(missing));
        List<Reason> reasons = new ArrayList<>();
        reasons.add(missing.isEmpty()
                ? Reason.of(ARC_12, ArchiveMessages.BUNDLE, "filing.complete", entries.size(), archive.customerType())
                : Reason.of(ARC_12, ArchiveMessages.BUNDLE, "filing.catalogued", entries.size(), archive.customerType()));
        for (DocumentKind k : missing) {
            reasons.add(Reason.of(ARC_12, ArchiveMessages.BUNDLE, "filing.missingKind", dev.kefu.archive.Labels.of(k)));
        }
        return Decision.of(c, reasons);
    }
}
