/**
 * kefu appraisal module. See {@code POLICY-CATALOG.md} for the rules it implements; the module is
 * filled by its own issue and for now holds no public types.
 */
package dev.kefu.appraisal;
