/**
 * Provider registry (Art 23, 24, 33 and 43(4)(e) of COM(2022) 209): who the providers are, which
 * services they offer where, their single point of contact, their legal representative, and which
 * Coordinating Authority has jurisdiction over them.
 */
package eu.csar.registry.domain;

