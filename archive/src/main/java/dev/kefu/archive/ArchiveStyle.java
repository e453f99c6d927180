package dev.kefu.archive;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the archive's values: kefu's style ({@link dev.kefu.core.KefuStyle}:
 * builders accept what they are given and {@code build()} reports every problem as one
 * {@link dev.kefu.core.validation.PolicyInputException}), and an optional attribute's setter
 * given {@code null} leaves it empty instead of throwing a {@code NullPointerException}
 * (bad-input findings #118–#120).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(validationMethod = Value.Style.ValidationMethod.NONE, jdkOnly = true, redactedMask = "****", optionalAcceptNullable = true)
@interface ArchiveStyle {
}
