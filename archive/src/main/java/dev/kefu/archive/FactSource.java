package dev.kefu.archive;

/** Where a fact in the archive came from (ARC-3). */
public enum FactSource {
    /** Collected by a sales rep on a visit (业务员走访). */
    SALES_VISIT,
    /** Filled in by the customer on the customer data form (客户资料表). */
    CUSTOMER_FORM,
    /** Bought from a survey agency (调查机构). */
    SURVEY_AGENCY
}
