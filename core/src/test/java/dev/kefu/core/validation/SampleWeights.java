package dev.kefu.core.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** A value type shaped like kefu's own: an Immutables interface with accessor-style constraints. */
@Value.Immutable
@PolicyRule("APR-3")
interface SampleWeights {

    @PolicyRule("CORE-MONEY-1")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal supervisor();

    @NotNull
    @DecimalMax(value = "100", inclusive = false)
    BigDecimal customers();

    @NotBlank
    @Size(max = 5)
    String secret();
}
