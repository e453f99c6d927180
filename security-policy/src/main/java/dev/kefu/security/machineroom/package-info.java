/** The machine-room audit (SEC-9, SEC-1) and prohibitions (SEC-16). */
package dev.kefu.security.machineroom;
