/* Osez le collectif — « Ma sélection » : les fiches qu'un lecteur met de côté.
   Gardée dans ce navigateur (localStorage), sans compte ni serveur ; marche aussi depuis le disque.

   API (window.OsezSelection), pour les autres scripts du site :
     get()              -> tableau des identifiants (slugs) des fiches, dans l'ordre choisi
     set(slugs)         remplace la sélection
     add(slug), remove(slug), has(slug), toggle(slug)
     move(slug, delta)  déplace une fiche de delta positions (-1 : monter, +1 : descendre)
     clear()
     onChange(fonction) appelée avec la nouvelle liste après chaque changement (aussi depuis un autre onglet)
     refresh()          affiche les boutons ajoutés à la page après son chargement (résultats d'une recherche)

   Dans les pages : un bouton [data-selection-toggle="slug"] ajoute ou retire une fiche ;
   [data-selection-add-all="a,b,c"] ajoute plusieurs fiches ; [data-selection-count] affiche le nombre. */
(function () {
  'use strict';
  var KEY = 'osez.selection';
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var memory = [];
  var listeners = [];

  function clean(list) {
    var seen = {};
    return (Array.isArray(list) ? list : []).filter(function (slug) {
      if (typeof slug !== 'string' || !SLUG.test(slug) || seen[slug]) return false;
      seen[slug] = true;
      return true;
    });
  }

  function get() {
    try {
      var stored = window.localStorage.getItem(KEY);
      return clean(stored ? JSON.parse(stored) : memory);
    } catch (e) {
      return clean(memory);
    }
  }

  function set(list) {
    memory = clean(list);
    try { window.localStorage.setItem(KEY, JSON.stringify(memory)); } catch (e) { /* stockage refusé : la sélection vit le temps de la page */ }
    notify();
  }

  function notify() {
    var list = get();
    listeners.forEach(function (listener) { listener(list); });
  }

  var api = {
    get: get,
    set: set,
    has: function (slug) { return get().indexOf(slug) >= 0; },
    add: function (slug) { var list = get(); if (list.indexOf(slug) < 0) { list.push(slug); set(list); } },
    remove: function (slug) { set(get().filter(function (s) { return s !== slug; })); },
    toggle: function (slug) { if (api.has(slug)) api.remove(slug); else api.add(slug); return api.has(slug); },
    move: function (slug, delta) {
      var list = get();
      var from = list.indexOf(slug);
      var to = from + delta;
      if (from < 0 || to < 0 || to >= list.length) return false;
      list.splice(from, 1);
      list.splice(to, 0, slug);
      set(list);
      return true;
    },
    clear: function () { set([]); },
    onChange: function (listener) { listeners.push(listener); },
    /** Shows the buttons added to the page after it loaded (results of a search, for example). */
    refresh: function () { refresh(); }
  };
  window.OsezSelection = api;

  window.addEventListener('storage', function (event) { if (event.key === KEY) notify(); });

  function refresh() {
    var list = get();
    document.querySelectorAll('[data-selection-toggle]').forEach(function (button) {
      var selected = list.indexOf(button.getAttribute('data-selection-toggle')) >= 0;
      var label = button.querySelector('[data-selection-label]');
      if (label) label.textContent = button.getAttribute(selected ? 'data-remove' : 'data-add');
      button.classList.toggle('is-selected', selected);
      button.hidden = false;
    });
    document.querySelectorAll('[data-selection-count]').forEach(function (count) {
      count.textContent = list.length > 0 ? ' (' + list.length + ')' : '';
      count.hidden = list.length === 0;
    });
    document.querySelectorAll('[data-selection-add-all]').forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-selection-toggle]');
    if (toggle) {
      api.toggle(toggle.getAttribute('data-selection-toggle'));
      return;
    }
    var all = event.target.closest('[data-selection-add-all]');
    if (all) {
      all.getAttribute('data-selection-add-all').split(',').forEach(api.add);
      var status = all.parentNode.querySelector('[data-selection-status]');
      if (status) status.textContent = all.getAttribute('data-done');
    }
  });

  listeners.push(refresh);
  // The search page announces each new list of results: show their selection buttons.
  document.addEventListener('osez:resultats', function () { refresh(); });
  refresh();
})();
