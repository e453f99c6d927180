package dev.kefu.archive;

/** Whether the archivist may build an archive from a rep's data (ARC-17). */
public enum AdmissionOutcome {
    /** A market inspector other than the collector verified the data before the archive is built. */
    ADMITTED,
    /** No valid verification by a market inspector: no archive yet. */
    NOT_VERIFIED,
    /** The one building the archive is not an archivist. */
    NOT_ARCHIVIST
}
