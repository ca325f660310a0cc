/**
 * What every context may know of security: the {@link eu.csar.security.api.Caller} (roles, Member
 * States, provider) that services ask instead of the HTTP layer, and the realm's {@link
 * eu.csar.security.api.Roles} for {@code @RolesAllowed}.
 */
package eu.csar.security.api;

