package dev.kefu.complaints.penalty;

/** The offences of the complaint penalty schedule (CMP-12, S1 part 11 §7), each with its tier. Labels: {@code ComplaintsMessages.label}. */
public enum ComplaintOffence {
    /** Poor attitude or low efficiency (态度不好、效率低下). */
    POOR_ATTITUDE_OR_LOW_EFFICIENCY(1),
    /** Not knowing the business (业务不熟). */
    NOT_KNOWING_THE_BUSINESS(1),
    /** Disrespecting or mocking customers (不尊重、嘲笑客户). */
    DISRESPECTING_CUSTOMERS(1),
    /** Cold reception or skipping service steps (接待冷淡、省略服务程序). */
    COLD_RECEPTION_OR_SKIPPED_STEPS(2),
    /** Deliberately obstructing a customer (故意刁难客户). */
    OBSTRUCTING_A_CUSTOMER(2),
    /** Arguing with a customer (与客户争吵). */
    ARGUING_WITH_A_CUSTOMER(2),
    /** Denying the facts of a complaint (否认投诉事实). */
    DENYING_THE_FACTS(3),
    /** A supervisor failing to supervise or resolve complaints (主管监督不力、处理不当). */
    SUPERVISOR_FAILED(3),
    /** Hiding a complaint or a likely one (隐瞒投诉). */
    HIDING_A_COMPLAINT(4),
    /** Not cooperating so that a complaint gets worse (不配合致投诉升级). */
    NOT_COOPERATING(4),
    /** Insulting or hitting a customer (辱骂、殴打客户). */
    INSULTING_OR_HITTING(5),
    /** Retaliating against a complainant (打击报复投诉人). */
    RETALIATING(5),
    /** Mishandling a complaint so that the company's reputation suffers a major loss. */
    MISHANDLING_WITH_MAJOR_LOSS(5),
    /** False promises that cause a loss (虚假承诺造成损失). */
    FALSE_PROMISES(5);

    private final int tier;

    ComplaintOffence(int tier) {
        this.tier = tier;
    }

    /** The tier, 1 (lightest) to 5 (dismissal or expulsion). */
    public int tier() {
        return tier;
    }
}
