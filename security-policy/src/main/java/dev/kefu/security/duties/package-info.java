/**
 * Recorded periodic duties and response deadlines the regulation leaves open (定期, 及时, 立即):
 * customer-data backups and leak response (SEC-11), vulnerability fixes (SEC-13), server
 * monitoring (SEC-14) and machine-room upkeep (SEC-15). Every interval and deadline is a
 * required setting; checks run in elapsed time (CORE-CAL-4, security clocks).
 */
package dev.kefu.security.duties;
