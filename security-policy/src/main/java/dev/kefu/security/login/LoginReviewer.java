package dev.kefu.security.login;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A streaming review of host login logs and connection logs (SEC-2, SEC-6, SEC-7; findings feed
 * SEC-8). Feed events in time order with {@link #accept(LoginEvent)} and
 * {@link #acceptConnection(ConnectionAttempt)}; incidents go to the consumer as they are found:
 * <ul>
 *   <li>{@code REPEATED_FAILURES} — an account fails {@code failuresPerAccount} times within the window;</li>
 *   <li>{@code PASSWORD_SPRAYING} — one source fails on {@code accountsPerSource} accounts within the window;</li>
 *   <li>{@code DEVICE_PASSWORD_GUESSING} — one source fails {@code failuresPerDevice} times on one device
 *       (a host in {@code devices}), whatever the accounts, within the window;</li>
 *   <li>{@code PORT_SCAN} — one source probes {@code portsPerSource} distinct (host, port) pairs within the
 *       window (the incident's account is the last host probed, its source the scanner);</li>
 *   <li>{@code SUCCESS_AFTER_FAILURES} — a success on an account with {@code burstBeforeSuccess}
 *       failures within the window just before it;</li>
 *   <li>{@code OUTSIDE_WORKING_HOURS} — a success outside the calendar's working hours (when a
 *       calendar is given; a date the calendar does not cover is a {@code CalendarCoverageException},
 *       and the event is not consumed);</li>
 *   <li>{@code DISABLED_OR_DEPARTED_ACCOUNT}, {@code DORMANT_ACCOUNT} — a success on such an account;</li>
 *   <li>{@code PRIVILEGED_NEW_SOURCE} — a privileged account succeeds from a source it was never seen at.</li>
 * </ul>
 * After raising a guessing, spraying or scanning incident the count starts again, so one burst
 * raises one incident. Memory is bounded by the window; the sources learnt for privileged
 * accounts grow with distinct (account, source) pairs only.
 *
 * <p><b>State and restore.</b> {@link #state()} is a plain value of what the reviewer remembers;
 * {@link #restore} rebuilds a reviewer from it, refusing a tampered or inconsistent state with a
 * {@code PolicyInputException}. A log reviewed in two halves across a restart finds exactly the
 * incidents of one pass.
 *
 * <p>Implementation Requirements: not thread-safe: one reviewer per log stream.
 */
public final class LoginReviewer {

    static final RuleId SEC_2 = RuleId.of("SEC-2");
    static final RuleId SEC_7 = RuleId.of("SEC-7");

    private final ReviewSettings settings;
    private final AccountDirectory directory;
    private final BusinessCalendar calendar;
    private final Consumer<Incident> sink;
    private final Duration window;

    private final Map<AccountId, ArrayDeque<Instant>> failuresByAccount = new HashMap<>();
    private final Map<String, Map<AccountId, Instant>> failuresBySource = new HashMap<>();
    private final Map<AccountId, Set<String>> learntSources = new HashMap<>();
    private final Map<String, Map<String, ArrayDeque<Instant>>> failuresByDevice = new HashMap<>();
    private final Map<String, Map<String, Instant>> portsBySource = new HashMap<>();
    private Instant last = Instant.MIN;
    private long seen;

    private LoginReviewer(ReviewSettings settings, AccountDirectory directory, BusinessCalendar calendar, Consumer<Incident> sink) {
        this.settings = settings;
        this.directory = directory;
        this.calendar = calendar;
        this.sink = sink;
        this.window = settings.window();
    }

    /**
     * A reviewer.
     *
     * @param settings  the thresholds, not null
     * @param directory  the account directory, not null
     * @param calendar  the calendar whose working hours logins are checked against, empty to skip that check
     * @param sink  receives incidents as they are found, not null
     * @return the reviewer
     */
    public static LoginReviewer create(ReviewSettings settings, AccountDirectory directory, Optional<BusinessCalendar> calendar,
                                       Consumer<Incident> sink) {
        Violations v = Violations.create();
        requireParts(v, settings, directory, calendar);
        v.requireNonNull(sink, "sink", SEC_2);
        v.throwIfAny();
        return new LoginReviewer(settings, directory, calendar.orElse(null), sink);
    }

    private static void requireParts(Violations v, ReviewSettings settings, AccountDirectory directory, Optional<BusinessCalendar> calendar) {
        v.requireNonNull(settings, "settings", SEC_2);
        v.requireNonNull(directory, "directory", SEC_2);
        v.requireNonNull(calendar, "calendar", SEC_2);
    }

    /**
     * Reviews a whole batch — in any order: it is put in time order first (a stable sort, so
     * events of the same instant keep their order) — and returns the incidents, in the order
     * found. The result is the same as feeding the events one by one, in time order, to
     * {@link #accept}.
     *
     * @param settings  the thresholds
     * @param directory  the account directory
     * @param calendar  the calendar, or empty
     * @param events  the events, not null, no nulls
     * @return the incidents
     */
    public static List<Incident> review(ReviewSettings settings, AccountDirectory directory, Optional<BusinessCalendar> calendar,
                                        List<LoginEvent> events) {
        Violations v = Violations.create();
        requireParts(v, settings, directory, calendar);
        if (SecurityInputs.nullOrHasNull(events) || events.stream().anyMatch(e -> e.at() == null)) {
            v.add("events", "required", SEC_2);
        }
        v.throwIfAny();
        List<LoginEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparing(LoginEvent::at));
        List<Incident> out = new ArrayList<>();
        LoginReviewer r = create(settings, directory, calendar, out::add);
        for (LoginEvent e : ordered) {
            r.accept(e);
        }
        return out;
    }

    /**
     * Reviews one login event.
     *
     * @param e  the event, not null, not before the previous event
     * @throws dev.kefu.core.validation.PolicyInputException if malformed or out of time order
     */
    public void accept(LoginEvent e) {
        if (e == null || e.at() == null || e.account() == null || e.source() == null || e.host() == null || e.at().isBefore(last)) {
            Violations v = Violations.create();
            if (v.requireNonNull(e, "event", SEC_2)) {
                v.requireNonNull(e.at(), "event.at", SEC_2);
                v.requireNonNull(e.account(), "event.account", SEC_2);
                v.requireNonNull(e.source(), "event.source", SEC_2);
                v.requireNonNull(e.host(), "event.host", SEC_2);
                if (e.at() != null && e.at().isBefore(last)) {
                    v.add("event.at", SecurityMessages.BUNDLE, "review.order", SEC_2);
                }
            }
            v.throwIfAny();
        }
        boolean outside = e.success() && calendar != null && outsideWorkingHours(e.at()); // may refuse before any change
        step(e.at());
        if (e.success()) {
            success(e, outside);
        } else {
            failure(e);
        }
    }

    /**
     * Reviews one connection attempt (port-scan detection, SEC-7).
     *
     * @param a  the attempt, not null, not before the previous event
     * @throws dev.kefu.core.validation.PolicyInputException if null or out of time order
     */
    public void acceptConnection(ConnectionAttempt a) {
        Violations v = Violations.create();
        if (v.requireNonNull(a, "attempt", SEC_7) && a.at().isBefore(last)) {
            v.add("attempt.at", SecurityMessages.BUNDLE, "review.order", SEC_7);
        }
        v.throwIfAny();
        step(a.at());
        Map<String, Instant> ports = portsBySource.computeIfAbsent(a.source(), k -> new HashMap<>());
        ports.put(a.host() + ":" + a.port(), a.at());
        if (ports.size() >= settings.portsPerSource()) {
            Instant start = windowStart(a.at());
            ports.values().removeIf(t -> t.isBefore(start));
            if (ports.size() >= settings.portsPerSource()) {
                sink.accept(new Incident(IncidentKind.PORT_SCAN, a.at(), AccountId.of(a.host()), a.source(), ports.size()));
                ports.clear();
            }
        }
    }

    /** Whether a success falls outside working hours; a date the calendar cannot place is refused, never guessed. */
    private boolean outsideWorkingHours(Instant at) {
        try {
            return !calendar.isWorkingTime(at);
        } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
            Violations.create().add("event.at", SecurityMessages.BUNDLE, "review.range", SEC_2).throwIfAny();
            throw outOfRange;
        }
    }

    private void step(Instant at) {
        last = at;
        if (++seen % 4096 == 0) {
            sweep(at);
        }
    }

    private void failure(LoginEvent e) {
        ArrayDeque<Instant> q = failuresByAccount.computeIfAbsent(e.account(), k -> new ArrayDeque<>());
        expire(q, e.at());
        q.addLast(e.at());
        if (q.size() >= settings.failuresPerAccount()) {
            sink.accept(new Incident(IncidentKind.REPEATED_FAILURES, e.at(), e.account(), e.source(), q.size()));
            q.clear();
        }
        Map<AccountId, Instant> accounts = failuresBySource.computeIfAbsent(e.source(), k -> new HashMap<>());
        accounts.put(e.account(), e.at());
        if (accounts.size() >= settings.accountsPerSource()) {
            Instant start = windowStart(e.at());
            accounts.values().removeIf(t -> t.isBefore(start));
            if (accounts.size() >= settings.accountsPerSource()) {
                sink.accept(new Incident(IncidentKind.PASSWORD_SPRAYING, e.at(), e.account(), e.source(), accounts.size()));
                accounts.clear();
            }
        }
        if (settings.devices().contains(e.host())) {
            ArrayDeque<Instant> d = failuresByDevice.computeIfAbsent(e.source(), k -> new HashMap<>())
                    .computeIfAbsent(e.host(), k -> new ArrayDeque<>());
            expire(d, e.at());
            d.addLast(e.at());
            if (d.size() >= settings.failuresPerDevice()) {
                sink.accept(new Incident(IncidentKind.DEVICE_PASSWORD_GUESSING, e.at(), e.account(), e.source(), d.size()));
                d.clear();
            }
        }
    }

    private void success(LoginEvent e, boolean outside) {
        ArrayDeque<Instant> q = failuresByAccount.get(e.account());
        if (q != null) {
            expire(q, e.at());
            if (q.size() >= settings.burstBeforeSuccess()) {
                sink.accept(new Incident(IncidentKind.SUCCESS_AFTER_FAILURES, e.at(), e.account(), e.source(), q.size()));
            }
            failuresByAccount.remove(e.account());
        }
        if (outside) {
            sink.accept(new Incident(IncidentKind.OUTSIDE_WORKING_HOURS, e.at(), e.account(), e.source(), 1));
        }
        AccountDirectory.Status status = directory.status(e.account());
        if (status == AccountDirectory.Status.DISABLED || status == AccountDirectory.Status.DEPARTED) {
            sink.accept(new Incident(IncidentKind.DISABLED_OR_DEPARTED_ACCOUNT, e.at(), e.account(), e.source(), 1));
        } else if (status == AccountDirectory.Status.DORMANT) {
            sink.accept(new Incident(IncidentKind.DORMANT_ACCOUNT, e.at(), e.account(), e.source(), 1));
        }
        if (directory.privileged(e.account())) {
            Set<String> learnt = learntSources.computeIfAbsent(e.account(), k -> new HashSet<>());
            if (!learnt.contains(e.source()) && !directory.knownSources(e.account()).contains(e.source())) {
                sink.accept(new Incident(IncidentKind.PRIVILEGED_NEW_SOURCE, e.at(), e.account(), e.source(), 1));
            }
            learnt.add(e.source());
        }
    }

    /** The earliest instant still inside the window that ends at {@code now} (Instant.MIN near the start of time). */
    private Instant windowStart(Instant now) {
        if (now.getEpochSecond() - Instant.MIN.getEpochSecond() <= window.getSeconds() + 1) {
            return Instant.MIN;
        }
        return now.minus(window);
    }

    private void expire(ArrayDeque<Instant> q, Instant now) {
        Instant start = windowStart(now);
        while (!q.isEmpty() && q.peekFirst().isBefore(start)) {
            q.pollFirst();
        }
    }

    private void sweep(Instant now) {
        for (Iterator<ArrayDeque<Instant>> it = failuresByAccount.values().iterator(); it.hasNext(); ) {
            ArrayDeque<Instant> q = it.next();
            expire(q, now);
            if (q.isEmpty()) {
                it.remove();
            }
        }
        Instant start = windowStart(now);
        for (Iterator<Map<AccountId, Instant>> it = failuresBySource.values().iterator(); it.hasNext(); ) {
            Map<AccountId, Instant> m = it.next();
            m.values().removeIf(t -> t.isBefore(start));
            if (m.isEmpty()) {
                it.remove();
            }
        }
        for (Iterator<Map<String, ArrayDeque<Instant>>> it = failuresByDevice.values().iterator(); it.hasNext(); ) {
            Map<String, ArrayDeque<Instant>> m = it.next();
            m.values().removeIf(q -> {
                expire(q, now);
                return q.isEmpty();
            });
            if (m.isEmpty()) {
                it.remove();
            }
        }
        for (Iterator<Map<String, Instant>> it = portsBySource.values().iterator(); it.hasNext(); ) {
            Map<String, Instant> m = it.next();
            m.values().removeIf(t -> t.isBefore(start));
            if (m.isEmpty()) {
                it.remove();
            }
        }
    }

    /** How many accounts, sources and devices the reviewer holds failures for now: bounded by the window. */
    public int trackedKeys() {
        return failuresByAccount.size() + failuresBySource.size() + failuresByDevice.size() + portsBySource.size();
    }

    /**
     * What a reviewer remembers, as plain values a host can store (SEC-2, SEC-7).
     *
     * @param failuresByAccount  recent failure times per account, oldest first
     * @param failuresBySource  per source, the last failure time per account
     * @param learntSources  per privileged account, the sources it succeeded from
     * @param failuresByDevice  per source, per device, recent failure times, oldest first
     * @param portsBySource  per source, the last probe time per {@code host:port}
     * @param last  the time of the last event reviewed, empty before the first
     * @param seen  how many events were reviewed
     */
    public record State(Map<AccountId, List<Instant>> failuresByAccount, Map<String, Map<AccountId, Instant>> failuresBySource,
                        Map<AccountId, Set<String>> learntSources, Map<String, Map<String, List<Instant>>> failuresByDevice,
                        Map<String, Map<String, Instant>> portsBySource, Optional<Instant> last, long seen) {
    }

    /** The reviewer's state now, a deep immutable copy. */
    public State state() {
        Map<AccountId, List<Instant>> byAccount = new HashMap<>();
        failuresByAccount.forEach((k, q) -> byAccount.put(k, List.copyOf(q)));
        Map<String, Map<AccountId, Instant>> bySource = new HashMap<>();
        failuresBySource.forEach((k, m) -> bySource.put(k, Map.copyOf(m)));
        Map<AccountId, Set<String>> learnt = new HashMap<>();
        learntSources.forEach((k, s) -> learnt.put(k, Set.copyOf(s)));
        Map<String, Map<String, List<Instant>>> byDevice = new HashMap<>();
        failuresByDevice.forEach((k, m) -> {
            Map<String, List<Instant>> inner = new HashMap<>();
            m.forEach((h, q) -> inner.put(h, List.copyOf(q)));
            byDevice.put(k, Map.copyOf(inner));
        });
        Map<String, Map<String, Instant>> ports = new HashMap<>();
        portsBySource.forEach((k, m) -> ports.put(k, Map.copyOf(m)));
        return new State(Map.copyOf(byAccount), Map.copyOf(bySource), Map.copyOf(learnt), Map.copyOf(byDevice), Map.copyOf(ports),
                last.equals(Instant.MIN) ? Optional.empty() : Optional.of(last), seen);
    }

    /**
     * A reviewer that continues from a stored state.
     *
     * @param settings  the thresholds, not null
     * @param directory  the account directory, not null
     * @param calendar  the calendar, or empty
     * @param sink  receives incidents, not null
     * @param state  the stored state, not null
     * @return the reviewer
     * @throws dev.kefu.core.validation.PolicyInputException if the state is tampered or
     *     inconsistent: nulls, times after the last event or out of order, counts at or above a
     *     threshold (a real reviewer would have raised and cleared them), a negative count
     */
    public static LoginReviewer restore(ReviewSettings settings, AccountDirectory directory, Optional<BusinessCalendar> calendar,
                                        Consumer<Incident> sink, State state) {
        LoginReviewer r = create(settings, directory, calendar, sink);
        Violations v = Violations.create();
        if (!v.requireNonNull(state, "state", SEC_2) || !StateCheck.valid(state, settings)) {
            if (v.isEmpty()) {
                v.add("state", SecurityMessages.BUNDLE, "review.state", SEC_2);
            }
            v.throwIfAny();
        }
        state.failuresByAccount().forEach((k, l) -> r.failuresByAccount.put(k, new ArrayDeque<>(l)));
        state.failuresBySource().forEach((k, m) -> r.failuresBySource.put(k, new HashMap<>(m)));
        state.learntSources().forEach((k, s) -> r.learntSources.put(k, new HashSet<>(s)));
        state.failuresByDevice().forEach((k, m) -> {
            Map<String, ArrayDeque<Instant>> inner = new HashMap<>();
            m.forEach((h, l) -> inner.put(h, new ArrayDeque<>(l)));
            r.failuresByDevice.put(k, inner);
        });
        state.portsBySource().forEach((k, m) -> r.portsBySource.put(k, new HashMap<>(m)));
        r.last = state.last().orElse(Instant.MIN);
        r.seen = state.seen();
        return r;
    }

    /** Consistency checks of a stored state. */
    private static final class StateCheck {
        private StateCheck() {
        }

        static boolean valid(State s, ReviewSettings settings) {
            try {
                if (s.failuresByAccount() == null || s.failuresBySource() == null || s.learntSources() == null || s.failuresByDevice() == null
                        || s.portsBySource() == null || s.last() == null || s.seen() < 0) {
                    return false;
                }
                Instant last = s.last().orElse(null);
                if (last == null && (s.seen() != 0 || !s.failuresByAccount().isEmpty() || !s.failuresBySource().isEmpty()
                        || !s.learntSources().isEmpty() || !s.failuresByDevice().isEmpty() || !s.portsBySource().isEmpty())) {
                    return false;
                }
                for (Map.Entry<AccountId, List<Instant>> e : s.failuresByAccount().entrySet()) {
                    if (e.getKey() == null || !ordered(e.getValue(), last) || e.getValue().size() >= settings.failuresPerAccount()) {
                        return false;
                    }
                }
                for (Map.Entry<String, Map<AccountId, Instant>> e : s.failuresBySource().entrySet()) {
                    if (e.getKey() == null || !times(e.getValue(), last) || e.getValue().size() >= settings.accountsPerSource()) {
                        return false;
                    }
                }
                for (Map.Entry<AccountId, Set<String>> e : s.learntSources().entrySet()) {
                    if (e.getKey() == null || SecurityInputs.nullOrHasNull(e.getValue())) {
                        return false;
                    }
                }
                for (Map.Entry<String, Map<String, List<Instant>>> e : s.failuresByDevice().entrySet()) {
                    if (e.getKey() == null || e.getValue() == null) {
                        return false;
                    }
                    for (Map.Entry<String, List<Instant>> d : e.getValue().entrySet()) {
                        if (d.getKey() == null || !ordered(d.getValue(), last) || d.getValue().size() >= settings.failuresPerDevice()) {
                            return false;
                        }
                    }
                }
                for (Map.Entry<String, Map<String, Instant>> e : s.portsBySource().entrySet()) {
                    if (e.getKey() == null || !times(e.getValue(), last) || e.getValue().size() >= settings.portsPerSource()) {
                        return false;
                    }
                }
                return true;
            } catch (NullPointerException e) {
                return false; // a null inside an immutable collection the host built
            }
        }

        private static boolean ordered(List<Instant> times, Instant last) {
            if (SecurityInputs.nullOrHasNull(times)) {
                return false;
            }
            Instant previous = Instant.MIN;
            for (Instant t : times) {
                if (t.isBefore(previous) || t.isAfter(last)) {
                    return false;
                }
                previous = t;
            }
            return true;
        }

        private static boolean times(Map<?, Instant> m, Instant last) {
            if (SecurityInputs.nullOrHasNull(m)) {
                return false;
            }
            for (Instant t : m.values()) {
                if (t.isAfter(last)) {
                    return false;
                }
            }
            return true;
        }
    }
}
