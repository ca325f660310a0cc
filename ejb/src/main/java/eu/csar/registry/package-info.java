/**
 * The provider registry's services (Art 23, 24, 33): centre admins keep the entries, Coordinating
 * Authorities read those under their jurisdiction, providers keep their own contact point and
 * legal representative up to date, and the public reads the register.
 */
package eu.csar.registry;
