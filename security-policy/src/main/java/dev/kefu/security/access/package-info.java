/** Customer-data access: deny by default, custodian, authorised roles, approved applications (SEC-6, SEC-11, ARC-10). */
package dev.kefu.security.access;
