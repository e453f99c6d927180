package dev.kefu.core.discipline;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.Locale;
import java.util.Objects;

/**
 * One measure of a sanction, in the vocabulary the regulations use (S0 §7.3, S1 part 11 §7,
 * S1 part 8, S3 §9). A {@link Sanction} combines several: CMP-12's tier 2 is a fine, a
 * deduction of appraisal points and a company-wide notice.
 *
 * <p>Implementation Requirements: every measure is an immutable, thread-safe value.
 */
public sealed interface SanctionMeasure {

    /** The measure in words, in the caller's language. */
    String describe(Locale locale);

    /** How the warning is given. */
    enum WarningForm {
        /** 口头警告. */
        ORAL,
        /** 书面警告. */
        WRITTEN
    }

    /** What pay is withheld. */
    enum PayComponent {
        /** The day's base pay (当日底薪), ATT-2. */
        DAY_BASE_PAY,
        /** The month's base pay (当月底薪), ATT-2 in serious cases. */
        MONTH_BASE_PAY,
        /** The month's performance pay (当月绩效工资), CMP-12 tier 4. */
        MONTH_PERFORMANCE_PAY,
        /** The month's salary (当月工资), APR-8 for leaking secrets or customer data. */
        MONTH_SALARY
    }

    /** An oral or written warning (警告), APR-6 and APR-9. */
    record Warning(WarningForm form) implements SanctionMeasure {
        /** @param form  oral or written, not null */
        public Warning {
            Violations.nonNull(form, "form", null);
        }

        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.warning." + form.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A fine (罚款) of a positive amount. */
    record Fine(Money amount) implements SanctionMeasure {
        /** @param amount  the fine, above zero */
        public Fine {
            Violations v = Violations.create();
            if (v.requireNonNull(amount, "amount", Texts.MONEY) && !amount.isPositive()) {
                v.add("amount", "positive", Texts.MONEY);
            }
            v.throwIfAny();
        }

        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.fine", amount);
        }
    }

    /** A deduction of monthly appraisal points (扣考核分), CMP-12 tiers 2 and 3. */
    record PointDeduction(int points) implements SanctionMeasure {
        /** @param points  the points deducted, above zero */
        public PointDeduction {
            if (points <= 0) {
                Violations.create().add("points", "positive", null).throwIfAny();
            }
        }

        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.points", points);
        }
    }

    /** A formal reprimand (申诫), CMP-12 tier 3. */
    record Reprimand() implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.reprimand");
        }
    }

    /** A major demerit (记大过), CMP-12 tier 4. */
    record MajorDemerit() implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.majorDemerit");
        }
    }

    /** Pay withheld (扣发): a day's or month's base pay, performance pay or salary. */
    record PayWithheld(PayComponent component) implements SanctionMeasure {
        /** @param component  what is withheld, not null */
        public PayWithheld {
            Violations.nonNull(component, "component", null);
        }

        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.pay." + component.name());
        }
    }

    /** A share of the month's bonus withheld (扣发当月奖金), such as ATT-2's 50%. */
    record BonusShareWithheld(Share share) implements SanctionMeasure {
        /** @param share  the share withheld, above 0% */
        public BonusShareWithheld {
            Violations v = Violations.create();
            if (v.requireNonNull(share, "share", Texts.MONEY) && share.isZero()) {
                v.add("share", "positive", Texts.MONEY);
            }
            v.throwIfAny();
        }

        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.bonusShare", share);
        }
    }

    /** A transfer to another post (调岗), APR-6 for repeated breaches. */
    record Transfer() implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.transfer");
        }
    }

    /**
     * Dismissal (辞退): the employment is ended by notice. Distinct from {@link Expulsion}
     * (开除), as the catalogue's "Definitions and precedence" settles: EST-2 is dismissal;
     * CMP-12 tier 5 is dismissal or expulsion, chosen per case.
     *
     * @param withLiability  whether the employee also bears economic and legal liability
     */
    record Dismissal(boolean withLiability) implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, withLiability ? "measure.dismissal.liability" : "measure.dismissal");
        }
    }

    /**
     * Expulsion (开除): the disciplinary removal of an employee, distinct from
     * {@link Dismissal} (辞退) ("Definitions and precedence"): APR-8's leak and
     * computer-damage items and EST-9 are expulsion; CMP-12 tier 5 may be either.
     *
     * @param withLiability  whether the employee also bears economic and legal liability
     */
    record Expulsion(boolean withLiability) implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, withLiability ? "measure.expulsion.liability" : "measure.expulsion");
        }
    }

    /** A company-wide notice (全公司通报). */
    record CompanyWideNotice() implements SanctionMeasure {
        @Override
        public String describe(Locale locale) {
            return Texts.BUNDLE.format(locale, "measure.notice");
        }
    }
}

/** Shared texts of the discipline vocabulary. */
final class Texts {
    static final MessageBundle BUNDLE = MessageBundle.beside(Texts.class, "messages");
    static final RuleId MONEY = RuleId.of("CORE-MONEY-1");

    private Texts() {
    }
}
