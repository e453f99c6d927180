package dev.kefu.archive;

/** The kinds of document kept per customer or tenant (ARC-11, S1 part 7). */
public enum DocumentKind {
    /** 公司资料. */
    COMPANY_INFORMATION("公司资料"),
    /** 缴费记录（含押金）. */
    PAYMENT_RECORDS("缴费记录（含押金）"),
    /** 装修档案. */
    RENOVATION_FILES("装修档案"),
    /** 入住资料. */
    MOVE_IN_FORMS("入住资料"),
    /** 联系方式及负责人身份证复印件. */
    CONTACT_DETAILS_WITH_ID_COPY("联系方式及负责人身份证复印件"),
    /** 紧急联系人. */
    EMERGENCY_CONTACTS("紧急联系人"),
    /** 日常联系人变更. */
    CONTACT_PERSON_CHANGES("日常联系人变更"),
    /** 铭牌申请. */
    NAMEPLATE_APPLICATIONS("铭牌申请"),
    /** 营业执照复印件及年检. */
    BUSINESS_LICENCE("营业执照复印件及年检"),
    /** 往来函件. */
    CORRESPONDENCE("往来函件"),
    /** 违章及欠费记录. */
    VIOLATIONS_AND_ARREARS("违章及欠费记录"),
    /** 维修记录. */
    REPAIR_RECORDS("维修记录"),
    /** 投诉记录. */
    COMPLAINT_RECORDS("投诉记录"),
    /** 拜访、回访记录. */
    VISIT_AND_CALLBACK_RECORDS("拜访、回访记录"),
    /** 施工单位工程档案. */
    CONTRACTOR_ENGINEERING_FILES("施工单位工程档案");

    private final String chinese;

    DocumentKind(String chinese) {
        this.chinese = chinese;
    }

    /** The kind's name as the regulation writes it. */
    public String chineseName() {
        return chinese;
    }
}
