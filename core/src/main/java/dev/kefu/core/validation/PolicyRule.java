package dev.kefu.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the catalogue rule behind a constrained property, so that a
 * {@link Violation} of its constraints carries the rule ID. Put it on the accessor (or
 * field) that carries the Jakarta Validation constraints, or on the type for all its
 * properties:
 * <pre>{@code
 * @PolicyRule("APR-3") @DecimalMax("100") BigDecimal supervisorWeight();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PolicyRule {

    /** The rule ID, such as {@code "APR-3"}. */
    String value();
}
