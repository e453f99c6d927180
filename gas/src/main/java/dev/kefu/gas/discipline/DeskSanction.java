package dev.kefu.gas.discipline;

import dev.kefu.core.discipline.Sanction;
import java.util.Optional;

/**
 * The sanction of a desk offence, in core's vocabulary.
 *
 * @param offence  the offence
 * @param source  own sanction, APR-6's ladder, or not yet verified
 * @param sanction  the sanction when {@code source} is {@link SanctionSource#OWN}
 */
public record DeskSanction(DeskOffence offence, SanctionSource source, Optional<Sanction> sanction) {
}
