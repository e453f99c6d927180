package dev.kefu.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of kefu's domain values: builders accept whatever they are given, and
 * the value's {@code @Value.Check} runs Jakarta Validation through
 * {@link dev.kefu.core.validation.PolicyValidator}, so a missing or malformed attribute fails
 * with one {@link dev.kefu.core.validation.PolicyInputException} listing every violation,
 * never with a {@code NullPointerException} naming only the first.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(validationMethod = Value.Style.ValidationMethod.NONE, jdkOnly = true, redactedMask = "****")
public @interface KefuStyle {
}
