/**
 * The reward/penalty ledger (APR-5 … APR-9): schedules, first-offence warnings, escalation, monthly statements.
 */
package dev.kefu.appraisal.ledger;
