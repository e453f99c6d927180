/**
 * Customer classification by nature (ARC-4): built-in and host-supplied classifiers.
 */
package dev.kefu.archive.classification;
