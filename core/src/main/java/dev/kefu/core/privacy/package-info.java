/**
 * Personal data that never leaks: typed values (mobile number, ID-card number, e-mail
 * address, personal name) whose {@code toString} is masked, validated without echoing the
 * input, and the {@link dev.kefu.core.privacy.Masking} functions behind them.
 */
package dev.kefu.core.privacy;
