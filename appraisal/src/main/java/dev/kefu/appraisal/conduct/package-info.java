/**
 * Desk conduct checked from records the host passes in: leaving the post (APR-15, from
 * desk-presence events) and hanging up on customers (APR-16, from call records).
 */
package dev.kefu.appraisal.conduct;
