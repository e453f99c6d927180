/**
 * The property-management desk's paperwork that feeds the archive (S1 part 7 a): documents handed
 * to and received from customers, signed by both sides and registered (ARC-19), and repair calls
 * written up as repair orders whose records join the archive (ARC-20).
 */
package dev.kefu.archive.desk;
