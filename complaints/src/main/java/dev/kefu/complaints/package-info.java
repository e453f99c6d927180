/**
 * Complaints (投诉), rules CMP-1 … CMP-14: the complaint model with its append-only
 * timeline ({@link dev.kefu.complaints.Complaint}), the workflow ({@code workflow}), SLA clocks
 * in working time ({@code sla}), contact response times ({@code response}), routing
 * ({@code routing}), staff penalties ({@code penalty}) and service-quality indicators
 * ({@code indicators}).
 */
package dev.kefu.complaints;
