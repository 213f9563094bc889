// The queue page refreshes its rows without reloading: every data-refresh-seconds it fetches
// data-live (rendered by the server, already escaped) into #live. The fetch does not count as
// activity, so an idle session still ends; when it has ended (401 or a redirect to the sign-in
// page) the page goes to the sign-in page instead of showing stale data.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !live.dataset.live) {
    return;
  }
  var every = Math.max(1, Number(live.dataset.refreshSeconds) || 30) * 1000;

  function schedule() {
    window.setTimeout(refresh, every);
  }

  function refresh() {
    fetch(live.dataset.live, {
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      if (response.status === 401 || response.type === 'opaqueredirect') {
        window.location.assign(live.dataset.expired);
        return;
      }
      if (!response.ok) {
        schedule();
        return;
      }
      return response.text().then(function (html) {
        live.innerHTML = html;
        schedule();
      });
    }).catch(schedule);
  }

  schedule();
})();
