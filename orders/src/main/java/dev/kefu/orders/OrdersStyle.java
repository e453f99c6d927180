package dev.kefu.orders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the orders module: implementations are package-private behind each
 * value's {@code X.builder()}; builders accept whatever they are given and the value's check
 * reports every problem at once as a {@link dev.kefu.core.validation.PolicyInputException}: an
 * optional attribute given {@code null} is empty, and a collection given {@code null} or a
 * {@code null} element is reported by the value's check, never as a {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE, optionalAcceptNullable = true, jdkOnly = true,
        redactedMask = "****")
public @interface OrdersStyle {
}
