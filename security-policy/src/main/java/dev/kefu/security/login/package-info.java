/** Login-log review and scan detection (SEC-2, SEC-6, SEC-7), the weekly-review check (SEC-2) and the tamper-evident intrusion register (SEC-8). */
package dev.kefu.security.login;
