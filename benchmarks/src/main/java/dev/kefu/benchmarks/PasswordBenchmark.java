package dev.kefu.benchmarks;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.kefu.core.decision.Decision;
import dev.kefu.security.password.AccountClass;
import dev.kefu.security.password.PasswordCheck;
import dev.kefu.security.password.PasswordContext;
import dev.kefu.security.password.PasswordPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.scoring.Result;
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
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * Password checks per second (SEC-3), in the same run: kefu's {@code PasswordPolicy}; Passay
 * 1.6.6 with the closest equivalent rule set (length 9+, alphabetical, numerical and QWERTY
 * sequences of 4, repeats of 3, the user name forwards and backwards, the same common-password
 * dictionary); and, for the record, the two pattern-detecting estimators considered for the
 * detector — zxcvbn4j 1.9.0 and nbvcxz 1.5.1 — which do more (guess-count estimates over
 * their own large dictionaries) and are not equivalent rule sets.
 *
 * <p>Passwords: 1,024 generated ones mixing random strings, common words with digits,
 * sequences, keyboard walks and the account name.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PasswordBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PasswordBenchmark {

    private static final int MASK = 1023;

    private final String[] passwords = new String[MASK + 1];
    private final char[][] chars = new char[MASK + 1][];
    private PasswordPolicy kefu;
    private PasswordValidator passay;
    private Zxcvbn zxcvbn;
    private Nbvcxz nbvcxz;
    private final PasswordContext context = PasswordContext.account("zhangsan");
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        kefu = PasswordPolicy.regulation();
        String[] words = common().toArray(new String[0]);
        passay = new PasswordValidator(new LengthRule(9, 128),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 4, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 4, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 4, false),
                new RepeatCharacterRegexRule(3),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(words, false, new ArraysSort()))));
        zxcvbn = new Zxcvbn();
        nbvcxz = new Nbvcxz();
        SplittableRandom random = new SplittableRandom(9);
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%&*";
        String[] fragments = {"password", "sunshine", "qwerty", "abcd", "4321", "zhangsan", "woaini", "asdf", "2024", "1988"};
        for (int k = 0; k <= MASK; k++) {
            StringBuilder sb = new StringBuilder();
            if (k % 2 == 0) {
                int len = 8 + random.nextInt(8);
                for (int c = 0; c < len; c++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                sb.append(fragments[random.nextInt(fragments.length)]).append(random.nextInt(1000))
                        .append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            passwords[k] = sb.toString();
            chars[k] = passwords[k].toCharArray();
        }
    }

    private static List<String> common() {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] sorted = out.toArray(new String[0]);
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        return Arrays.asList(sorted);
    }

    private int next() {
        i = (i + 1) & MASK;
        return i;
    }

    @Benchmark
    public Decision<PasswordCheck> kefu() {
        return kefu.check(chars[next()], AccountClass.IMPORTANT, context);
    }

    @Benchmark
    public RuleResult passay() {
        return passay.validate(new PasswordData("zhangsan", passwords[next()]));
    }

    @Benchmark
    public Strength zxcvbn4j() {
        return zxcvbn.measure(passwords[next()], List.of("zhangsan"));
    }

    @Benchmark
    public Result nbvcxz() {
        return nbvcxz.estimate(passwords[next()]);
    }
}
