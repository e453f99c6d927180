/** The machine-room audit (SEC-9, SEC-1). */
package dev.kefu.security.machineroom;
