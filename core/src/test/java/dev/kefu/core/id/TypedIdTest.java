package dev.kefu.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypedIdTest {

    @Test
    @DisplayName("typed ids keep the host's key and compare by value")
    void keeps_key() {
        assertThat(CustomerId.of("C-001").value()).isEqualTo("C-001");
        assertThat(CustomerId.of("C-001")).isEqualTo(new CustomerId("C-001")).hasToString("C-001");
        assertThat(EmployeeId.of("E1")).isLessThan(EmployeeId.of("E2"));
        assertThat(DepartmentId.of("D")).isNotEqualTo(CustomerId.of("D"));
        assertThat(ComplaintId.of("X").value()).isEqualTo("X");
        assertThat(AccountId.of("root").value()).isEqualTo("root");
        assertThat(ProductId.of("P").value()).isEqualTo("P");
    }

    @Test
    @DisplayName("blank, null or over-long ids are refused, naming the kind")
    void refuses_blank() {
        assertThatThrownBy(() -> CustomerId.of(" ")).isInstanceOf(PolicyInputException.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> EmployeeId.of(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("employeeId");
        assertThatThrownBy(() -> DepartmentId.of("x".repeat(129))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("128");
    }
}
