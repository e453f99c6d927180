package dev.kefu.benchmarks;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.AccountId;
import dev.kefu.security.login.AccountDirectory;
import dev.kefu.security.login.LoginEvent;
import dev.kefu.security.login.LoginReviewer;
import dev.kefu.security.login.ReviewSettings;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Login events reviewed per second on one thread (SEC-2, SEC-7): 1,000,000 events over a week
 * across 5,000 accounts and 2,000 sources, 20% failures, a few privileged accounts, with the
 * working-hours check against the official calendar on.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LoginReviewBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class LoginReviewBenchmark {

    private static final int N = 1_000_000;

    private LoginEvent[] events;
    private AccountDirectory directory;
    private long incidents;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(21);
        AccountId[] accounts = new AccountId[5_000];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = AccountId.of("acct" + a);
        }
        String[] sources = new String[2_000];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = "10." + (s / 250) + "." + (s % 250) + ".1";
        }
        events = new LoginEvent[N];
        Instant t = Instant.parse("2025-06-09T00:00:00Z");
        for (int k = 0; k < N; k++) {
            t = t.plusMillis(random.nextInt(1200));
            events[k] = new LoginEvent(t, accounts[random.nextInt(accounts.length)], "host", sources[random.nextInt(sources.length)],
                    random.nextInt(5) != 0, "password");
        }
        Set<AccountId> privileged = Set.of(accounts[0], accounts[1], accounts[2]);
        directory = new AccountDirectory() {
            @Override
            public Status status(AccountId account) {
                return Status.ACTIVE;
            }

            @Override
            public boolean privileged(AccountId account) {
                return privileged.contains(account);
            }

            @Override
            public Set<String> knownSources(AccountId account) {
                return Set.of();
            }
        };
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long review() {
        incidents = 0;
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(java.util.Set.of()), directory, Optional.of(BusinessCalendar.chinaOfficial()),
                i -> incidents++);
        for (LoginEvent e : events) {
            r.accept(e);
        }
        return incidents;
    }
}
