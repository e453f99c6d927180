package dev.kefu.complaints;

import static dev.kefu.complaints.Fixtures.AGENT;
import static dev.kefu.complaints.Fixtures.HR;
import static dev.kefu.complaints.Fixtures.at;
import static dev.kefu.complaints.Fixtures.hr;
import static dev.kefu.complaints.Fixtures.received;
import static dev.kefu.complaints.Fixtures.receiving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.penalty.ComplaintOffence;
import dev.kefu.complaints.penalty.EmploymentEnd;
import dev.kefu.complaints.penalty.Liability;
import dev.kefu.complaints.penalty.PenaltyAdministration;
import dev.kefu.complaints.response.ResponseVerdict;
import dev.kefu.complaints.routing.IssueType;
import dev.kefu.complaints.routing.Route;
import dev.kefu.complaints.routing.RouteStep;
import dev.kefu.complaints.sla.SlaStatus;
import dev.kefu.complaints.sla.SlaTarget;
import dev.kefu.complaints.workflow.ComplaintState;
import dev.kefu.complaints.workflow.ReadAccess;
import dev.kefu.complaints.workflow.StepVerdict;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.validation.PolicyInputException;
import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelAndLabelsTest {

    static final List<Class<? extends Enum<?>>> SHOWN = List.of(Category.class, Channel.class, EventType.class, Role.class, Duty.class,
            ComplaintState.class, StepVerdict.class, ReadAccess.class, SlaTarget.class, SlaStatus.class, ResponseVerdict.class,
            IssueType.class, RouteStep.class, Route.Desk.class, Route.AgentProfile.class, ComplaintOffence.class, EmploymentEnd.class,
            Liability.class, PenaltyAdministration.Administrator.class, PenaltyAdministration.ManagerSituation.class,
            dev.kefu.complaints.service.FindingKind.class, dev.kefu.complaints.service.ReadBack.class, dev.kefu.complaints.service.IssueKind.class,
            dev.kefu.complaints.service.Satisfaction.class, dev.kefu.complaints.service.CallbackChannel.class);

    @Test
    @DisplayName("CORE-DEC-1 every complaints message exists in English and Chinese")
    void bundle() {
        assertThat(ComplaintsMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(ComplaintsMessages.BUNDLE.keys(Locale.ENGLISH));
    }

    @Test
    @DisplayName("CORE-DEC-1 issue 13: every enum a host shows has zh-CN and English labels, and no label is a constant name")
    void labels() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> e : type.getEnumConstants()) {
                for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    assertThat(ComplaintsMessages.BUNDLE.contains(l, ComplaintsMessages.key(e))).as(ComplaintsMessages.key(e)).isTrue();
                    assertThat(ComplaintsMessages.label(e, l)).doesNotContainPattern("[A-Z]+_[A-Z_]+").isNotBlank();
                }
            }
        }
        assertThat(ComplaintsMessages.label(EventType.RECORDED, Locale.CHINA)).isEqualTo("人事行政登记");
        assertThat(ComplaintsMessages.label(ComplaintState.ARCHIVED, null)).isEqualTo("archived");
        assertThatThrownBy(() -> ComplaintsMessages.label(null, Locale.CHINA)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-DEC-1 issue 13: every choice pattern in an explanation lists exactly the labels of its enum, and no message has a constant name")
    void choice_patterns_match_labels() {
        Pattern choice = Pattern.compile("\\{\\d+,choice,([^}]*)}");
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            int checked = 0;
            for (String key : ComplaintsMessages.BUNDLE.keys(l)) {
                String pattern = ComplaintsMessages.BUNDLE.pattern(l, key);
                assertThat(pattern.replaceAll("\\{[^}]*}", "")).as(key).doesNotContainPattern("[A-Z]+_[A-Z_]+");
                Matcher m = choice.matcher(pattern);
                while (m.find()) {
                    String[] texts = (String[]) new ChoiceFormat(m.group(1)).getFormats();
                    Class<? extends Enum<?>> match = null;
                    for (Class<? extends Enum<?>> type : SHOWN) {
                        Enum<?>[] values = type.getEnumConstants();
                        if (values.length != texts.length) {
                            continue;
                        }
                        boolean all = true;
                        for (int i = 0; i < values.length; i++) {
                            all &= ComplaintsMessages.label(values[i], l).equals(texts[i]);
                        }
                        if (all) {
                            match = type;
                        }
                    }
                    assertThat(match).as(key + " choice " + m.group(1)).isNotNull();
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(5);
        }
    }

    @Test
    @DisplayName("CMP-1 CMP-2 a complaint records channel, category, level, demands and who it is about; product complaints need product details")
    void model() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThat(c.channel()).isEqualTo(Channel.PHONE_DIRECT_LINE);
        assertThat(c.receivedAt()).isEqualTo(at("2025-06-04T10:00"));
        assertThat(c.level()).isEqualTo(Fixtures.ORDINARY);
        assertThatThrownBy(() -> c.toBuilder().category(Category.PRODUCT).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("product");
        Complaint product = c.toBuilder().category(Category.PRODUCT)
                .product(new ProductDetails("mould in the box", at("2025-06-01T12:00"), "Pudong store", ProductId.of("P-7"))).build();
        assertThat(product.product()).isPresent();
        assertThat(product).isNotEqualTo(c).isEqualTo(product.toBuilder().build()).hasSameHashCodeAs(product.toBuilder().build());
        assertThatThrownBy(() -> new ProductDetails(" ", null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> Complaint.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("events").hasMessageContaining("channel").hasMessageContaining("level");
        assertThatThrownBy(() -> new ComplaintEvent(null, null, null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(6));
        assertThatThrownBy(() -> ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, HR, null, at("2025-06-04T10:00")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("rank");
        assertThatThrownBy(() -> ComplaintEvent.of(EventType.PAUSED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T10:00")).withNote(" "))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Complaint.receive(null, null).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("firstContactOwner").hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> c.toBuilder().addEvent(ComplaintEvent.of(EventType.RECEIVED, HR, Role.FIRST_CONTACT_OWNER,
                at("2025-06-04T11:00"))).build()).hasMessageContaining("events[1].type");
        assertThatThrownBy(() -> c.toBuilder().events(null).build()).hasMessageContaining("events");
    }

    @Test
    @DisplayName("CMP-1 bad-input #22 #23 #148: null demands, null staff and null product are refused, all listed")
    void bad_input_null_elements() {
        assertThatThrownBy(() -> receiving("1", "2025-06-04T10:00").addDemand(null).addDemand(" ").addStaffComplainedAbout(null)
                .product(null).id(null).customer(null).channel(null).category(null).level(null).department(null).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations().size()).isGreaterThanOrEqualTo(10));
    }

    @Test
    @DisplayName("CMP-1 issue 18 bad-input #52: no toString prints planted personal data (张三丰 / 13812345678)")
    void no_personal_data_in_to_string() {
        String name = "张三丰";
        String phone = "13812345678";
        Complaint c = receiving("K-1", "2025-06-04T10:00").addDemand("请" + name + "回电 " + phone).category(Category.PRODUCT)
                .product(new ProductDetails("客户" + name + "手机" + phone + "投诉漏水", at("2025-06-01T12:00"), name + "家 " + phone, ProductId.of("P-7")))
                .build();
        c = hr(c, EventType.RECORDED, "2025-06-04T10:30");
        ComplaintEvent noted = ComplaintEvent.of(EventType.PROGRESS_UPDATE, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T11:00"))
                .withNote(name + " " + phone);
        c = Fixtures.step(c, Fixtures.HR_ACTOR, noted);
        List<Object> all = new ArrayList<>(List.of(c, c.product().orElseThrow(), noted, c.events(), Fixtures.WORKFLOW.replay(c)));
        all.add(Fixtures.WORKFLOW.apply(c, Fixtures.HR_ACTOR, ComplaintEvent.of(EventType.ASSESSED_VALID, HR, Role.HR_ADMIN_INTAKE,
                at("2025-06-04T12:00"))));
        for (Object o : all) {
            assertThat(o.toString()).doesNotContain(name).doesNotContain(phone).doesNotContain("1381234");
        }
        assertThat(c.toString()).contains("K-1").contains("demands=2 (masked)");
        assertThat(c.product().orElseThrow().toString()).startsWith("ProductDetails[").contains("P-7");
        assertThat(noted.toString()).contains("PROGRESS_UPDATE").contains("note=****");
        assertThat(c.events().get(0).toString()).contains("note=-");
        assertThat(c).isNotEqualTo(received("K-2", "2025-06-04T10:00")).isNotEqualTo("K-1");
        assertThat(c.hashCode()).isEqualTo(c.toBuilder().build().hashCode()).isNotZero();
        assertThat(noted.note()).contains(name + " " + phone);
    }

    @Test
    @DisplayName("CMP-6 issue 18: complaints, actors and routes keep defensive copies")
    void defensive_copies() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThatThrownBy(() -> c.demands().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.staffComplainedAbout().add(AGENT)).isInstanceOf(UnsupportedOperationException.class);
        List<ComplaintEvent> stored = new ArrayList<>(c.events());
        Complaint rebuilt = c.toBuilder().events(stored).build();
        stored.clear();
        assertThat(rebuilt.events()).hasSize(1);
        Set<Post> posts = new HashSet<>(Set.of(new Post(Fixtures.SUPERVISOR, Fixtures.SERVICE)));
        Actor a = new Actor(EmployeeId.of("x"), Set.of(), posts);
        posts.clear();
        assertThat(a.posts()).hasSize(1);
        assertThatThrownBy(() -> new Actor(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        Set<Post> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Actor(EmployeeId.of("x"), Set.of(), withNull)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Post(null, null)).isInstanceOf(PolicyInputException.class);
        assertThat(new Post(Fixtures.SUPERVISOR, DepartmentId.of("d"))).isEqualTo(new Post(Rank.of("部门主管"), DepartmentId.of("d")));
        assertThat(c.id()).isEqualTo(ComplaintId.of("1"));
    }
}
