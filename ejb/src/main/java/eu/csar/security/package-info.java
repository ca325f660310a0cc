/** Security and tenancy: the caller behind each request and the checks that keep Member States and providers apart. */
package eu.csar.security;
