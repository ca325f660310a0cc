package eu.csar.knowledge.application;

import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.knowledge.domain.ArticleRepository;
import eu.csar.shared.domain.MemberState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the public pages of the knowledge hub show, without login: only published versions (a draft,
 * a version in review, a superseded or withdrawn one never). Deliberately unrestricted like the public
 * register; nothing here is audited because nothing here is protected.
 */
@Stateless
public class PublicCatalogue {

    @Inject
    ArticleRepository articles;

    /** The published articles of {@code kind}, optionally of one Member State and one target group. */
    @PermitAll
    public List<PublishedArticle> published(ArticleKind kind, MemberState memberState, TargetGroup group) {
        return articles.published(kind, memberState, group).stream().map(PublishedArticle::of).toList();
    }

    /** When anything on the public pages last changed (for Last-Modified); empty if nothing was ever published. */
    @PermitAll
    public Optional<Instant> lastChange() {
        return articles.lastPublicChange();
    }
}
