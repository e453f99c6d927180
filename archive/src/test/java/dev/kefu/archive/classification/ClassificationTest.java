package dev.kefu.archive.classification;

import static dev.kefu.archive.Fixtures.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.CustomerArchive;
import dev.kefu.core.decision.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    @DisplayName("ARC-4 customers are classified by industry, nature, region and type")
    void standard_dimensions() {
        Decision<Map<String, String>> d = Classifiers.classify(archive("C1").build(), Classifiers.regulation());
        assertThat(d.outcome()).containsExactly(Map.entry("industry", "food retail"), Map.entry("nature", "private"),
                Map.entry("region", "East"), Map.entry("customerType", "TENANT"));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("ARC-4");
        assertThat(d.reasons()).hasSize(1);
    }

    @Test
    @DisplayName("ARC-4 hosts add their own classifiers; unknown dimensions are reported, not guessed")
    void host_classifier() {
        CustomerClassifier erpGroup = Classifiers.of("erpGroup", a -> Optional.of(a.customerId().value().startsWith("C") ? "retail" : "other"));
        CustomerArchive noRegion = archive("C9").region(Optional.empty()).build();
        Decision<Map<String, String>> d = Classifiers.classify(noRegion, Classifiers.byRegion(), erpGroup);
        assertThat(d.outcome()).containsExactly(Map.entry("erpGroup", "retail"));
        assertThat(d.explain(Locale.ENGLISH)).contains("the archive does not say: region");
        assertThat(erpGroup.dimension()).isEqualTo("erpGroup");
        assertThat(erpGroup.toString()).contains("erpGroup");
    }

    @Test
    @DisplayName("ARC-4 repeated dimensions and bad classifiers are refused")
    void refusals() {
        assertThatThrownBy(() -> Classifiers.classify(archive("C1").build(), Classifiers.byRegion(), Classifiers.byRegion()))
                .hasMessageContaining("classifiers[1]");
        CustomerClassifier never = Classifiers.of("x", a -> Optional.empty());
        assertThatThrownBy(() -> Classifiers.classify(archive("C1").build(), never, never)).hasMessageContaining("classifiers[1]");
        assertThatThrownBy(() -> Classifiers.of(" ", null)).hasMessageContaining("dimension").hasMessageContaining("function");
        assertThatThrownBy(() -> Classifiers.classify(null, (List<CustomerClassifier>) null)).hasMessageContaining("archive");
    }
}
