package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.Cases.A;
import static dev.kefu.sales.attribution.Cases.B;
import static dev.kefu.sales.attribution.Cases.C;
import static dev.kefu.sales.attribution.Cases.D;
import static dev.kefu.sales.attribution.Cases.VISIT;
import static dev.kefu.sales.attribution.Cases.dealBy;
import static dev.kefu.sales.attribution.Cases.firstVisit;
import static dev.kefu.sales.attribution.Cases.reg;
import static dev.kefu.sales.attribution.Cases.returning;
import static dev.kefu.sales.attribution.Cases.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionPolicyTest {

    private final AttributionPolicy policy = AttributionPolicy.regulation();

    private static BonusShare share(EmployeeId rep, String percent) {
        return new BonusShare(Holder.rep(rep), Share.ofPercent(percent));
    }

    private Attribution decide(AttributionCase c) {
        return policy.decide(c).outcome();
    }

    // ------------------------------------------------------------------ line 1

    @Test
    @DisplayName("ATT-20 line 1: at exhibitions and launch events the host's method decides, before every other line")
    void line1_event() {
        AttributionPolicy withEvents = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.none())
                .eventOwnership(c -> new EventOwnership(Holder.rep(D), Holder.rep(D), List.of(share(D, "100")))).build();
        Decision<Attribution> d = withEvents.decide(visit().motive(new VisitMotive.Exhibition("spring expo"))
                .motive(new VisitMotive.BiggerDiscount()).registrations(reg(B, "2025-06-01T10:00")).deal(dealBy(D)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_1);
        assertThat(d.outcome().bonus()).containsExactly(share(D, "100"));
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-20] line 1 of the attribution precedence applies").contains("spring expo");
    }

    // ------------------------------------------------------------------ lines 2 and 3

    @Test
    @DisplayName("ATT-19 line 2: a departed rep's redrawn customer reads the assignee in their place")
    void line2_assignee_in_place() {
        EmployeeId gone = EmployeeId.of("G");
        Decision<Attribution> d = policy.decide(returning(A, C).mentions(gone).reassigned(new Reassigned(gone, C))
                .registrations(reg(gone, "2025-05-20T10:00")).deal(dealBy(C)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_11);
        assertThat(d.outcome().bonus()).containsExactly(share(C, "100"));
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-19] line 2").contains("G has left").contains("[ATT-8] line 11");
    }

    @Test
    @DisplayName("ATT-11 line 3: a verified complaint about the mentioned B drops B; the list continues without B")
    void line3_verified_complaint() {
        Decision<Attribution> d = policy.decide(returning(A, B).mentions(B).designates(A)
                .motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.VERIFIED))
                .registrations(reg(B, "2025-05-20T10:00")).deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_9);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.outcome().standing()).isEqualTo(Standing.FINAL);
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-11] line 3").contains("B is dropped");
    }

    @Test
    @DisplayName("ATT-11 line 3: until the supervisor verifies the complaint, the decision is provisional and B keeps their place")
    void line3_pending_complaint() {
        Decision<Attribution> d = policy.decide(returning(A, B).mentions(B).designates(A)
                .motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.PENDING_VERIFICATION))
                .registrations(reg(B, "2025-05-20T10:00")).deal(dealBy(A)).build());
        assertThat(d.outcome().standing()).isEqualTo(Standing.PROVISIONAL);
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_8);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "80"), share(B, "20"));
        assertThat(d.explain(Locale.CHINA)).contains("暂定");
    }

    // ------------------------------------------------------------------ line 4

    @Test
    @DisplayName("ATT-13 line 4: B's customer came to A for a bigger discount: performance and bonus all B's, even when turning B down")
    void line4_bigger_discount() {
        Decision<Attribution> d = policy.decide(visit().motive(new VisitMotive.BiggerDiscount()).mentions(B).designates(A)
                .registrations(reg(B, "2025-05-01T10:00")).deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_4);
        assertThat(d.outcome().performance()).contains(Holder.rep(B));
        assertThat(d.outcome().bonus()).containsExactly(share(B, "100"));
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-13] line 4");
    }

    @Test
    @DisplayName("ATT-13 ATT-7 line 4 needs B's valid registration: a lapsed B is no earlier rep and the list goes on")
    void line4_lapsed() {
        Attribution at = decide(visit().motive(new VisitMotive.BiggerDiscount())
                .registrations(reg(B, "2025-03-01T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_15);
        assertThat(at.bonus()).containsExactly(share(A, "100"));
    }

    // ------------------------------------------------------------------ line 5

    @Test
    @DisplayName("ATT-17 line 5: a first-time visitor brought by an existing customer belongs to that customer's original rep")
    void line5_referral() {
        Attribution at = decide(firstVisit(A, B).motive(new VisitMotive.Referral(C)).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_5);
        assertThat(at.bonus()).containsExactly(share(C, "100"));
        assertThat(at.turn()).isEqualTo(RotationTurn.NO_TURN);
    }

    @Test
    @DisplayName("ATT-18 ATT-15 line 5: a household member who designates another rep A: as line 9 with the first member's rep as B")
    void line5_household_designates_other() {
        Decision<Attribution> d = policy.decide(firstVisit(A, B).motive(new VisitMotive.HouseholdMember(B)).designates(A)
                .deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_5);
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "50"), share(B, "50"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-17", "ATT-15");
        assertThat(decide(firstVisit(A, B).motive(new VisitMotive.HouseholdMember(B)).designates(B).deal(dealBy(B)).build()).bonus())
                .containsExactly(share(B, "100"));
    }

    // ------------------------------------------------------------------ lines 6 and 7

    @Test
    @DisplayName("ATT-4 line 6: a first-time visitor who designates a present rep is that rep's, outside the rotation")
    void line6_designated_present() {
        Attribution at = decide(firstVisit(A, C).designates(C).deal(dealBy(C)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_6);
        assertThat(at.bonus()).containsExactly(share(C, "100"));
        assertThat(at.turn()).isEqualTo(RotationTurn.NO_TURN);
    }

    @Test
    @DisplayName("ATT-4 audit §4 item 10 / probe: a first-time visitor designates absent B, A looks after them: all B's, no helper share")
    void line6_designated_absent_no_helper_share() {
        Decision<Attribution> d = policy.decide(firstVisit(A, C).designates(B).deal(dealBy(A)).build());
        assertThat(d.outcome().performance()).contains(Holder.rep(B));
        assertThat(d.outcome().bonus()).containsExactly(share(B, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).doesNotContain("ATT-10");
        assertThat(d.explain(Locale.ENGLISH)).contains("looks after the visitor with no share");
    }

    @Test
    @DisplayName("ATT-4 a host that opted in gives the helper its chosen share of a first-time visitor's deal")
    void line6_helper_share_opt_in() {
        AttributionPolicy optIn = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.of(Share.ofPercent(10))).build();
        Attribution at = optIn.decide(firstVisit(A, C).designates(B).deal(dealBy(A)).build()).outcome();
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(B, "90"), share(A, "10"));
        assertThat(optIn.firstVisitHelperShare().share()).isEqualTo(Share.ofPercent(10));
    }

    @Test
    @DisplayName("ATT-1 line 7: a first-time visitor who designates nobody is the rotation rep's and uses the turn; recognition jumps nothing")
    void line7_rotation() {
        Decision<Attribution> d = policy.decide(firstVisit(A, B).deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_7);
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.outcome().turn()).isEqualTo(RotationTurn.TURN_USED);
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-1", "ATT-16");
    }

    // ------------------------------------------------------------------ line 8

    @Test
    @DisplayName("ATT-9 audit defect #3: B registered 1 March, present; the customer mentions B and designates A; deal 25 March: A 80% / B 20%")
    void audit_defect_3_mentions_b_designates_a() {
        Decision<Attribution> d = policy.decide(AttributionCase.builder().customer(CustomerId.of("C-3")).team(A, B)
                .present(A, B).visitDate(LocalDate.of(2025, 3, 20)).visit(VisitKind.RETURNING).receivedBy(A)
                .registrations(reg(B, "2025-03-01T10:00")).mentions(B).designates(A)
                .deal(new Deal(LocalDate.of(2025, 3, 25), A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_8);
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "80"), share(B, "20"));
        assertThat(d.outcome().split(Money.yuan(1000))).containsExactly(Map.entry(Holder.rep(A), Money.of("800.00")),
                Map.entry(Holder.rep(B), Money.of("200.00")));
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-9] line 8 of the attribution precedence applies");
    }

    @Test
    @DisplayName("ATT-9 audit probe: designates A only → ATT-15 50/50; + mentions B → ATT-9 80/20; + turns B down → ATT-9 80/20")
    void audit_probe_att9_three_fact_sets() {
        AttributionCase.Builder base = visit().registrations(reg(B, "2025-06-01T10:00")).deal(dealBy(A));
        assertThat(decide(visit().registrations(reg(B, "2025-06-01T10:00")).deal(dealBy(A)).designates(A).build()).bonus())
                .containsExactly(share(A, "50"), share(B, "50"));
        assertThat(decide(visit().registrations(reg(B, "2025-06-01T10:00")).deal(dealBy(A)).designates(A).mentions(B).build()).bonus())
                .containsExactly(share(A, "80"), share(B, "20"));
        assertThat(decide(base.designates(A).mentions(B).turnedDown(B).build()).bonus()).containsExactly(share(A, "80"), share(B, "20"));
    }

    @Test
    @DisplayName("ATT-9 line 8: B shown by the register check and turned down, A designated, B absent: A 80% / B 20%")
    void line8_register_identified_turned_down() {
        Attribution at = decide(returning(A, C).identifiedAtVisit(B).turnedDown(B).designates(A)
                .registrations(reg(B, "2025-05-01T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_8);
        assertThat(at.bonus()).containsExactly(share(A, "80"), share(B, "20"));
    }

    @Test
    @DisplayName("ATT-9 ATT-7 line 8: if B's registration has lapsed, B gets nothing: A 100%")
    void line8_lapsed() {
        Decision<Attribution> d = policy.decide(visit().mentions(B).designates(A).registrations(reg(B, "2025-04-09T10:00"))
                .deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_8);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.explain(Locale.ENGLISH)).contains("lapsed after 2025-06-09");
    }

    @Test
    @DisplayName("ATT-9 line 8: two turned-down reps with valid registrations share the 20% equally")
    void line8_two_turned_down() {
        Attribution at = decide(visit().mentions(B, C).designates(A)
                .registrations(reg(B, "2025-05-01T10:00"), reg(C, "2025-05-02T10:00")).deal(dealBy(A)).build());
        assertThat(at.bonus()).containsExactly(share(A, "80"), share(B, "10"), share(C, "10"));
    }

    // ------------------------------------------------------------------ line 9

    @Test
    @DisplayName("ATT-15 line 9: designated on a later visit: A 50%, and 50% shared equally by the earlier reps with a valid registration")
    void line9_designated() {
        Attribution at = decide(visit().designates(A).registrations(reg(B, "2025-05-01T10:00"), reg(C, "2025-05-10T10:00"),
                reg(D, "2025-01-10T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_9);
        assertThat(at.performance()).contains(Holder.rep(A));
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(B, "25"), share(C, "25"));
    }

    @Test
    @DisplayName("ATT-15 ATT-7 issue 20: every earlier registration lapsed: A 100%, no 50% left unallocated")
    void line9_all_lapsed() {
        Attribution at = decide(visit().designates(A).registrations(reg(B, "2025-01-01T10:00")).deal(dealBy(A)).build());
        assertThat(at.bonus()).containsExactly(share(A, "100"));
    }

    // ------------------------------------------------------------------ line 10

    @Test
    @DisplayName("ATT-12 audit defect #10: mentions [C, B], both present, B reg 03-01, C reg 03-10, C receives: C 100%")
    void audit_defect_10() {
        Decision<Attribution> d = policy.decide(AttributionCase.builder().customer(CustomerId.of("C-10")).team(A, B, C)
                .present(A, B, C).visitDate(LocalDate.of(2025, 3, 20)).visit(VisitKind.RETURNING).receivedBy(C)
                .registrations(reg(B, "2025-03-01T10:00"), reg(C, "2025-03-10T10:00")).mentions(C, B)
                .deal(new Deal(LocalDate.of(2025, 3, 20), C)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_10);
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(C));
        assertThat(d.outcome().bonus()).containsExactly(share(C, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-12").doesNotContain("ATT-8");
    }

    @Test
    @DisplayName("ATT-12 line 10: the first mentioned is absent, the second present receives 100%")
    void line10_second_present() {
        Attribution at = decide(returning(A, C).mentions(B, C).registrations(reg(B, "2025-05-01T10:00")).deal(dealBy(C)).build());
        assertThat(at.bonus()).containsExactly(share(C, "100"));
    }

    @Test
    @DisplayName("ATT-12 ATT-10 line 10: none mentioned present: rotation rep helps; B the first mentioned with a valid registration 80% / helper 20%")
    void line10_none_present() {
        Attribution at = decide(returning(A).mentions(C, B).registrations(reg(C, "2025-01-01T10:00"), reg(B, "2025-05-01T10:00"))
                .deal(dealBy(A)).build());
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(B, "80"), share(A, "20"));
        Attribution none = decide(returning(A).mentions(C, B).deal(dealBy(A)).build());
        assertThat(none.bonus()).containsExactly(share(A, "100"));
    }

    // ------------------------------------------------------------------ lines 11 and 12

    @Test
    @DisplayName("ATT-8 line 11: mentions one earlier rep B, B present: handed back, all B's")
    void line11_hand_back() {
        Decision<Attribution> d = policy.decide(visit().mentions(B).registrations(reg(B, "2025-05-01T10:00")).deal(dealBy(B)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_11);
        assertThat(d.outcome().bonus()).containsExactly(share(B, "100"));
        assertThat(d.outcome().followUp()).contains(B);
    }

    @Test
    @DisplayName("ATT-10 line 12: mentions one earlier rep B, B absent: helper C, no turn; performance B, bonus B 80% / C 20%")
    void line12_helper() {
        Decision<Attribution> d = policy.decide(returning(C).receivedBy(C).mentions(B).registrations(reg(B, "2025-05-01T10:00"))
                .deal(dealBy(C)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_12);
        assertThat(d.outcome().performance()).contains(Holder.rep(B));
        assertThat(d.outcome().bonus()).containsExactly(share(B, "80"), share(C, "20"));
        assertThat(d.outcome().turn()).isEqualTo(RotationTurn.NO_TURN);
    }

    @Test
    @DisplayName("ATT-7 lines 11-12: the one mentioned rep's registration lapsed: no earlier rep, line 15")
    void line11_lapsed_is_no_earlier_rep() {
        Attribution at = decide(visit().mentions(B).registrations(reg(B, "2025-01-01T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_15);
        assertThat(at.bonus()).containsExactly(share(A, "100"));
    }

    // ------------------------------------------------------------------ line 13

    @Test
    @DisplayName("ATT-14 line 13: forgot who; A finds B's valid registration: A 50% / B 50%, performance to whoever closes")
    void line13_forgot_found() {
        Attribution at = decide(visit().motive(new VisitMotive.ForgotWho()).identifiedAtVisit(B)
                .registrations(reg(B, "2025-05-01T10:00")).deal(dealBy(B)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_13);
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(B, "50"));
        Attribution notFound = decide(visit().motive(new VisitMotive.ForgotWho()).registrations(reg(B, "2025-01-01T10:00"))
                .identifiedAtVisit(B).deal(dealBy(A)).build());
        assertThat(notFound.bonus()).containsExactly(share(A, "100"));
    }

    // ------------------------------------------------------------------ line 14

    @Test
    @DisplayName("ATT-3 line 14: B absent, identified by A, same-day deal: performance A, bonus A 50% / B 50%")
    void line14_same_day() {
        Decision<Attribution> d = policy.decide(returning(A, C).identifiedAtVisit(B).registrations(reg(B, "2025-05-20T10:00"))
                .deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_14);
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "50"), share(B, "50"));
        assertThat(d.outcome().split(Money.of("1000.01"))).containsExactly(Map.entry(Holder.rep(A), Money.of("500.01")),
                Map.entry(Holder.rep(B), Money.of("500.00")));
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-3] line 14");
    }

    @Test
    @DisplayName("ATT-3 line 14: B absent, identified by A, a later deal: A's reception was a courtesy, A gets nothing")
    void line14_later_deal_courtesy() {
        Attribution at = decide(returning(A, C).identifiedAtVisit(B).registrations(reg(B, "2025-05-20T10:00"))
                .deal(dealBy(B, VISIT.plusDays(3))).build());
        assertThat(at.bonus()).containsExactly(share(B, "100"));
        assertThat(at.shareOf(Holder.rep(A))).isEqualTo(Share.ZERO);
    }

    @Test
    @DisplayName("ATT-8 line 14: B present, identified by A: handed back to B")
    void line14_present() {
        Attribution at = decide(visit().identifiedAtVisit(B).registrations(reg(B, "2025-05-20T10:00")).deal(dealBy(B)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_14);
        assertThat(at.bonus()).containsExactly(share(B, "100"));
    }

    // ------------------------------------------------------------------ line 15

    @Test
    @DisplayName("ATT-5 line 15: a returning customer with no earlier rep identified: A 100%, no turn used")
    void line15_returning() {
        Decision<Attribution> d = policy.decide(visit().registrations(reg(B, "2025-05-20T10:00")).deal(dealBy(A)).build());
        assertThat(d.outcome().line()).isEqualTo(PrecedenceLine.LINE_15);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.outcome().turn()).isEqualTo(RotationTurn.NO_TURN);
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-5");
    }

    // ------------------------------------------------------------------ ATT-16, ATT-21

    @Test
    @DisplayName("ATT-16 follow-up and after-sales belong to the performance holder; before a deal, the owner")
    void follow_up() {
        assertThat(decide(visit().mentions(B).registrations(reg(B, "2025-05-01T10:00")).build()).followUp()).contains(B);
        Attribution noDeal = decide(firstVisit(A).build());
        assertThat(noDeal.performance()).isEmpty();
        assertThat(noDeal.bonus()).isEmpty();
        assertThat(noDeal.followUp()).contains(A);
    }

    @Test
    @DisplayName("ATT-21 audit defect #6: manager decides A 60% / B 40%, B refuses: the WHOLE performance and bonus go to the department")
    void audit_defect_6_refusal_sends_all() {
        Decision<Attribution> d = policy.decide(visit().deal(dealBy(A)).dispute(new Dispute.ManagerDecision(Holder.rep(A),
                List.of(share(A, "60"), share(B, "40")), Set.of(B))).build());
        assertThat(d.outcome().performance()).contains(Holder.DEPARTMENT);
        assertThat(d.outcome().bonus()).containsExactly(new BonusShare(Holder.DEPARTMENT, Share.ALL));
        assertThat(d.outcome().split(Money.yuan(1000))).containsExactly(Map.entry(Holder.DEPARTMENT, Money.of("1000.00")));
        assertThat(d.outcome().followUp()).isEmpty();
        assertThat(d.explain(Locale.ENGLISH)).contains("B refused: the whole performance and bonus go to the department");
    }

    @Test
    @DisplayName("ATT-21 a quarrel overrides every line, even the bigger-discount line; agreement and mediation stand")
    void quarrel_and_agreement() {
        Decision<Attribution> q = policy.decide(visit().motive(new VisitMotive.BiggerDiscount()).registrations(reg(B, "2025-05-01T10:00"))
                .deal(dealBy(A)).dispute(new Dispute.Quarrel()).build());
        assertThat(q.outcome().line()).isEqualTo(PrecedenceLine.LINE_4);
        assertThat(q.outcome().owner()).isEqualTo(Holder.DEPARTMENT);
        assertThat(q.outcome().bonus()).containsExactly(new BonusShare(Holder.DEPARTMENT, Share.ALL));
        assertThat(q.explain(Locale.CHINA)).contains("全部业绩和奖金归部门");
        Attribution agreed = decide(visit().deal(dealBy(A)).dispute(new Dispute.Agreed(Holder.rep(B),
                List.of(share(A, "30"), share(B, "70")), Settlement.MEDIATED)).build());
        assertThat(agreed.performance()).contains(Holder.rep(B));
        assertThat(agreed.bonus()).containsExactly(share(A, "30"), share(B, "70"));
        Attribution decided = decide(visit().deal(dealBy(A)).dispute(new Dispute.ManagerDecision(Holder.rep(A),
                List.of(share(A, "60"), share(B, "40")), Set.of())).build());
        assertThat(decided.bonus()).containsExactly(share(A, "60"), share(B, "40"));
        assertThat(policy.decide(visit().deal(dealBy(A)).dispute(new Dispute.Agreed(Holder.rep(B), List.of(share(B, "100")),
                Settlement.NEGOTIATED)).build()).explain(Locale.ENGLISH)).contains("the reps agreed");
    }

    // ------------------------------------------------------------------ explanations and settings

    @Test
    @DisplayName("CORE-DEC-1 ATT-1 every explanation names its line and rule and never shows an enum constant name")
    void explanations() {
        List<AttributionCase> cases = List.of(firstVisit(A).build(), visit().mentions(B).designates(A).build(),
                visit().motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.PENDING_VERIFICATION)).mentions(B).build());
        for (AttributionCase c : cases) {
            Decision<Attribution> d = policy.decide(c);
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(d.explain(l)).doesNotContainPattern("[A-Z]+_[A-Z_]+")
                        .contains("[" + d.outcome().line().rules().get(0) + "]");
            }
            assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("第 " + d.outcome().line().number() + " 条");
            assertThat(d.explain(Locale.ENGLISH)).contains("line " + d.outcome().line().number() + " ");
        }
    }

    @Test
    @DisplayName("ATT-7 CORE-CAL-4 registration validity is configurable in months and counted by Periods")
    void configurable_validity() {
        AttributionPolicy threeMonths = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.none())
                .registrationValidity(RegistrationValidity.ofMonths(3)).build();
        AttributionCase c = visit().mentions(B).designates(A).registrations(reg(B, "2025-03-15T10:00")).deal(dealBy(A)).build();
        assertThat(threeMonths.decide(c).outcome().bonus()).containsExactly(share(A, "80"), share(B, "20"));
        assertThat(policy.decide(c).outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(threeMonths.validity().months()).isEqualTo(3);
        assertThat(RegistrationValidity.TWO_MONTHS.toString()).contains("2 months");
    }

    // ------------------------------------------------------------------ more precise cases

    @Test
    @DisplayName("ATT-11 line 3: a verified complaint drops B everywhere: mentioned, identified, turned down and registered")
    void line3_drops_everywhere() {
        Attribution at = decide(visit().mentions(B).identifiedAtVisit(B, C).turnedDown(B).designates(A)
                .motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.VERIFIED))
                .registrations(reg(B, "2025-05-20T10:00"), reg(C, "2025-05-21T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_9);
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(C, "50"));
    }

    @Test
    @DisplayName("ATT-13 ATT-6 line 4 applies only to another rep's customer: A's own earliest registration is not a bigger-discount case")
    void line4_own_customer() {
        Attribution at = decide(visit().motive(new VisitMotive.BiggerDiscount())
                .registrations(reg(A, "2025-05-01T10:00"), reg(B, "2025-05-02T10:00")).deal(dealBy(A)).build());
        assertThat(at.line()).isEqualTo(PrecedenceLine.LINE_15);
        assertThat(at.bonus()).containsExactly(share(A, "100"));
    }

    @Test
    @DisplayName("ATT-17 ATT-18 line 5 cites the rule of the link: referral ATT-17, household ATT-18; the visitor's turn is not used (ATT-4)")
    void line5_rules() {
        Decision<Attribution> referral = policy.decide(firstVisit(A).motive(new VisitMotive.Referral(C)).deal(dealBy(A)).build());
        assertThat(referral.ruleIds()).extracting(Object::toString).contains("ATT-17", "ATT-4").doesNotContain("ATT-18", "ATT-5");
        assertThat(referral.explain(Locale.ENGLISH)).contains("original rep C");
        Decision<Attribution> household = policy.decide(firstVisit(A).motive(new VisitMotive.HouseholdMember(C)).deal(dealBy(A)).build());
        assertThat(household.explain(Locale.ENGLISH)).contains("[ATT-18] a household member belongs to C");
        Decision<Attribution> referred = policy.decide(firstVisit(A).motive(new VisitMotive.Referral(C)).designates(A).deal(dealBy(A)).build());
        assertThat(referred.explain(Locale.ENGLISH)).contains("brought by a customer of C designates A");
        assertThat(policy.decide(firstVisit(A).motive(new VisitMotive.HouseholdMember(C)).designates(A).build()).explain(Locale.ENGLISH))
                .contains("household member of a customer of C designates A");
    }

    @Test
    @DisplayName("ATT-16 ATT-21 CORE-DEC-1 a department-held deal: the manager assigns follow-up; the explanation says so in words")
    void department_explanation() {
        Decision<Attribution> d = policy.decide(visit().deal(dealBy(A)).dispute(new Dispute.Quarrel()).build());
        assertThat(d.explain(Locale.ENGLISH)).contains("performance and whole bonus are the department's")
                .contains("the manager assigns the follow-up").doesNotContain("is department's");
        Decision<Attribution> rep = policy.decide(visit().deal(dealBy(A)).build());
        assertThat(rep.explain(Locale.ENGLISH)).contains("the deal's performance is A's; bonus A 100%")
                .contains("A, who holds the performance, does the follow-up").contains("[ATT-5] A's reception does not use a turn");
        assertThat(policy.decide(firstVisit(A).build()).explain(Locale.ENGLISH)).doesNotContain("does not use a turn")
                .doesNotContain("bonus parts");
    }

    @Test
    @DisplayName("ATT-7 ATT-12 the explanation names each lapsed registration with its own dates; none valid, none present: the helper has it all")
    void lapsed_dates() {
        Decision<Attribution> d = policy.decide(returning(A, D).mentions(B, C).registrations(reg(B, "2025-01-05T10:00"), reg(C, "2025-02-07T10:00"),
                reg(D, "2025-05-01T10:00")).deal(dealBy(A)).build());
        assertThat(d.explain(Locale.ENGLISH)).contains("the registration by B on 2025-01-05 lapsed after 2025-03-05")
                .contains("the registration by C on 2025-02-07 lapsed after 2025-04-07");
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
    }

    @Test
    @DisplayName("ATT-1 lines 2 and 3 are readings, never the deciding line")
    void readings_do_not_decide() {
        assertThat(PrecedenceLine.LINE_2.decides()).isFalse();
        assertThat(PrecedenceLine.LINE_3.decides()).isFalse();
        assertThat(PrecedenceLine.LINE_14.rules()).extracting(Object::toString).containsExactly("ATT-3", "ATT-8");
        assertThat(java.util.Arrays.stream(PrecedenceLine.values()).mapToInt(PrecedenceLine::number)).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }
}
