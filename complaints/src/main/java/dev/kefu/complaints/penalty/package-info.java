/** Staff penalties for complaints (CMP-12) and who administers them (CMP-13). */
package dev.kefu.complaints.penalty;
