/**
 * Inspection, handover and shift swaps (APR-10, APR-11, APR-12).
 */
package dev.kefu.appraisal.rota;
