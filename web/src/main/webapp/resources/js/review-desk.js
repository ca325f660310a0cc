/* The review desk's break reminder (reviewer wellness): the time on the desk counts from the first
   desk page of this tab's session; after data-break-after seconds the reminder shows, and
   "break taken" starts the count again. Nothing is sent to the server. */
(function () {
    var KEY = 'csar.desk.since';
    function arm() {
        var reminder = document.getElementById('break-reminder');
        if (!reminder) {
            return;
        }
        var after = parseInt(reminder.getAttribute('data-break-after'), 10) * 1000;
        if (!(after > 0)) {
            return;
        }
        var since = parseInt(sessionStorage.getItem(KEY), 10);
        if (!(since > 0)) {
            since = Date.now();
            sessionStorage.setItem(KEY, String(since));
        }
        var timer = setTimeout(function () { reminder.hidden = false; }, Math.max(0, since + after - Date.now()));
        var taken = document.getElementById('break-taken');
        taken.onclick = function () {
            clearTimeout(timer);
            reminder.hidden = true;
            sessionStorage.setItem(KEY, String(Date.now()));
            arm();
        };
    }
    document.addEventListener('DOMContentLoaded', arm);
})();
