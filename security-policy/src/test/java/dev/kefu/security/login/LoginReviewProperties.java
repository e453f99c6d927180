package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LoginReviewProperties {

    @Provide
    Arbitrary<List<LoginEvent>> logs() {
        Arbitrary<LoginEvent> step = Combinators.combine(Arbitraries.integers().between(1, 120), Arbitraries.of("alice", "bob", "root", "gone", "sleepy", "x1", "x2"),
                Arbitraries.of("1.1.1.1", "6.6.6.6", "10.0.0.5"), Arbitraries.of(true, false, false))
                .as((gap, acct, src, ok) -> new LoginEvent(Instant.ofEpochSecond(gap), AccountId.of(acct), "h", src, ok, "p"));
        return step.list().ofMaxSize(120).map(list -> {
            List<LoginEvent> out = new ArrayList<>();
            Instant t = Instant.parse("2025-06-10T00:00:00Z");
            for (LoginEvent e : list) {
                t = t.plusSeconds(e.at().getEpochSecond());
                out.add(new LoginEvent(t, e.account(), e.host(), e.source(), e.success(), e.method()));
            }
            return out;
        });
    }

    @Property
    @Label("SEC-2 SEC-7 the reviewer finds the same incidents whether events come in one (unordered) batch or one by one")
    void batch_equals_stream(@ForAll("logs") List<LoginEvent> log, @ForAll long seed) {
        Optional<BusinessCalendar> cal = Optional.of(BusinessCalendar.chinaOfficial());
        List<LoginEvent> shuffled = new ArrayList<>(log);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        List<Incident> batch = LoginReviewer.review(ReviewSettings.suggested(java.util.Set.of()), Directory.standard(), cal, shuffled);
        List<Incident> streamed = new ArrayList<>();
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(java.util.Set.of()), Directory.standard(), cal, streamed::add);
        for (LoginEvent e : log) {
            r.accept(e); // one event at a time, as a long-lived reviewer tailing the log sees them
        }
        assertThat(streamed).isEqualTo(batch);
    }
}
