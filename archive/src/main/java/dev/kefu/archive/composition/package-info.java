/**
 * Composition analysis (ARC-6): sales share by grade, product share by volume, sales share by region, streamed with exact shares.
 */
package dev.kefu.archive.composition;
