package dev.kefu.sales.floor;

/** The registers and sheets of the sales floor and who fills them in (EST-14, completing ARC-15). */
public enum RegisterKind {
    /** 来人登记表: the receiving rep. */
    VISITOR_REGISTER("register.visitor", Filler.RECEIVING_REP),
    /** 来电登记表: the receiving rep. */
    CALL_REGISTER("register.call", Filler.RECEIVING_REP),
    /** 小订明细表: the sales assistant, promptly after each transaction. */
    SMALL_DEPOSIT_SHEET("register.smallDeposit", Filler.ASSISTANT),
    /** 大订明细表: the sales assistant, promptly after each transaction. */
    LARGE_DEPOSIT_SHEET("register.largeDeposit", Filler.ASSISTANT),
    /** 销售统计表: the sales assistant, promptly after each transaction. */
    SALES_STATISTICS("register.statistics", Filler.ASSISTANT),
    /** 签约明细表: the sales assistant, promptly after each transaction. */
    SIGNING_SHEET("register.signing", Filler.ASSISTANT),
    /** 每周销售综合分析表: the sales manager, weekly. */
    WEEKLY_SALES_ANALYSIS("register.weeklyAnalysis", Filler.MANAGER),
    /** 业务综合周报: the sales manager, weekly. */
    WEEKLY_BUSINESS_REPORT("register.weeklyReport", Filler.MANAGER);

    /** Who fills in a register. */
    enum Filler {
        RECEIVING_REP, ASSISTANT, MANAGER
    }

    private final String key;
    private final Filler filler;

    RegisterKind(String key, Filler filler) {
        this.key = key;
        this.filler = filler;
    }

    String key() {
        return key;
    }

    Filler filler() {
        return filler;
    }
}
