package dev.kefu.appraisal.scoring;

/** Gives tests in other packages the weighted regulation scheme. */
public final class MonthlyAppraisalTestAccess {

    private MonthlyAppraisalTestAccess() {
    }

    /** The regulation's structure with test weights. */
    public static AppraisalScheme scheme() {
        return MonthlyAppraisalTest.SCHEME;
    }
}
