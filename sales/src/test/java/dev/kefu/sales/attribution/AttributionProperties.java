package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.Cases.A;
import static dev.kefu.sales.attribution.Cases.B;
import static dev.kefu.sales.attribution.Cases.C;
import static dev.kefu.sales.attribution.Cases.D;
import static dev.kefu.sales.attribution.Cases.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Invariants of attribution over generated cases. */
class AttributionProperties {

    private static final List<EmployeeId> REPS = List.of(A, B, C, D);
    private final AttributionPolicy policy = AttributionPolicy.standard();

    @Provide
    Arbitrary<AttributionCase> cases() {
        Arbitrary<EmployeeId> rep = Arbitraries.of(REPS);
        Arbitrary<Registration> reg = Combinators.combine(rep, Arbitraries.integers().between(0, 150), Arbitraries.integers().between(0, 23))
                .as((r, daysBefore, hour) -> new Registration(r, VISIT.minusDays(daysBefore).atTime(hour, 0)));
        Arbitrary<PriorVisit> prior = Combinators.combine(rep, Arbitraries.integers().between(1, 150))
                .as((r, daysBefore) -> new PriorVisit(VISIT.minusDays(daysBefore), r));
        Arbitrary<CustomerStatement> statement = Combinators.combine(rep.list().ofMaxSize(3), rep.optional(0.3), rep.set().ofMaxSize(2),
                        rep.optional(0.1), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((named, asked, refused, complained, verified, forgot, discount) -> ImmutableCustomerStatement.builder()
                        .namedReps(named).askedFor(asked).refused(refused).complainedAbout(complained)
                        .complaintVerified(verified).forgotWhoReceived(forgot).cameForBiggerDiscount(discount).build());
        return Combinators.combine(rep, rep.set().ofMinSize(1), reg.list().ofMaxSize(4), prior.list().ofMaxSize(3), statement,
                        Arbitraries.integers().between(-1, 20), rep, Arbitraries.of(true, false))
                .as((receiver, others, regs, priors, st, dealIn, closer, rotation) -> {
                    Set<EmployeeId> present = new TreeSet<>(others);
                    present.add(receiver);
                    present.add(closer);
                    ImmutableAttributionCase.Builder b = ImmutableAttributionCase.builder()
                            .customer(dev.kefu.core.id.CustomerId.of("CUST")).team(REPS).present(present).visitDate(VISIT)
                            .receivedBy(receiver).onRotation(rotation).registrations(regs).priorVisits(priors).statement(st);
                    if (dealIn >= 0) {
                        b.deal(new Deal(VISIT.plusDays(dealIn), closer));
                    }
                    return b.build();
                });
    }

    @Property
    @Label("ATT-9 ATT-10 ATT-14 ATT-15 every bonus split totals exactly 100%, and no deal means no split")
    void split_totals_100(@ForAll("cases") AttributionCase c) {
        Attribution at = policy.decide(c).outcome();
        if (c.deal().isPresent()) {
            assertThat(Share.totalOneHundred(at.bonus().stream().map(BonusShare::share).toList())).isTrue();
            assertThat(at.performance()).isPresent();
        } else {
            assertThat(at.bonus()).isEmpty();
            assertThat(at.performance()).isEmpty();
        }
    }

    @Property
    @Label("CORE-MONEY-1 allocated bonus parts always sum to the bonus")
    void parts_sum(@ForAll("cases") AttributionCase c, @ForAll @LongRange(min = 0, max = 100_000_000) long fen) {
        Attribution at = policy.decide(c).outcome();
        if (!at.bonus().isEmpty()) {
            Map<Holder, Money> parts = at.split(Money.ofFen(fen));
            assertThat(Money.sum(parts.values())).isEqualTo(Money.ofFen(fen));
        }
    }

    @Property
    @Label("ATT-7 a rep whose only claim is a lapsed registration never earns a share")
    void lapsed_never_earns(@ForAll("cases") AttributionCase c) {
        Attribution at = policy.decide(c).outcome();
        LocalDate day = c.deal().map(Deal::date).orElse(VISIT);
        for (EmployeeId rep : REPS) {
            boolean hasLapsed = c.registrations().stream().anyMatch(r -> r.rep().equals(rep)
                    && !RegistrationValidity.TWO_MONTHS.isValidOn(r, day));
            boolean otherClaim = c.registrations().stream().anyMatch(r -> r.rep().equals(rep) && RegistrationValidity.TWO_MONTHS.isValidOn(r, day))
                    || rep.equals(c.receivedBy()) || c.statement().namedReps().contains(rep) || c.statement().askedFor().map(rep::equals).orElse(false)
                    || c.assistedBy().map(rep::equals).orElse(false) || c.deal().map(d -> d.closedBy().equals(rep)).orElse(false)
                    || c.present().contains(rep) && c.priorVisits().stream().anyMatch(p -> p.receivedBy().equals(rep));
            if (hasLapsed && !otherClaim) {
                assertThat(at.bonus()).noneMatch(s -> s.holder().equals(Holder.rep(rep)));
            }
        }
    }

    @Property
    @Label("ATT-6 the decision does not depend on the order in which equivalent facts are listed")
    void order_independent(@ForAll("cases") AttributionCase c, @ForAll long seed) {
        List<Registration> regs = new ArrayList<>(c.registrations());
        List<PriorVisit> priors = new ArrayList<>(c.priorVisits());
        Collections.shuffle(regs, new Random(seed));
        Collections.shuffle(priors, new Random(seed + 1));
        List<EmployeeId> team = new ArrayList<>(c.team());
        Collections.shuffle(team, new Random(seed + 2));
        AttributionCase shuffled = ImmutableAttributionCase.builder().from(c).registrations(regs).priorVisits(priors).team(team).build();
        assertThat(policy.decide(shuffled)).isEqualTo(policy.decide(c));
    }
}
