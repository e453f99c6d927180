/** SLA clocks of complaints in working time (CMP-7, CMP-16, CMP-9, CMP-5; CORE-CAL-2, CORE-CAL-4). */
package dev.kefu.complaints.sla;
