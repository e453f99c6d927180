/**
 * Information security (信息安全), rules SEC-1 … SEC-11: password hashing and history
 * ({@code password}), rotation and administrator handover ({@code rotation}), account hygiene
 * ({@code accounts}), login-log review and the intrusion register ({@code login}),
 * customer-data access ({@code access}), the machine room ({@code machineroom}) and host rules
 * ({@code hosts}).
 */
package dev.kefu.security;
