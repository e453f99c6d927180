package dev.kefu.sales.floor;

/** The three principles of a unit exchange (换房), EST-4; the buyer gives up the first, takes the second. */
public enum ExchangePrinciple {
    /** 以小换大: give up a smaller unit, take a larger one (more floor area). */
    SMALL_FOR_LARGE("exchange.principle.smallForLarge"),
    /**
     * 以好换差: literally "give the good, take the poor" (reading note R2): give up a better-ranked
     * unit, take a worse-ranked one.
     */
    GOOD_FOR_POOR("exchange.principle.goodForPoor"),
    /** 以金额小换金额大: give up a cheaper unit, take a dearer one. */
    CHEAP_FOR_DEAR("exchange.principle.cheapForDear");

    private final String key;

    ExchangePrinciple(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
