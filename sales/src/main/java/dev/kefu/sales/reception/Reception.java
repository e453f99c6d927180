package dev.kefu.sales.reception;

import dev.kefu.core.id.EmployeeId;
import java.util.Optional;

/**
 * Who received a visitor, how, and the rotation afterwards.
 *
 * @param receiver  the rep who receives; empty when nobody is available
 * @param kind  how the visitor was received; empty when nobody is available
 * @param rotation  the rotation after this reception (unchanged when nobody was available)
 */
public record Reception(Optional<EmployeeId> receiver, Optional<ReceptionKind> kind, ReceptionRotation rotation) {
}
