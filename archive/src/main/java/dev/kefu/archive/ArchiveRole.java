package dev.kefu.archive;

/** The roles ARC-17 names around building an archive; the host maps its own job titles to them. */
public enum ArchiveRole {
    /** A sales rep who collects the customer's data (业务员). */
    SALES_REP,
    /** A market inspector who verifies the rep's data (市场稽查). */
    MARKET_INSPECTOR,
    /** The archivist who builds and updates archives (档案管理员). */
    ARCHIVIST,
    /** The market manager who receives the archive evaluation (市场经理). */
    MARKET_MANAGER
}
