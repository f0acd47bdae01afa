/* Osez le collectif — exporter les références d'une liste de fiches.

   Pour toute page qui montre des fiches (ma sélection, résultats d'une recherche...) :

     <script src="RACINE/assets/citations.js"></script>

     OsezCitations.text(['slug-a', 'slug-b'], 'bibtex')      -> Promise<string>
     OsezCitations.download(['slug-a', 'slug-b'], 'ris')     -> Promise : propose le fichier
     OsezCitations.download(slugs, 'csl-json', 'recherche')  -> fichier « recherche.json »
     OsezCitations.load()                                    -> Promise<données> (voir ci-dessous)
     OsezCitations.formats                                   -> { bibtex: { extension, type, label }, ris: ..., 'csl-json': ... }

   Sans écrire de script, un bouton suffit :
     <button type="button" data-citations-export="ris" data-citations-slugs="slug-a,slug-b">RIS</button>
     <button type="button" data-citations-export="bibtex" data-citations-from="OsezRecherche.currentSlugs"
             data-citations-name="recherche">BibTeX</button>
   data-citations-from nomme une fonction globale qui rend la liste des slugs au moment du clic.

   Formats : 'bibtex' (@techreport), 'ris' (TY  - RPRT, UTF-8), 'csl-json' (tableau d'objets « report »).
   Les slugs inconnus sont ignorés ; l'ordre donné est gardé. Les références viennent de
   donnees/citations.js, produit à chaque construction du site et chargé comme un script :
   tout marche aussi depuis le disque (file://), sans serveur.
   Données : { site, adresse, ordre: [slugs], fiches: { slug: { titre, chemin, adresse, auteurs, date,
   resume, illustratif, reference_html, reference_texte, contenu, bibtex, ris, csl } } }. */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('../', script ? script.src : window.location.href).href;
  var loading = null;

  var formats = {
    bibtex: { extension: '.bib', type: 'application/x-bibtex', label: 'BibTeX' },
    ris: { extension: '.ris', type: 'application/x-research-info-systems', label: 'RIS' },
    'csl-json': { extension: '.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' }
  };

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = url;
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error('Chargement impossible : ' + url)); };
      document.head.appendChild(tag);
    });
  }

  function load() {
    if (window.OsezCitationData) return Promise.resolve(window.OsezCitationData);
    if (!loading) {
      loading = loadScript(root + 'donnees/citations.js').then(function () { return window.OsezCitationData; });
    }
    return loading;
  }

  function entries(data, slugs) {
    return slugs.map(function (slug) { return data.fiches[slug]; }).filter(Boolean);
  }

  function text(slugs, format) {
    if (!formats[format]) return Promise.reject(new Error('Format inconnu : ' + format));
    return load().then(function (data) {
      var items = entries(data, slugs);
      if (format === 'bibtex') return items.map(function (e) { return e.bibtex; }).join('\n');
      if (format === 'ris') return items.map(function (e) { return e.ris; }).join('\r\n');
      return JSON.stringify(items.map(function (e) { return e.csl; }), null, 2) + '\n';
    });
  }

  function download(slugs, format, name) {
    return text(slugs, format).then(function (content) {
      var info = formats[format];
      var blob = new Blob([content], { type: info.type + ';charset=utf-8' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = (name || 'references') + info.extension;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    });
  }

  /** Charge le texte d'une fiche (HTML), pour l'imprimer avec d'autres. */
  function body(slug) {
    return load().then(function (data) {
      var entry = data.fiches[slug];
      if (!entry) return '';
      var store = window.OsezFicheContenus || {};
      if (store[slug] !== undefined) return store[slug];
      return loadScript(root + entry.contenu).then(function () { return (window.OsezFicheContenus || {})[slug] || ''; });
    });
  }

  window.OsezCitations = { root: root, formats: formats, load: load, text: text, download: download, body: body };

  function slugsOf(button) {
    var listed = button.getAttribute('data-citations-slugs');
    if (listed !== null) return listed.split(',').filter(Boolean);
    var path = (button.getAttribute('data-citations-from') || '').split('.').filter(Boolean);
    var owner = path.slice(0, -1).reduce(function (o, name) { return o ? o[name] : undefined; }, window);
    var source = owner ? owner[path[path.length - 1]] : undefined;
    return typeof source === 'function' ? source.call(owner) : [];
  }

  // The buttons are hidden in the HTML: they only work with this script.
  function showButtons() {
    document.querySelectorAll('[data-citations-export]').forEach(function (button) { button.hidden = false; });
    document.querySelectorAll('[data-citations-exports]').forEach(function (group) { group.hidden = false; });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showButtons); else showButtons();

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-citations-export]');
    if (button) download(slugsOf(button), button.getAttribute('data-citations-export'), button.getAttribute('data-citations-name') || 'references');
  });
})();
