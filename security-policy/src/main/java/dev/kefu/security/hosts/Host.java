package dev.kefu.security.hosts;

import dev.kefu.core.id.EmployeeId;
import java.util.Map;
import java.util.Optional;

/**
 * A workstation or server as the host inventory knows it (SEC-1, SEC-10).
 *
 * @param name  the host name
 * @param owner  the employee the computer is assigned to, if it is personal
 * @param billing  whether the billing system runs on it
 * @param installed  installed software and its category, as the host's inventory classifies it
 *     (such as {@code GAME}, {@code CHAT}, {@code OFFICE})
 */
public record Host(String name, Optional<EmployeeId> owner, boolean billing, Map<String, String> installed) {
}
