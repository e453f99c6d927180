package dev.kefu.gas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the gas module's values: the generated implementation is
 * package-private, callers write {@code X.builder()}; builders accept whatever they are given
 * and the value's {@code @Value.Check} reports every problem at once as one
 * {@link dev.kefu.core.validation.PolicyInputException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        redactedMask = "****")
public @interface GasStyle {
}
