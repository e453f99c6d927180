package dev.kefu.security.hosts;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import java.util.Map;
import java.util.Optional;

/**
 * A workstation or server as the host inventory knows it (SEC-1, SEC-10). The inventory map is copied.
 *
 * @param name  the host name
 * @param owner  the employee the computer is assigned to, if it is personal
 * @param billing  whether the billing system (营业收费系统) runs on it
 * @param installed  installed software and its category, as the host's inventory classifies it
 *     (such as {@code GAME}, {@code CHAT}, {@code OFFICE})
 */
public record Host(String name, Optional<EmployeeId> owner, boolean billing, Map<String, String> installed) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
    public Host {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-10");
        v.requireNonNull(name, "host.name", rule);
        v.requireNonNull(owner, "host.owner", rule);
        if (SecurityInputs.nullOrHasNull(installed)) {
            v.add("host.installed", "required", rule);
        }
        v.throwIfAny();
        installed = Map.copyOf(installed);
    }
}
