/** SLA clocks of complaints in working time (CMP-7, CMP-8, CMP-9, CMP-5). */
package dev.kefu.complaints.sla;
