/*
 * PLACEHOLDER, REPLACED AT MERGE by the real browser hasher of helper "browserpdq" (PDQ in
 * JavaScript plus SHA-256). It only computes SHA-256 with WebCrypto and leaves pdq null, so the
 * victim page can run on this branch. Same interface:
 * window.CsarHasher.hashFile(file) / hashFiles(fileList) -> {name, pdq, quality, sha256, width, height}.
 */
(function () {
    'use strict';

    function hex(buffer) {
        return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function hashFile(file) {
        return file.arrayBuffer().then(function (bytes) {
            return crypto.subtle.digest('SHA-256', bytes);
        }).then(function (digest) {
            return {name: file.name, pdq: null, quality: null, sha256: hex(digest), width: null, height: null};
        });
    }

    function hashFiles(fileList) {
        return Promise.all(Array.prototype.map.call(fileList, hashFile));
    }

    window.CsarHasher = {hashFile: hashFile, hashFiles: hashFiles};
}());
