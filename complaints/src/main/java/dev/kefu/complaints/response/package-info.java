/** Contact response times (CMP-11). */
package dev.kefu.complaints.response;
