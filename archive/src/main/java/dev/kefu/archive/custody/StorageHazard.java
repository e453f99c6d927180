package dev.kefu.archive.custody;

/** What an inspection of stored files looks for (ARC-13: 受潮、蛀虫、腐蚀). */
public enum StorageHazard {
    /** Damp (受潮). */
    DAMP,
    /** Insects (蛀虫). */
    INSECTS,
    /** Corrosion (腐蚀). */
    CORROSION
}
