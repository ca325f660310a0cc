package eu.csar.knowledge.api;

/**
 * What an article is: a prevention programme of a Member State (classified by target group and
 * evidence level), a support service for survivors in a Member State, or a plain-words definition
 * of EU law for providers (valid in every Member State, so it has none).
 */
public enum ArticleKind {
    PREVENTION_PROGRAMME,
    SUPPORT_SERVICE,
    DEFINITION
}
