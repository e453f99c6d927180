/** Login-log review (SEC-2, SEC-7), the weekly-review check (SEC-2) and the intrusion register (SEC-8). */
package dev.kefu.security.login;
