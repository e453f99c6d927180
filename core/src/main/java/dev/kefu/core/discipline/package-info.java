/**
 * The sanction vocabulary shared by complaints, attribution and the appraisal ledger:
 * warnings, fines, appraisal-point deductions, reprimands (申诫), major demerits (记大过),
 * pay or bonus withheld, transfer, dismissal and company-wide notices.
 */
package dev.kefu.core.discipline;
