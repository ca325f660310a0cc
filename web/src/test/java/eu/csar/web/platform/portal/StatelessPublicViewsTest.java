package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatelessPublicViewsTest {

    @Test
    void publicPagesErrorPagesAndTheStartPageAreStateless() {
        assertTrue(StatelessPublicViews.isPublic("/public/register.xhtml"));
        assertTrue(StatelessPublicViews.isPublic("/error/404.xhtml"));
        assertTrue(StatelessPublicViews.isPublic("/public/index.xhtml"));
        assertTrue(StatelessPublicViews.isPublic("/index.xhtml"));
    }

    @Test
    void portalPagesKeepTheirState() {
        assertFalse(StatelessPublicViews.isPublic("/portal/registry/provider-edit.xhtml"));
        assertFalse(StatelessPublicViews.isPublic("/portal/index.xhtml"));
        assertFalse(StatelessPublicViews.isPublic(null));
    }
}
