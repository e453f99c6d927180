/** Service-quality indicators (CMP-14). */
package dev.kefu.complaints.indicators;
