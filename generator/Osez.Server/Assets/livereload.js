// Aperçu du site : recharge la page quand le site a été reconstruit.
// Ajouté par le serveur d'aperçu au moment de servir la page ; absent du site publié.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script.getAttribute('data-version');
  var key = 'osez-apercu-defilement:' + location.pathname;

  // Revenir là où on lisait avant le rechargement.
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener('load', function () { window.scrollTo(0, parseInt(saved, 10) || 0); });
  }

  var events = new EventSource(script.getAttribute('data-evenements'));
  events.onmessage = function (message) {
    // The server sends the current version at once, then every new one: a build that
    // happened while the page was loading is not missed.
    if (message.data !== version) {
      events.close();
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    }
  };
})();
