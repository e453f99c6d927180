/** Customer-data access: deny by default, custodian, authorised roles, approved applications, denials as intrusions (SEC-6, SEC-11, ARC-10); privacy notices (SEC-12). */
package dev.kefu.security.access;
