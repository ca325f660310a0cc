/**
 * Victims and survivors (Art 20-21 of COM(2022) 209): the victim case a Coordinating Authority opens
 * for a survivor of its Member State ({@link eu.csar.victims.domain.VictimCase}), the access code
 * the survivor signs in with, kept only as a slow salted hash ({@link eu.csar.victims.domain.AccessCode}),
 * and the limits on wrong codes per case and per client address ({@link eu.csar.victims.domain.AccessLimits}).
 * The survivor's hashes are an indicator submission of source VICTIM_REQUEST (indicators context).
 */
package eu.csar.victims.domain;
