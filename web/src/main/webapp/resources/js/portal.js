/*
 * Portal-wide behaviour. An AJAX request answered 401 or 403 (the OIDC session or the login expired:
 * WildFly answers AJAX with a status instead of a redirect) or 0 (the connection was cut, e.g. by a
 * redirect to the login page on another host) cannot be repaired in place: reload the page, which
 * goes through the login page when needed. Covers PrimeFaces AJAX and plain Faces f:ajax.
 */
var csarPortal = (function () {
    var leaving = false;
    var reloading = false;
    window.addEventListener('beforeunload', function () { leaving = true; });

    function reload() {
        if (!reloading && !leaving) {
            reloading = true;
            window.location.reload();
        }
    }

    function needsReload(status) {
        return status === 401 || status === 403 || status === 0;
    }

    /*
     * A page reached as provider.xhtml?id=... (after a save or a language switch) shows its
     * path-based permalink in the address bar instead: the OIDC login drops query strings, so a
     * bookmark or the back button after logout must hold the path form.
     */
    function showCanonicalUrl() {
        var canonical = document.querySelector('[data-csar-canonical]');
        var url = canonical && canonical.getAttribute('data-csar-canonical');
        if (url && window.history && history.replaceState && location.pathname + location.search !== url) {
            history.replaceState(history.state, '', url);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        showCanonicalUrl();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxError', function (event, xhr) {
                if (xhr && needsReload(xhr.status)) {
                    reload();
                }
            });
        }
        if (window.faces && faces.ajax && faces.ajax.addOnError) {
            faces.ajax.addOnError(function (data) {
                if (data.status === 'httpError' && needsReload(data.responseCode)) {
                    reload();
                }
            });
        }
    });
    return { reload: reload };
})();
