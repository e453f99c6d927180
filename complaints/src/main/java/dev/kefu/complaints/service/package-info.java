/**
 * Service records beyond complaints (CMP-15 … CMP-20): the enquiry log, first-contact ownership
 * (首问负责制), transfers of complex issues, service records, satisfaction callbacks, the service
 * log and the daily problem summary. The seed's paper rules become checks over records the host
 * passes in; every check returns a {@link dev.kefu.complaints.service.ServiceAudit} of findings,
 * each explained in zh-CN and English. Free text the records hold is never shown by
 * {@code toString}.
 */
package dev.kefu.complaints.service;
