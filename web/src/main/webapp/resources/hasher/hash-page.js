/*
 * The page /public/hash.xhtml: hashes the chosen photos with CsarHasher (csar-hasher.js) and lists
 * name, PDQ, quality and SHA-256. Nothing is sent: no request is made with the files or the hashes.
 * Texts come from the data- attributes the page renders in the user's language.
 */
(function () {
    'use strict';

    function cell(row, text, className) {
        var td = document.createElement('td');
        if (className) {
            var code = document.createElement('code');
            code.className = className;
            code.textContent = text;
            td.appendChild(code);
        } else {
            td.textContent = text;
        }
        row.appendChild(td);
        return td;
    }

    /** The status text for count photos: the singular text for one, else the plural text with the count. */
    function counted(status, name, count) {
        return count === 1 ? status.dataset[name + 'One'] : status.dataset[name].replace('{0}', count);
    }

    async function hashChosen(input, table, status) {
        var files = Array.from(input.files);
        var body = table.tBodies[0];
        body.textContent = '';
        table.hidden = files.length === 0;
        status.textContent = counted(status, 'working', files.length);
        for (var i = 0; i < files.length; i++) {
            var row = document.createElement('tr');
            cell(row, files[i].name).className = 'csar-hash-name';
            try {
                var r = await window.CsarHasher.hashFile(files[i]);
                row.dataset.width = r.width;
                row.dataset.height = r.height;
                cell(row, r.pdq, 'csar-hash-pdq');
                var q = cell(row, String(r.quality));
                q.className = 'csar-hash-quality';
                if (r.quality < Number(table.dataset.trustedQuality)) {
                    q.textContent = r.quality + ' ' + table.dataset.lowQuality;
                }
                cell(row, r.sha256, 'csar-hash-sha256');
            } catch (e) {
                row.className = 'csar-hash-failed';
                var failed = cell(row, table.dataset.error);
                failed.colSpan = 3;
                failed.className = 'csar-hash-error';
            }
            body.appendChild(row);
        }
        status.textContent = counted(status, 'done', files.length);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var input = document.getElementById('hash-files');
        if (!input) {
            return;
        }
        var table = document.getElementById('hash-results');
        var status = document.getElementById('hash-status');
        input.addEventListener('change', function () {
            hashChosen(input, table, status);
        });
    });
})();
