/** Password storage and history (SEC-3, SEC-4). */
package dev.kefu.security.password;
