package dev.kefu.archive.desk;

/** What was handed between a customer and the management centre (ARC-19). */
public enum HandedDocumentKind {
    /** A notice (通知). */
    NOTICE,
    /** A form (表格). */
    FORM,
    /** Any other document. */
    OTHER
}
