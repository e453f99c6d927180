package dev.kefu.orders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute whose builder accepts {@code null}, so that the value's check can report a
 * missing value as a {@link dev.kefu.core.validation.PolicyInputException}. A built value never
 * returns {@code null} from such an attribute. Immutables recognises it by its simple name.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface Nullable {
}
