package dev.kefu.sales.attribution;

/** How the reps of a crossed customer came to agree (ATT-21). */
public enum Settlement {
    /** The reps negotiated and agreed among themselves (友好協商). */
    NEGOTIATED,
    /** The department mediated (部門調解). */
    MEDIATED
}
