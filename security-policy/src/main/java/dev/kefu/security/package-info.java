/**
 * Information security (信息安全), rules SEC-1 … SEC-16: password reading, hashing and history
 * ({@code password}), rotation and administrator handover ({@code rotation}), account hygiene
 * ({@code accounts}), login-log review, scan detection and the intrusion register
 * ({@code login}), customer-data access and privacy notices ({@code access}), the machine room
 * ({@code machineroom}), host rules ({@code hosts}) and recorded periodic duties and response
 * deadlines ({@code duties}).
 */
package dev.kefu.security;
