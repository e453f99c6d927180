/**
 * Decisions that cite the rules that produced them, in Chinese and English (CORE-DEC-1).
 */
package dev.kefu.core.decision;
