/** Account hygiene (SEC-4). */
package dev.kefu.security.accounts;
