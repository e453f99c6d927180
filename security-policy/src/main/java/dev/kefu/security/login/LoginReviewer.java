package dev.kefu.security.login;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
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
 * A streaming review of host login logs (SEC-2, SEC-7; findings feed SEC-8). Feed events in
 * time order with {@link #accept}; incidents go to the consumer as they are found:
 * <ul>
 *   <li>{@code REPEATED_FAILURES} — an account fails {@code failuresPerAccount} times within the window;</li>
 *   <li>{@code PASSWORD_SPRAYING} — one source fails on {@code accountsPerSource} accounts within the window;</li>
 *   <li>{@code SUCCESS_AFTER_FAILURES} — a success on an account with {@code burstBeforeSuccess}
 *       failures within the window just before it;</li>
 *   <li>{@code OUTSIDE_WORKING_HOURS} — a success outside the calendar's working hours (when a calendar is given);</li>
 *   <li>{@code DISABLED_OR_DEPARTED_ACCOUNT}, {@code DORMANT_ACCOUNT} — a success on such an account;</li>
 *   <li>{@code PRIVILEGED_NEW_SOURCE} — a privileged account succeeds from a source it was never seen at.</li>
 * </ul>
 * After raising a guessing or spraying incident the count starts again, so one burst raises one
 * incident. Memory is bounded by the window: failures older than the window are dropped as
 * time moves on; the sources learnt for privileged accounts grow with distinct (account,
 * source) pairs only.
 *
 * <p>Implementation Requirements: not thread-safe: one reviewer per log stream.
 */
public final class LoginReviewer {

    static final RuleId SEC_2 = RuleId.of("SEC-2");

    private final ReviewSettings settings;
    private final AccountDirectory directory;
    private final BusinessCalendar calendar;
    private final Consumer<Incident> sink;
    private final long windowNanos;

    private final Map<AccountId, ArrayDeque<Instant>> failuresByAccount = new HashMap<>();
    private final Map<String, Map<AccountId, Instant>> failuresBySource = new HashMap<>();
    private final Map<AccountId, Set<String>> learntSources = new HashMap<>();
    private Instant last = Instant.MIN;
    private long seen;

    private LoginReviewer(ReviewSettings settings, AccountDirectory directory, BusinessCalendar calendar, Consumer<Incident> sink) {
        this.settings = settings;
        this.directory = directory;
        this.calendar = calendar;
        this.sink = sink;
        this.windowNanos = settings.window().toNanos();
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
        v.requireNonNull(settings, "settings", SEC_2);
        v.requireNonNull(directory, "directory", SEC_2);
        v.requireNonNull(calendar, "calendar", SEC_2);
        v.requireNonNull(sink, "sink", SEC_2);
        v.throwIfAny();
        return new LoginReviewer(settings, directory, calendar.orElse(null), sink);
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
        if (events == null || events.stream().anyMatch(e -> e == null || e.at() == null)) {
            v.add("events", "required", SEC_2).throwIfAny();
        }
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
     * Reviews one event.
     *
     * @param e  the event, not null, not before the previous one
     * @throws dev.kefu.core.validation.PolicyInputException if malformed or out of time order
     */
    public void accept(LoginEvent e) {
        if (e == null || e.at() == null || e.account() == null || e.source() == null || e.at().isBefore(last)) {
            Violations v = Violations.create();
            if (v.requireNonNull(e, "event", SEC_2)) {
                v.requireNonNull(e.at(), "event.at", SEC_2);
                v.requireNonNull(e.account(), "event.account", SEC_2);
                v.requireNonNull(e.source(), "event.source", SEC_2);
                if (e.at() != null && e.at().isBefore(last)) {
                    v.add("event.at", SecurityMessages.BUNDLE, "review.order", SEC_2);
                }
            }
            v.throwIfAny();
        }
        last = e.at();
        if (++seen % 4096 == 0) {
            sweep(e.at());
        }
        if (e.success()) {
            success(e);
        } else {
            failure(e);
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
    }

    private void success(LoginEvent e) {
        ArrayDeque<Instant> q = failuresByAccount.get(e.account());
        if (q != null) {
            expire(q, e.at());
            if (q.size() >= settings.burstBeforeSuccess()) {
                sink.accept(new Incident(IncidentKind.SUCCESS_AFTER_FAILURES, e.at(), e.account(), e.source(), q.size()));
            }
            failuresByAccount.remove(e.account());
        }
        if (calendar != null && !inWorkingHours(e.at())) {
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

    private boolean inWorkingHours(Instant at) {
        try {
            return calendar.isWorkingTime(at);
        } catch (dev.kefu.core.calendar.CalendarCoverageException outside) {
            return false; // a date the calendar cannot vouch for is reviewed as outside working hours
        }
    }

    /** The earliest instant still inside the window that ends at {@code now}. */
    private Instant windowStart(Instant now) {
        return now.minusNanos(windowNanos);
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
        for (Iterator<Map<AccountId, Instant>> it = failuresBySource.values().iterator(); it.hasNext(); ) {
            Map<AccountId, Instant> m = it.next();
            Instant start = windowStart(now);
            m.values().removeIf(t -> t.isBefore(start));
            if (m.isEmpty()) {
                it.remove();
            }
        }
    }

    /** How many accounts and sources the reviewer holds failures for now: bounded by the window. */
    public int trackedKeys() {
        return failuresByAccount.size() + failuresBySource.size();
    }
}
