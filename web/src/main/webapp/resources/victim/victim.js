/*
 * The victim page: photos are hashed here, in the browser (window.CsarHasher, resources/hasher),
 * never sent; their hash lines are added to the box, and the list below the box shows exactly the
 * lines that the Send button will send. Without this script the box itself is what is sent.
 */
(function () {
    'use strict';

    function lines(text) {
        return text.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
    }

    function showPreview(box, list) {
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        lines(box.value).forEach(function (l) {
            var item = document.createElement('li');
            item.textContent = l;
            list.appendChild(item);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('send:lines');
        var list = document.getElementById('preview');
        var photos = document.getElementById('photos');
        var status = document.getElementById('hashing');
        if (!box || !list) {
            return;
        }
        box.addEventListener('input', function () { showPreview(box, list); });
        showPreview(box, list);
        if (!photos) {
            return;
        }
        photos.addEventListener('change', function () {
            if (!window.CsarHasher || !photos.files || photos.files.length === 0) {
                return;
            }
            status.textContent = status.getAttribute('data-busy') || '…';
            window.CsarHasher.hashFiles(photos.files).then(function (results) {
                var added = [];
                results.forEach(function (r) {
                    if (r.pdq) {
                        added.push('PDQ,' + r.pdq + ',' + r.quality);
                    }
                    if (r.sha256) {
                        added.push('SHA256,' + r.sha256);
                    }
                });
                box.value = lines(box.value).concat(added).join('\n');
                photos.value = '';
                status.textContent = '';
                showPreview(box, list);
            }, function () {
                status.textContent = '';
            });
        });
    });
}());
