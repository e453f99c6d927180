package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * The content of a subscription agreement (认购书) as filled in (EST-12). The contact fields are
 * personal data: they are checked for presence and form and never shown in explanations or in
 * {@link #toString()}.
 *
 * @param unit  the unit code, not blank
 * @param price  the price, above zero
 * @param deposit  the deposit, not negative
 * @param balance  the balance (余额) written on the agreement, empty when left blank; not null
 * @param alterations  the alterations found, not null
 * @param mailingAddress  the current mailing address as written, may be blank; not null
 * @param postcode  the postcode as written, may be blank; not null
 * @param telephone  the telephone as written, may be blank; not null
 */
public record SubscriptionAgreement(String unit, Money price, Money deposit, Optional<Money> balance,
        List<AgreementAlteration> alterations, String mailingAddress, String postcode, String telephone) {

    @Override
    public String toString() {
        return "SubscriptionAgreement[" + unit + ", price " + price + ", deposit " + deposit + "]";
    }
}
