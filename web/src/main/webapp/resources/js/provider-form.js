/*
 * The provider form: remembers whether the user changed anything, so that Cancel asks before
 * dropping edits (and does not ask when nothing changed). Changes are seen on every input of the
 * form, also in rows added later and after an AJAX update (the handler sits on the document).
 */
var csarProviderForm = (function () {
    var dirty = false;
    var pendingHref = null;

    function changed() {
        dirty = true;
    }

    document.addEventListener('DOMContentLoaded', function () {
        jQuery(document).on('input change', '.csar-provider-form :input', changed);
    });

    /** onclick of Cancel: follow the link when nothing changed, otherwise ask in the dialog. */
    function leave(link, dialog) {
        if (!dirty) {
            return true;
        }
        pendingHref = link.href || jQuery(link).find('a').attr('href') || jQuery(link).closest('a').attr('href');
        PF(dialog).show();
        return false;
    }

    function discard() {
        dirty = false;
        if (pendingHref) {
            window.location.href = pendingHref;
        }
    }

    return { changed: changed, leave: leave, discard: discard };
})();
