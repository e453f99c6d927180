/** Routing of contacts and complaints (CMP-10, CMP-8). */
package dev.kefu.complaints.routing;
