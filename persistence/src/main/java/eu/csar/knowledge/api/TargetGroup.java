package eu.csar.knowledge.api;

/** Whom a prevention programme addresses. */
public enum TargetGroup {
    /** Children, their parents and the people who care for or teach them (primary prevention). */
    CHILDREN_AND_PARENTS,
    /** People who fear they might offend and seek help before they do (secondary prevention). */
    PEOPLE_AT_RISK_OF_OFFENDING,
    /** People convicted of an offence, to prevent re-offending (tertiary prevention). */
    CONVICTED_OFFENDERS
}
