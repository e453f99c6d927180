/** The complaint workflow (CMP-3 … CMP-6, CMP-9, CMP-13), rebuilt from the timeline. */
package dev.kefu.complaints.workflow;
