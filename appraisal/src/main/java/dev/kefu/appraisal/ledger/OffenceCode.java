package dev.kefu.appraisal.ledger;

import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;

/**
 * The penalty schedule (APR-8, S3 §9), yuan per occurrence, with stable codes. Labels for
 * explanations are in the module bundle ({@link dev.kefu.appraisal.Labels}).
 */
public enum OffenceCode {
    // Office
    /** Games or unrelated websites: 10. */
    GAMES_OR_UNRELATED_WEBSITES(10),
    /** Newspapers, chatting or unrelated work: 10. */
    NEWSPAPERS_OR_CHATTING(10),
    /** Passing documents without the standard form: 5. */
    DOCUMENTS_WITHOUT_FORM(5),
    /** Bringing outsiders into the office: 10. */
    OUTSIDERS_IN_OFFICE(10),
    /** Other uncivil behaviour (slamming mouse or keyboard): 10. */
    UNCIVIL_BEHAVIOUR(10),
    // Appearance and manners
    /** Unsuitable clothes or flashy jewellery: 10. */
    UNSUITABLE_CLOTHES(10),
    /** Heavy make-up or coloured nail polish: 10. */
    HEAVY_MAKE_UP(10),
    /** Messy or oddly dyed hair: 20. */
    MESSY_HAIR(20),
    /** Other appearance breaches: 20. */
    OTHER_APPEARANCE(20),
    /** Receiving visitors without uniform: 50. */
    NO_UNIFORM_WITH_VISITORS(50),
    /** Shouting, quarrelling, insulting or fighting in the office: 50. */
    QUARRELLING_IN_OFFICE(50),
    /** Running, lying down, leaning, squatting, hugging: 10. */
    IMPROPER_POSTURE(10),
    /** Other reception breaches: 10. */
    OTHER_RECEPTION(10),
    // Telephone
    /** Service phone not answered within three rings: 20. */
    PHONE_NOT_ANSWERED_IN_THREE_RINGS(20),
    /** Chatting on or hogging the phone: 30. */
    HOGGING_PHONE(30),
    /** Non-standard wording or tone on phone, QQ or MSN: 20. */
    NON_STANDARD_WORDING(20),
    /** Other phone breaches: 20. */
    OTHER_PHONE(20),
    /** Leaking company secrets: the month's salary withheld, expulsion (开除), public notice. */
    LEAKING_COMPANY_SECRETS(0),
    /** Leaking customer data: the month's salary withheld, expulsion (开除), public notice. */
    LEAKING_CUSTOMER_DATA(0),
    // Computers
    /** Letting someone else use your computer: 30. */
    LENDING_COMPUTER(30),
    /** Downloading unrelated software: 50. */
    UNRELATED_SOFTWARE(50),
    /** A virus caught through unrelated use: 100 and a company-wide notice. */
    VIRUS_FROM_UNRELATED_USE(100),
    /** Deliberately damaging a computer: expulsion (开除) and notice. */
    DAMAGING_COMPUTER(0),
    // Agreements
    /** Scribbling on an agreement: 20. */
    SCRIBBLED_AGREEMENT(20),
    /** Incomplete signature: 20. */
    INCOMPLETE_SIGNATURE(20),
    /** Wrongly signed: 30. */
    WRONGLY_SIGNED(30),
    /** Not returned and lost: 10. */
    AGREEMENT_LOST(10);

    private final long yuan;

    OffenceCode(long yuan) {
        this.yuan = yuan;
    }

    /**
     * Whether the item ends the employment (expulsion, 开除), which a first-offence warning
     * never softens (APR-9, "Definitions and precedence": APR-8's leak and computer-damage
     * items are expulsion).
     */
    public boolean endsEmployment() {
        return this == LEAKING_COMPANY_SECRETS || this == LEAKING_CUSTOMER_DATA || this == DAMAGING_COMPUTER;
    }

    /**
     * Whether this is a dismissal offence.
     *
     * @deprecated the catalogue calls these items expulsion (开除); use {@link #endsEmployment()}
     */
    @Deprecated
    public boolean isDismissalOffence() {
        return endsEmployment();
    }

    /** The schedule's fine in yuan; zero for the items that end the employment. */
    public long yuan() {
        return yuan;
    }

    /** The schedule's sanction for an occurrence (APR-8). */
    public Sanction sanction() {
        switch (this) {
            case LEAKING_COMPANY_SECRETS:
            case LEAKING_CUSTOMER_DATA:
                return Sanction.of(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.MONTH_SALARY),
                        new SanctionMeasure.Expulsion(false), new SanctionMeasure.CompanyWideNotice());
            case DAMAGING_COMPUTER:
                return Sanction.of(new SanctionMeasure.Expulsion(false), new SanctionMeasure.CompanyWideNotice());
            case VIRUS_FROM_UNRELATED_USE:
                return Sanction.of(new SanctionMeasure.Fine(Money.yuan(yuan)), new SanctionMeasure.CompanyWideNotice());
            default:
                return Sanction.of(new SanctionMeasure.Fine(Money.yuan(yuan)));
        }
    }
}
