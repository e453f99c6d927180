/**
 * Custody of archives: stale archives (ARC-8), the custodian's lending register (ARC-10, ARC-12), the filing catalogue (ARC-12) and destruction (ARC-13).
 */
package dev.kefu.archive.custody;
