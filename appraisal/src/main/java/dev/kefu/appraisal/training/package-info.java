/**
 * Training compliance (APR-13).
 */
package dev.kefu.appraisal.training;
