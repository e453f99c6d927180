package dev.kefu.sales.floor;

/** Who holds a copy of the subscription agreement (认购书), EST-11. */
public enum CopyHolder {
    /** The customer (客人), 1 copy. */
    CUSTOMER("copy.customer"),
    /** Finance (财务部), 1 copy. */
    FINANCE("copy.finance"),
    /** The sales department (销售部), 2 copies. */
    SALES_DEPARTMENT("copy.sales");

    private final String key;

    CopyHolder(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
