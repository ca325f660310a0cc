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

    /* PrimeFaces' date pickers render their calendar button with the text "ui-button" and no
       name: give it the bundle's words (the layout puts them on the body). */
    function labelDatePickerButtons() {
        var label = document.body && document.body.getAttribute('data-choose-date');
        if (!label) {
            return;
        }
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            button.setAttribute('aria-label', label);
            button.setAttribute('title', label);
            var text = button.querySelector('.ui-button-text');
            if (text) {
                text.textContent = label;
            }
        });
    }

    /* PrimeFaces names its drop-downs by their current value (aria-label="(any)"): point them at
       their visible label instead; aria-labelledby wins over the aria-label the widget keeps resetting. */
    function nameDropDowns() {
        document.querySelectorAll('.ui-selectonemenu[id]').forEach(function (menu) {
            var id = menu.id;
            var label = document.querySelector(['_label', '_focus', '_input', ''].map(function (suffix) {
                return 'label[for="' + CSS.escape(id + suffix) + '"]';
            }).join(', '));
            if (!label) {
                return;
            }
            if (!label.id) {
                label.id = id + '_name';
            }
            [id + '_label', id + '_focus'].forEach(function (part) {
                var element = document.getElementById(part);
                if (element) {
                    element.setAttribute('aria-labelledby', label.id);
                }
            });
        });
    }

    /* The menu entry of the page on screen: aria-current="page" (styled in portal.css). */
    function markCurrentPage() {
        var here = normalise(window.location.pathname);
        document.querySelectorAll('.csar-nav a[href]').forEach(function (link) {
            var target = normalise(new URL(link.getAttribute('href'), window.location.href).pathname);
            if (target === here) {
                link.setAttribute('aria-current', 'page');
            } else {
                link.removeAttribute('aria-current');
            }
        });
    }

    /* A required checkbox group: PrimeFaces puts aria-required on the group's table, where ARIA does
       not allow it; the fieldset's legend already marks the group as required. */
    function dropMisplacedRequired() {
        document.querySelectorAll('.ui-selectmanycheckbox[aria-required]').forEach(function (group) {
            group.removeAttribute('aria-required');
        });
    }

    function labelWidgets() {
        labelDatePickerButtons();
        nameDropDowns();
        dropMisplacedRequired();
    }

    /*
     * Removal orders: the countdown to a deadline. The server writes the seconds left on the platform
     * clock (which tests and demonstrations may have moved ahead of this computer's clock) and the
     * texts in the user's language; this only counts down from there, once a second.
     */
    function startCountdowns() {
        document.querySelectorAll('[data-csar-countdown]:not([data-csar-counting])').forEach(function (el) {
            el.setAttribute('data-csar-counting', 'true');
            var left = parseInt(el.getAttribute('data-csar-countdown'), 10);
            var format = el.getAttribute('data-format');
            var over = el.getAttribute('data-over');
            if (isNaN(left) || !format) { return; }
            var started = Date.now();
            function two(n) { return (n < 10 ? '0' : '') + n; }
            function show() {
                if (!document.body.contains(el)) { clearInterval(timer); return; }
                var now = left - Math.floor((Date.now() - started) / 1000);
                if (now <= 0) { el.textContent = over; clearInterval(timer); return; }
                el.textContent = format.replace('{h}', Math.floor(now / 3600)).replace('{m}', two(Math.floor(now % 3600 / 60)))
                    .replace('{s}', two(now % 60));
            }
            var timer = setInterval(show, 1000);
            show();
        });
    }

    /*
     * The deadline calendar: on a narrow screen (a phone) the schedule opens in its list view
     * (data-csar-narrow-view on the schedule's container names the view and data-csar-widget its widgetVar).
     */
    function narrowSchedules() {
        if (!window.matchMedia || !window.matchMedia('(max-width: 640px)').matches || !window.PF) { return; }
        document.querySelectorAll('[data-csar-narrow-view][data-csar-widget]').forEach(function (el) {
            var widget = PF(el.getAttribute('data-csar-widget'));
            if (widget && widget.calendar && widget.calendar.view && widget.calendar.view.type !== el.getAttribute('data-csar-narrow-view')) {
                widget.calendar.changeView(el.getAttribute('data-csar-narrow-view'));
            }
        });
    }

    /*
     * Messages: PrimeFaces gives each message's <li> the role "alert", so its <ul> would be a list without
     * list items for assistive technology (axe "list"); the <ul> is only a container, so it gets role "none".
     */
    function messageLists() {
        document.querySelectorAll('.ui-messages ul:not([role])').forEach(function (ul) {
            ul.setAttribute('role', 'none');
        });
    }

    /*
     * A copy button (data-csar-copy: the text) puts its text on the clipboard and says so for a moment
     * (data-copied). Used for reported URLs, which the portal shows as text and never as links.
     */
    function copyOnClick(event) {
        var button = event.target.closest && event.target.closest('[data-csar-copy]');
        if (!button || !navigator.clipboard) {
            return;
        }
        navigator.clipboard.writeText(button.getAttribute('data-csar-copy')).then(function () {
            var label = button.querySelector('.csar-copy-text');
            if (label && button.getAttribute('data-copied')) {
                var before = label.textContent;
                label.textContent = button.getAttribute('data-copied');
                setTimeout(function () { label.textContent = before; }, 2000);
            }
        });
    }

    function normalise(path) {
        path = path.replace(/;jsessionid=[^/]*$/i, '');
        return /\/$/.test(path) ? path + 'index.xhtml' : path;
    }

    document.addEventListener('DOMContentLoaded', function () {
        showCanonicalUrl();
        markCurrentPage();
        startCountdowns();
        messageLists();
        document.addEventListener('click', copyOnClick);
        // messages arrive with every ajax update; fix their lists as soon as they are in the page
        if (window.MutationObserver) {
            new MutationObserver(messageLists).observe(document.body, { childList: true, subtree: true });
        }
        if (window.jQuery) {
            jQuery(function () {
                setTimeout(labelWidgets, 0);
                setTimeout(narrowSchedules, 0);
            });
            jQuery(window).on('resize', function () {
                setTimeout(narrowSchedules, 0);
            });
            jQuery(document).on('pfAjaxComplete', function () {
                setTimeout(labelWidgets, 0);
                setTimeout(narrowSchedules, 0);
                startCountdowns();
            });
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
