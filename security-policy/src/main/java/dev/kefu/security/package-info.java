/**
 * Information security (信息安全), rules SEC-1 … SEC-11: password hashing and history
 * ({@code password}), rotation and administrator handover ({@code rotation}), account hygiene
 * ({@code accounts}), login-log review and the intrusion register ({@code login}), and
 * customer-data access ({@code access}).
 */
package dev.kefu.security;
