/**
 * Customer-management steps (ARC-14), register statistics (ARC-15) and tracking sheets (ARC-16).
 */
package dev.kefu.archive.lifecycle;
