package dev.kefu.security.machineroom;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SEC-16: machine-room prohibitions, recorded as incidents — smoking, eating, receiving
 * visitors, chatting and other unrelated activity; bringing in liquids, food, unrelated items or
 * hazardous goods (flammable, explosive, corrosive); bringing in outside software; dismantling
 * or moving equipment while it is powered; lending out or taking out equipment, media, documents
 * or tools without authorisation (私自). Removals are logged with their authorisation; a removal
 * without one (or authorised by the person removing) is an incident.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class RoomProhibitions {

    static final RuleId SEC_16 = RuleId.of("SEC-16");

    private RoomProhibitions() {
    }

    /** The prohibited acts. */
    public enum Act {
        /** 吸烟. */
        SMOKING,
        /** 吃东西. */
        EATING,
        /** 会客. */
        RECEIVING_VISITORS,
        /** 聊天. */
        CHATTING,
        /** Other activity unrelated to the work (等). */
        OTHER_UNRELATED_ACTIVITY,
        /** 携带液体. */
        LIQUIDS,
        /** 携带食品. */
        FOOD,
        /** 携带与上机无关的物品. */
        UNRELATED_ITEMS,
        /** 易燃、易爆、有腐蚀等危险品. */
        HAZARDOUS_GOODS,
        /** 私自将外来软件带入机房使用. */
        OUTSIDE_SOFTWARE,
        /** 在通电的情况下拆卸、移动设备. */
        MOVING_POWERED_EQUIPMENT,
        /** 设备、储存介质、资料、工具私自出借或带出. */
        UNAUTHORISED_REMOVAL
    }

    /**
     * A recorded prohibited act.
     *
     * @param at  when
     * @param person  who
     * @param act  what
     */
    public record Incident(Instant at, EmployeeId person, Act act) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
        public Incident {
            Violations v = Violations.create();
            v.requireNonNull(at, "incident.at", SEC_16);
            v.requireNonNull(person, "incident.person", SEC_16);
            v.requireNonNull(act, "incident.act", SEC_16);
            v.throwIfAny();
        }
    }

    /**
     * Equipment, media, documents or tools lent out or taken out of the room, as logged.
     *
     * @param at  when
     * @param item  what, as the host's log names it
     * @param by  who took it
     * @param authorisedBy  who authorised it, if anyone
     */
    public record Removal(Instant at, String item, EmployeeId by, Optional<EmployeeId> authorisedBy) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
        public Removal {
            Violations v = Violations.create();
            v.requireNonNull(at, "removal.at", SEC_16);
            v.requireNonNull(item, "removal.item", SEC_16);
            v.requireNonNull(by, "removal.by", SEC_16);
            v.requireNonNull(authorisedBy, "removal.authorisedBy", SEC_16);
            v.throwIfAny();
        }
    }

    /**
     * Every recorded prohibited act, and every removal without another person's authorisation.
     *
     * @param incidents  recorded acts, not null, no nulls
     * @param removals  logged removals, not null, no nulls
     * @param zone  the zone of the explanation's times, not null
     * @return the decision whose outcome lists the incidents, unauthorised removals included
     */
    public static Decision<List<Incident>> check(List<Incident> incidents, List<Removal> removals, ZoneId zone) {
        Violations v = Violations.create();
        if (SecurityInputs.nullOrHasNull(incidents)) {
            v.add("incidents", "required", SEC_16);
        }
        if (SecurityInputs.nullOrHasNull(removals)) {
            v.add("removals", "required", SEC_16);
        }
        v.requireNonNull(zone, "zone", SEC_16);
        v.throwIfAny();
        List<Incident> out = new ArrayList<>(incidents);
        for (Removal r : removals) {
            if (r.authorisedBy().map(r.by()::equals).orElse(true)) {
                out.add(new Incident(r.at(), r.by(), Act.UNAUTHORISED_REMOVAL));
            }
        }
        List<Reason> reasons = new ArrayList<>();
        for (Incident i : out) {
            reasons.add(Reason.of(SEC_16, SecurityMessages.BUNDLE, "prohibition.found", i.person().value(), SecurityMessages.time(i.at(), zone),
                    SecurityMessages.ordinal(i.act())));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(SEC_16, SecurityMessages.BUNDLE, "prohibition.none", removals.size()));
        }
        return Decision.of(List.copyOf(out), reasons);
    }
}
