/**
 * Typed identifiers used across modules; each wraps the host's own key.
 */
package dev.kefu.core.id;
