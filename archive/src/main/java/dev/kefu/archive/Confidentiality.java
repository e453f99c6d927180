package dev.kefu.archive;

/**
 * Whether a filed document is confidential (ARC-13). Documents in a customer's (tenant's)
 * archive are confidential unless the host marks them ordinary: the regulation gives tenant
 * archives (租户档案) as its example of confidential documents.
 */
public enum Confidentiality {
    /** Confidential (保密文件): shredded when destroyed. */
    CONFIDENTIAL,
    /** Ordinary (普通文件): torn up (撕毁) or shredded before disposal, never thrown away. */
    ORDINARY
}
