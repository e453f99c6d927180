package dev.kefu.benchmarks;

import dev.kefu.core.decision.Decision;
import dev.kefu.security.password.AccountClass;
import dev.kefu.security.password.PasswordCheck;
import dev.kefu.security.password.PasswordContext;
import dev.kefu.security.password.PasswordPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A hostile 1 MB password (SEC-3, issue "security hardening"): a square-free sequence that made the
 * earlier repeated-block check quadratic. {@code PasswordPolicy.check} must answer in linear time,
 * refusing it as too long.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HostilePasswordBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HostilePasswordBenchmark {

    private PasswordPolicy policy;
    private PasswordContext context;
    private char[] hostile;

    @Setup(Level.Trial)
    public void setUp() {
        policy = PasswordPolicy.regulation();
        context = PasswordContext.account("zhangsan");
        // the Thue–Morse-derived square-free ternary word over 'a', 'b', 'c'
        hostile = new char[1 << 20];
        for (int i = 0; i < hostile.length; i++) {
            int t = Integer.bitCount(i + 1) - Integer.bitCount(i);
            hostile[i] = t == 1 ? 'a' : t == 0 ? 'b' : 'c';
        }
    }

    @Benchmark
    public Decision<PasswordCheck> oneMegabyte() {
        return policy.check(hostile.clone(), AccountClass.IMPORTANT, context);
    }
}
