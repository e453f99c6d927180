package dev.kefu.complaints;

/**
 * A standing duty the host gives an employee in complaint handling ("Definitions and
 * precedence": roles named in the seeds are distinct unless the host maps them).
 */
public enum Duty {
    /** The HR-admin manager's intake (人事行政经理, CMP-3, CMP-5): records, judges, calls back, files. */
    HR_ADMIN_INTAKE
}
