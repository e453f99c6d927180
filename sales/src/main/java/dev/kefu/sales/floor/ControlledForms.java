package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * EST-13, controlled forms and custody: receipt books and subscription forms are drawn by the
 * project's on-site sales supervisor (现场销售主管) and used centrally — issued only from that
 * stock; signed orders (订单) and subscription agreements are kept by one designated custodian
 * (专人统一保管). A check over the records the host passes in.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ControlledForms {

    private ControlledForms() {
    }

    /** A controlled form. */
    public enum FormKind {
        /** A receipt (收据). */
        RECEIPT,
        /** A subscription-agreement form (认购书). */
        SUBSCRIPTION_FORM
    }

    /** A signed document kept in custody. */
    public enum SignedKind {
        /** A signed order (订单). */
        ORDER,
        /** A signed subscription agreement (认购书). */
        SUBSCRIPTION_AGREEMENT
    }

    /**
     * A form drawn from the developer's stock.
     *
     * @param kind  the form, not null
     * @param serial  its serial number, not blank
     * @param drawnBy  who drew it, not null
     */
    public record Draw(FormKind kind, String serial, EmployeeId drawnBy) {
    }

    /**
     * A form used on the floor.
     *
     * @param kind  the form, not null
     * @param serial  its serial number, not blank
     * @param usedBy  who used it, not null
     * @param day  the day used, not null
     */
    public record Use(FormKind kind, String serial, EmployeeId usedBy, LocalDate day) {
    }

    /**
     * A signed document and who keeps it.
     *
     * @param kind  the document, not null
     * @param number  its number, not blank
     * @param keptBy  who keeps it, not null
     */
    public record Kept(SignedKind kind, String number, EmployeeId keptBy) {
    }

    /**
     * Checks the records of forms and custody (EST-13).
     *
     * @param supervisor  the project's on-site sales supervisor, not null
     * @param custodian  the designated custodian of signed documents, not null
     * @param draws  the forms drawn, not null
     * @param uses  the forms used, not null
     * @param kept  the signed documents and their keepers, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException on a malformed record
     */
    public static Decision<GapReport> check(EmployeeId supervisor, EmployeeId custodian, List<Draw> draws, List<Use> uses,
            List<Kept> kept) {
        Violations v = Violations.create();
        v.requireNonNull(supervisor, "supervisor", SalesFloorRules.EST_13);
        v.requireNonNull(custodian, "custodian", SalesFloorRules.EST_13);
        if (FloorTexts.requireElements(v, draws, "draws", SalesFloorRules.EST_13)) {
            for (int i = 0; i < draws.size(); i++) {
                if (draws.get(i) == null) {
                    continue;
                }
                String p = "draws[" + i + "].";
                v.requireNonNull(draws.get(i).kind(), p + "kind", SalesFloorRules.EST_13);
                FloorTexts.requireText(v, draws.get(i).serial(), p + "serial", SalesFloorRules.EST_13);
                v.requireNonNull(draws.get(i).drawnBy(), p + "drawnBy", SalesFloorRules.EST_13);
            }
        }
        if (FloorTexts.requireElements(v, uses, "uses", SalesFloorRules.EST_13)) {
            for (int i = 0; i < uses.size(); i++) {
                if (uses.get(i) == null) {
                    continue;
                }
                String p = "uses[" + i + "].";
                v.requireNonNull(uses.get(i).kind(), p + "kind", SalesFloorRules.EST_13);
                FloorTexts.requireText(v, uses.get(i).serial(), p + "serial", SalesFloorRules.EST_13);
                v.requireNonNull(uses.get(i).usedBy(), p + "usedBy", SalesFloorRules.EST_13);
                v.requireNonNull(uses.get(i).day(), p + "day", SalesFloorRules.EST_13);
            }
        }
        if (FloorTexts.requireElements(v, kept, "kept", SalesFloorRules.EST_13)) {
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i) == null) {
                    continue;
                }
                String p = "kept[" + i + "].";
                v.requireNonNull(kept.get(i).kind(), p + "kind", SalesFloorRules.EST_13);
                FloorTexts.requireText(v, kept.get(i).number(), p + "number", SalesFloorRules.EST_13);
                v.requireNonNull(kept.get(i).keptBy(), p + "keptBy", SalesFloorRules.EST_13);
            }
        }
        v.throwIfAny();
        List<FloorGap> gaps = new ArrayList<>();
        Set<String> stock = new HashSet<>();
        for (Draw d : draws) {
            if (d.drawnBy().equals(supervisor)) {
                stock.add(d.kind().ordinal() + ":" + d.serial());
            } else {
                gaps.add(new FloorGap(GapKind.FORM_DRAWN_BY_OTHER, null, d.drawnBy(), formKey("gap.drawnByOther", d.kind()),
                        d.serial(), d.drawnBy()));
            }
        }
        Set<String> used = new HashSet<>();
        for (Use u : uses) {
            String id = u.kind().ordinal() + ":" + u.serial();
            if (!stock.contains(id)) {
                gaps.add(new FloorGap(GapKind.FORM_NOT_FROM_STOCK, u.day(), u.usedBy(), formKey("gap.notFromStock", u.kind()),
                        u.serial(), u.usedBy(), u.day().toString()));
            } else if (!used.add(id)) {
                gaps.add(new FloorGap(GapKind.FORM_NOT_FROM_STOCK, u.day(), u.usedBy(), formKey("gap.usedTwice", u.kind()),
                        u.serial(), u.usedBy(), u.day().toString()));
            }
        }
        for (Kept k : kept) {
            if (!k.keptBy().equals(custodian)) {
                gaps.add(new FloorGap(GapKind.WRONG_CUSTODIAN, null, k.keptBy(),
                        k.kind() == SignedKind.ORDER ? "gap.custodian.order" : "gap.custodian.agreement", k.number(), k.keptBy(), custodian));
            }
        }
        return GapReport.decide(gaps, SalesFloorRules.EST_13);
    }

    private static String formKey(String base, FormKind kind) {
        return base + (kind == FormKind.RECEIPT ? ".receipt" : ".subscription");
    }
}
