/**
 * One way to reject malformed input: {@link dev.kefu.core.validation.PolicyInputException},
 * listing every violation with its path, a zh-CN and English message, and the rule ID.
 * Value types carry Jakarta Validation annotations, checked by
 * {@link dev.kefu.core.validation.PolicyValidator} (Hibernate Validator, no Expression
 * Language needed) at the library's entry points.
 */
package dev.kefu.core.validation;
