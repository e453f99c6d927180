/**
 * Customer grading (ARC-5): thresholds, ABC/Pareto and RFM strategies, grade books with per-customer decisions, and the company's grade consequences.
 */
package dev.kefu.archive.grading;
