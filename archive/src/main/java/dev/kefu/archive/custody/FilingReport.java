package dev.kefu.archive.custody;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether each document of an archive was filed promptly (ARC-12).
 *
 * @param byDocument  each document's reference and status, in catalogue order (issue date, kind, reference)
 */
public record FilingReport(Map<String, FilingStatus> byDocument) {

    /** Defensive copy keeping the order. */
    public FilingReport {
        byDocument = Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
    }

    /** Whether every document was filed promptly. */
    public boolean allPrompt() {
        return byDocument.values().stream().allMatch(s -> s == FilingStatus.PROMPT);
    }

    /** How many documents have a status. */
    public long count(FilingStatus status) {
        return byDocument.values().stream().filter(s -> s == status).count();
    }
}
