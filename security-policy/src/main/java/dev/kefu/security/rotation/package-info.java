/** Password rotation by role (SEC-3) and administrator handover (SEC-5). */
package dev.kefu.security.rotation;
