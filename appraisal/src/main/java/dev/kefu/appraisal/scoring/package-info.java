/**
 * Monthly appraisal (APR-1 … APR-4): scheme, source weights, scores, ranking, bands and outcomes.
 */
package dev.kefu.appraisal.scoring;
