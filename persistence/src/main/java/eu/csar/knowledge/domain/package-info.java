/**
 * The Centre as a hub of expertise on prevention and assistance to victims (Art 43(6) and Art 50(4)
 * of COM(2022) 209, pending legal review). Centre staff write {@link eu.csar.knowledge.domain.Article}s
 * (prevention programmes, support services for survivors, plain-words definitions of EU law for
 * providers) in English and Dutch side by side; a version moves DRAFT, IN_REVIEW, PUBLISHED by
 * {@link eu.csar.knowledge.domain.ArticleLifecycle}, the one transition table, and is published by a
 * second member of staff (four eyes). Editing a published article opens a new draft version; the
 * published one stays on the public pages until the new one is published. Every move writes an
 * {@link eu.csar.knowledge.domain.ArticleStatusChange}.
 */
package eu.csar.knowledge.domain;
