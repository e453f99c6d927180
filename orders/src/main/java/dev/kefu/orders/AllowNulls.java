package dev.kefu.orders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a collection attribute whose builder accepts {@code null} elements, so that the value's
 * check can report them as a {@link dev.kefu.core.validation.PolicyInputException} rather than the
 * builder throwing a {@code NullPointerException}. Immutables recognises it by its simple name.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {
}
