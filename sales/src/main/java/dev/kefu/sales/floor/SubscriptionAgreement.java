package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of a subscription agreement (认购书) as filled in (EST-12), built with
 * {@link #builder()}. A field left blank on paper is left unset (or set blank) on the builder:
 * the check reports it as a gap. The contact fields are personal data: they are checked for
 * presence and form and never shown in explanations or in {@link #toString()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SubscriptionAgreement {

    private final String unit;
    private final Money price;
    private final Money deposit;
    private final Money balance;
    private final List<AgreementAlteration> alterations;
    private final String mailingAddress;
    private final String postcode;
    private final String telephone;

    private SubscriptionAgreement(Builder b) {
        this.unit = b.unit;
        this.price = b.price;
        this.deposit = b.deposit;
        this.balance = b.balance;
        this.alterations = List.copyOf(b.alterations);
        this.mailingAddress = b.mailingAddress;
        this.postcode = b.postcode;
        this.telephone = b.telephone;
    }

    /** A builder; unit, price and deposit are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The unit code. */
    public String unit() {
        return unit;
    }

    /** The price. */
    public Money price() {
        return price;
    }

    /** The deposit. */
    public Money deposit() {
        return deposit;
    }

    /** The balance (余额) written, empty when left blank. */
    public Optional<Money> balance() {
        return Optional.ofNullable(balance);
    }

    /** The alterations found on the agreement. */
    public List<AgreementAlteration> alterations() {
        return alterations;
    }

    /** The current mailing address as written, blank when missing. */
    public String mailingAddress() {
        return mailingAddress;
    }

    /** The postcode as written, blank when missing. */
    public String postcode() {
        return postcode;
    }

    /** The telephone as written, blank when missing. */
    public String telephone() {
        return telephone;
    }

    @Override
    public String toString() {
        return "SubscriptionAgreement[" + unit + ", price " + price + ", deposit " + deposit + "]";
    }

    /**
     * Builds an agreement as filled in; {@link #build()} reports every malformed value at once.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private String unit;
        private Money price;
        private Money deposit;
        private Money balance;
        private final List<AgreementAlteration> alterations = new ArrayList<>();
        private String mailingAddress = "";
        private String postcode = "";
        private String telephone = "";

        private Builder() {
        }

        /**
         * Sets a field.
         *
         * @param unit  the unit code, not blank
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param price  the price, above zero
         * @return this builder
         */
        public Builder price(Money price) {
            this.price = price;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param deposit  the deposit, not negative
         * @return this builder
         */
        public Builder deposit(Money deposit) {
            this.deposit = deposit;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param balance  the balance written; leave unset when the field is blank
         * @return this builder
         */
        public Builder balance(Money balance) {
            this.balance = balance;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param alteration  an alteration found on the agreement, not null
         * @return this builder
         */
        public Builder alteration(AgreementAlteration alteration) {
            this.alterations.add(alteration);
            return this;
        }

        /**
         * Sets a field.
         *
         * @param address  the current mailing address as written
         * @return this builder
         */
        public Builder mailingAddress(String address) {
            this.mailingAddress = address;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param postcode  the postcode as written
         * @return this builder
         */
        public Builder postcode(String postcode) {
            this.postcode = postcode;
            return this;
        }

        /**
         * Sets a field.
         *
         * @param telephone  the telephone as written
         * @return this builder
         */
        public Builder telephone(String telephone) {
            this.telephone = telephone;
            return this;
        }

        /**
         * Builds the agreement.
         *
         * @return the agreement
         * @throws dev.kefu.core.validation.PolicyInputException listing every missing or malformed value
         */
        public SubscriptionAgreement build() {
            Violations v = Violations.create();
            FloorTexts.requireText(v, unit, "unit", SalesFloorRules.EST_12);
            if (v.requireNonNull(price, "price", SalesFloorRules.EST_12) && !price.isPositive()) {
                v.add("price", "positive", SalesFloorRules.CORE_MONEY_1);
            }
            if (v.requireNonNull(deposit, "deposit", SalesFloorRules.EST_12) && deposit.isNegative()) {
                FloorTexts.add(v, "deposit", "money.negative", SalesFloorRules.CORE_MONEY_1);
            }
            for (int i = 0; i < alterations.size(); i++) {
                AgreementAlteration a = alterations.get(i);
                if (v.requireNonNull(a, "alterations[" + i + "]", SalesFloorRules.EST_12)) {
                    FloorTexts.requireText(v, a.field(), "alterations[" + i + "].field", SalesFloorRules.EST_12);
                    v.requireNonNull(a.authorisation(), "alterations[" + i + "].authorisation", SalesFloorRules.EST_12);
                }
            }
            v.requireNonNull(mailingAddress, "mailingAddress", SalesFloorRules.EST_12);
            v.requireNonNull(postcode, "postcode", SalesFloorRules.EST_12);
            v.requireNonNull(telephone, "telephone", SalesFloorRules.EST_12);
            v.throwIfAny();
            return new SubscriptionAgreement(this);
        }
    }
}
