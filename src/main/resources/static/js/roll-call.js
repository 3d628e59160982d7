// The roll call at a wing gate: "Internos contados" follows the absent marks (expected minus the
// marked) until the officer types a number of their own. Without this script the server does the
// same for a count left as the page proposed it (see RollCallPages).
(function () {
    var form = document.getElementById('roll-call-form');
    if (!form) { return; }
    var counted = document.getElementById('counted');
    var suggested = document.getElementById('counted-suggested');
    var expected = parseInt(form.getAttribute('data-expected'), 10);
    var live = document.getElementById('counted-live');
    var typed = false;
    counted.addEventListener('input', function () { typed = counted.value !== suggested.value; });
    function follow() {
        var absent = form.querySelectorAll('input[name="absent"]:checked').length;
        var proposal = String(Math.max(0, expected - absent));
        if (!typed) {
            counted.value = proposal;
        }
        suggested.value = proposal;
        if (live) { live.textContent = counted.value; }
    }
    form.querySelectorAll('input[name="absent"]').forEach(function (box) { box.addEventListener('change', follow); });
    counted.addEventListener('input', function () { if (live) { live.textContent = counted.value; } });
})();
