package dev.kefu.orders.returns;

/**
 * The company's return and exchange conditions (ORD-16): host rules, [X] in the catalogue — S0
 * names none, so the library has no default.
 */
@FunctionalInterface
public interface ReturnConditions {

    /**
     * Whether a request meets the company's conditions.
     *
     * @param request  the request, not null
     * @return true if it meets them
     */
    boolean met(ReturnRequest request);
}
