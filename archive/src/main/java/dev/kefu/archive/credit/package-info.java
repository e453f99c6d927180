/**
 * Credit analysis (ARC-7) and the check of a proposed order, with the signature procedure for non-cash trade (ARC-17).
 */
package dev.kefu.archive.credit;
