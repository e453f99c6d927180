package dev.kefu.complaints;

/** What the complaint is about (CMP-1, S1 part 11; product complaints S0). */
public enum Category {
    /** 服务态度. */
    SERVICE_ATTITUDE,
    /** 专业素质. */
    PROFESSIONAL_QUALITY,
    /** 服务效率. */
    SERVICE_EFFICIENCY,
    /** 其他服务事项. */
    OTHER_SERVICE,
    /** A product complaint (S0): needs the matter, when, where and the product. */
    PRODUCT
}
