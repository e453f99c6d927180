/**
 * kefu security-policy module (rules SEC-1 … SEC-11). Filled by its own issue; for now it
 * holds no public types.
 */
package dev.kefu.security;
