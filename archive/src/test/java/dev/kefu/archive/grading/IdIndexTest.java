package dev.kefu.archive.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.CustomerId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    @DisplayName("ARC-5 the grade book index finds every id, misses absent ones and reports repeats")
    void index() {
        CustomerId[] ids = new CustomerId[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = CustomerId.of("C" + i);
        }
        ids[4000] = CustomerId.of("C17");
        List<Integer> repeats = new ArrayList<>();
        IdIndex index = IdIndex.of(ids, repeats::add);
        assertThat(repeats).containsExactly(4000);
        for (int i = 0; i < ids.length; i++) {
            if (i != 4000) {
                assertThat(index.indexOf(ids[i])).isEqualTo(i);
            }
        }
        assertThat(index.indexOf(CustomerId.of("C4000"))).isEqualTo(-1);
        assertThat(index.indexOf(CustomerId.of("nobody"))).isEqualTo(-1);
        assertThat(IdIndex.of(new CustomerId[0], i -> { }).indexOf(CustomerId.of("x"))).isEqualTo(-1);
        assertThat(index.toString()).contains("5000 ids");
    }
}
