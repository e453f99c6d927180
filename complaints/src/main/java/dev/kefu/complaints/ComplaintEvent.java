package dev.kefu.complaints;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a complaint's append-only timeline: what happened, who did it in which role,
 * and when (CMP-6: the whole process is recorded). A step recorded as {@link Role#RESOLVER}
 * carries the rank the resolver held (CMP-8), so a stored timeline can be checked on replay.
 * The note is free text that may name the customer: {@link #toString()} never shows it.
 *
 * @param type  what happened, not null
 * @param actor  who did it, not null
 * @param role  in which role, not null
 * @param at  when, not null
 * @param rank  the rank held, present exactly when the role is {@link Role#RESOLVER}
 * @param note  a note, such as the customer's final opinion on callback, not null
 */
public record ComplaintEvent(EventType type, EmployeeId actor, Role role, Instant at, Optional<Rank> rank,
                             Optional<String> note) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing or inconsistent field */
    public ComplaintEvent {
        Violations v = Violations.create();
        v.requireNonNull(type, "type", ComplaintRules.CMP_6);
        v.requireNonNull(actor, "actor", ComplaintRules.CMP_6);
        v.requireNonNull(at, "at", ComplaintRules.CMP_6);
        boolean hasRank = v.requireNonNull(rank, "rank", ComplaintRules.CMP_8);
        if (v.requireNonNull(role, "role", ComplaintRules.CMP_6) && hasRank && rank.isPresent() != (role == Role.RESOLVER)) {
            v.add("rank", ComplaintsMessages.BUNDLE, "event.rank", ComplaintRules.CMP_8);
        }
        if (v.requireNonNull(note, "note", ComplaintRules.CMP_6) && note.isPresent() && note.get().isBlank()) {
            v.add("note", ComplaintsMessages.BUNDLE, "text.blank", ComplaintRules.CMP_6);
        }
        v.throwIfAny();
    }

    /** An event recorded as the first-contact owner or the HR-admin intake, without a note. */
    public static ComplaintEvent of(EventType type, EmployeeId actor, Role role, Instant at) {
        return new ComplaintEvent(type, actor, role, at, Optional.empty(), Optional.empty());
    }

    /** An event recorded by the resolver, who held the given rank (CMP-4, CMP-8). */
    public static ComplaintEvent byResolver(EventType type, EmployeeId actor, Rank rank, Instant at) {
        return new ComplaintEvent(type, actor, Role.RESOLVER, at, Optional.ofNullable(rank), Optional.empty());
    }

    /**
     * This event with a note.
     *
     * @param text  the note, not blank
     * @return the event with the note
     */
    public ComplaintEvent withNote(String text) {
        return new ComplaintEvent(type, actor, role, at, rank, Optional.ofNullable(text == null ? "" : text));
    }

    /** The note is masked: it is customer free text. */
    @Override
    public String toString() {
        return "ComplaintEvent[type=" + type + ", actor=" + actor + ", role=" + role + ", at=" + at
                + ", rank=" + rank.map(Rank::name).orElse("-") + ", note=" + (note.isPresent() ? "****" : "-") + "]";
    }
}
