package dev.kefu.complaints;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.util.Set;

/**
 * Who is acting, as the host's directory knows them at the time of the step: the employee,
 * their standing duties and the posts they hold. The workflow checks each step against these
 * (CMP-3, CMP-4, CMP-8, CMP-16); the host maps seed roles to each other only by giving one
 * person several duties or posts.
 *
 * @param id  the employee, not null
 * @param duties  standing duties, not null, no null element; copied
 * @param posts  posts held, not null, no null element; copied
 */
public record Actor(EmployeeId id, Set<Duty> duties, Set<Post> posts) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field or element */
    public Actor {
        Violations v = Violations.create();
        v.requireNonNull(id, "id", ComplaintRules.CMP_16);
        if (v.requireNonNull(duties, "duties", ComplaintRules.CMP_3) && duties.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("duties[]", "required", ComplaintRules.CMP_3);
        }
        if (v.requireNonNull(posts, "posts", ComplaintRules.CMP_8) && posts.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("posts[]", "required", ComplaintRules.CMP_8);
        }
        v.throwIfAny();
        duties = Set.copyOf(duties);
        posts = Set.copyOf(posts);
    }

    /** An employee with no duty and no post (an agent, who may own a first contact). */
    public static Actor employee(EmployeeId id) {
        return new Actor(id, Set.of(), Set.of());
    }

    /** The HR-admin manager (CMP-3, CMP-5). */
    public static Actor hrAdminIntake(EmployeeId id) {
        return new Actor(id, Set.of(Duty.HR_ADMIN_INTAKE), Set.of());
    }

    /** An employee holding one post. */
    public static Actor holding(EmployeeId id, Post post) {
        return new Actor(id, Set.of(), Set.of(post));
    }

    /** Whether this actor has a duty. */
    public boolean has(Duty duty) {
        return duties.contains(duty);
    }
}
