/* Osez le collectif — exporter les références d'une liste de fiches, et lire leurs textes.

   Pour toute page qui montre des fiches (ma sélection, résultats d'une recherche...) :

     <script src="RACINE/assets/regles.js"></script>
     <script src="RACINE/assets/citations.js"></script>

     OsezCitations.text(['slug-a', 'slug-b'], 'bibtex')      -> Promise<string>
     OsezCitations.download(['slug-a', 'slug-b'], 'ris')     -> Promise : propose le fichier
     OsezCitations.download(slugs, 'csl-json', 'recherche')  -> fichier « recherche.json »
     OsezCitations.entries(['slug-a', 'inconnu'])            -> Promise<{ 'slug-a': fiche }> (voir ci-dessous)
     OsezCitations.bodies(['slug-a', 'slug-b'])              -> Promise<[html, html]> (texte de chaque fiche)
     OsezCitations.formats()                                 -> Promise<{ bibtex: { extension, type, champ, separateur }, ... }>

   Sans écrire de script, un bouton suffit :
     <button type="button" data-citations-export="ris" data-citations-slugs="slug-a,slug-b">RIS</button>
     <button type="button" data-citations-export="bibtex" data-citations-from="OsezRecherche.currentSlugs"
             data-citations-name="recherche">BibTeX</button>
   data-citations-from nomme une fonction globale qui rend la liste des slugs au moment du clic (ou une
   promesse de cette liste).

   Formats : ceux que décrit donnees/references.js (produit par le générateur, un par format qu'il connaît :
   'bibtex', 'ris', 'csl-json'...) : extension et type du fichier, champ de la fiche dans les morceaux, et
   comment en faire un fichier de plusieurs fiches (les champs joints par « separateur », ou un tableau JSON).
   Les slugs inconnus sont ignorés ; l'ordre donné est gardé.

   Les données sont produites à chaque construction du site, en morceaux de 32 à 64 fiches,
   et chargées comme des scripts : tout marche aussi depuis le disque (file://), sans serveur, et une
   page ne charge que les morceaux des fiches qu'elle montre.
     donnees/references.js         { format, site, fiches, references: [fichiers], contenus: [fichiers],
                                     formats: { nom: { extension, type, champ, separateur | json } } }
     donnees/references/N-xxx.js   { slug: { titre, chemin, auteurs, date, illustratif, reference_html,
                                             et un champ par format : bibtex, ris, csl... } }
     donnees/contenus/N-xxx.js     { slug: html du texte }
   Une fiche est dans le morceau N = FNV-1a 32 bits de son slug, modulo le nombre de morceaux (une
   puissance de deux : une fiche garde son morceau tant que le site ne double pas). */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('../', script ? script.src : window.location.href).href;
  var FORMAT = 2;
  var manifestLoading = null;
  var chunkLoading = {};

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = url;
      tag.onload = function () { resolve(); };
      tag.onerror = function () {
        tag.remove();
        reject(new Error('Chargement impossible : ' + url));
      };
      document.head.appendChild(tag);
    });
  }

  function manifest() {
    if (!manifestLoading) {
      manifestLoading = loadScript(root + 'donnees/references.js').then(function () {
        var loaded = window.OsezReferences;
        if (!loaded || loaded.format !== FORMAT) throw new Error('Données de références illisibles : donnees/references.js');
        return loaded;
      });
      // A failed load may be tried again (a network hiccup).
      manifestLoading.catch(function () { manifestLoading = null; });
    }
    return manifestLoading;
  }

  /** FNV-1a (32 bits) of the slug's UTF-16 code units: ReferenceChunks.Of in the generator, with its parameters (assets/regles.js). */
  function chunkOf(slug, count) {
    var fnv = window.OsezRegles.referenceChunks;
    var hash = fnv.fnvOffset;
    for (var i = 0; i < slug.length; i++) {
      hash ^= slug.charCodeAt(i);
      hash = Math.imul(hash, fnv.fnvPrime);
    }
    return (hash >>> 0) % count;
  }

  /** The data of chunk n of a kind ('references' or 'contenus'). */
  function chunk(data, kind, n) {
    var file = data[kind][n];
    if (!chunkLoading[file]) {
      chunkLoading[file] = loadScript(root + 'donnees/' + file).then(function () {
        var store = window.OsezReferencesData || {};
        var value = store[kind + '/' + n];
        if (!value) throw new Error('Données de références illisibles : donnees/' + file);
        return value;
      });
      chunkLoading[file].catch(function () { delete chunkLoading[file]; });
    }
    return chunkLoading[file];
  }

  /** { slug: value } for the slugs found in the chunks of a kind; unknown slugs are left out. */
  function lookup(slugs, kind) {
    return Promise.resolve(slugs).then(function (list) {
      list = (list || []).filter(function (slug) { return typeof slug === 'string' && slug; });
      if (list.length === 0) return Object.create(null);
      return manifest().then(function (data) {
        var count = data[kind].length;
        var wanted = {};
        list.forEach(function (slug) { wanted[chunkOf(slug, count)] = true; });
        var numbers = Object.keys(wanted).map(Number);
        return Promise.all(numbers.map(function (n) { return chunk(data, kind, n); })).then(function (chunks) {
          var found = Object.create(null);
          list.forEach(function (slug) {
            var values = chunks[numbers.indexOf(chunkOf(slug, count))];
            if (Object.prototype.hasOwnProperty.call(values, slug)) found[slug] = values[slug];
          });
          return found;
        });
      });
    });
  }

  /** A promise of { slug: { titre, chemin, auteurs, date, illustratif, reference_html, bibtex, ris, csl... } }. */
  function entries(slugs) { return lookup(slugs, 'references'); }

  /** A promise of the formats the generator describes in the manifest, by name. */
  function formats() {
    return manifest().then(function (data) { return data.formats; });
  }

  /** A promise of the description of a format, or a rejected one for an unknown format. */
  function formatNamed(format) {
    return formats().then(function (known) {
      if (!Object.prototype.hasOwnProperty.call(known, format)) throw new Error('Format inconnu : ' + format);
      return known[format];
    });
  }

  function text(slugs, format) {
    // slugs may be a list or a promise of one (the search page's OsezRecherche.currentSlugs).
    return Promise.all([formatNamed(format), Promise.resolve(slugs)]).then(function (values) {
      var info = values[0], list = values[1];
      return entries(list).then(function (found) {
        var fields = (list || []).map(function (slug) { return found[slug]; }).filter(Boolean)
          .map(function (e) { return e[info.champ]; });
        if (info.json) return JSON.stringify(fields, null, 2) + '\n';
        return fields.join(info.separateur);
      });
    });
  }

  function download(slugs, format, name) {
    return Promise.all([text(slugs, format), formatNamed(format)]).then(function (values) {
      var content = values[0], info = values[1];
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

  /** The texts (HTML) of write-ups, in the order given ('' for an unknown one), to print them together. */
  function bodies(slugs) {
    return lookup(slugs, 'contenus').then(function (found) {
      return slugs.map(function (slug) { return found[slug] || ''; });
    });
  }

  window.OsezCitations = { root: root, formats: formats, entries: entries, text: text, download: download, bodies: bodies };

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
