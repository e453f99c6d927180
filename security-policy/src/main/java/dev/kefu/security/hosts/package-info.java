/** Host rules: screen lock of unattended hosts (SEC-1), billing hosts and personal computers (SEC-10). */
package dev.kefu.security.hosts;
