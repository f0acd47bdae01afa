// « Proposer une fiche » : vérifie le formulaire pendant la saisie et prépare le fichier de la fiche,
// au même format que la commande « new » du générateur. Tout reste dans le navigateur :
// rien n'est envoyé, la page marche aussi ouverte depuis le disque.
(function () {
  'use strict';

  var form = document.getElementById('proposer');
  if (!form) return;
  var data = JSON.parse(document.getElementById('proposer-donnees').textContent);
  var texts = JSON.parse(document.getElementById('proposer-textes').textContent);
  var submitted = false;

  // ---- Text as the generator writes it (WriteUpScaffold, YamlText, Slugs in the C# code) ----
  // The rules (YAML quoting, folding) are the generator's own, from assets/regles.js.

  var rules = window.OsezRegles.writeUpFile;
  var ligatures = window.OsezRegles.folding.ligatures;
  var whitespace = new RegExp(rules.yaml.whitespace, 'gu');
  var control = new RegExp(rules.yaml.control, 'gu');
  var plainId = new RegExp(rules.yaml.plainId, 'u');

  /** YamlText.OneLine: every run of white space becomes one space, none at the ends. */
  function oneLine(text) { return text.replace(whitespace, ' ').replace(/^ | $/g, ''); }

  function quoted(text) {
    var out = '"';
    var line = oneLine(text).replace(control, ' ');
    for (var i = 0; i < line.length; i++) {
      var c = line.charAt(i);
      out += Object.prototype.hasOwnProperty.call(rules.yaml.escapes, c) ? rules.yaml.escapes[c] : c;
    }
    return out + '"';
  }

  /** Text inside the brackets of ![...](...): one line, the characters Markdown would read escaped. */
  function markdownText(text) { return oneLine(text).replace(control, ' ').replace(/[\\\[\]]/g, '\\$&'); }

  function termId(id) { return plainId.test(id) ? id : quoted(id); }

  function paragraphs(text) {
    var lines = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n');
    var result = '';
    var blank = 0;
    lines.forEach(function (raw) {
      var line = raw.replace(/\s+$/, '');
      if (line.length === 0) { blank++; return; }
      if (result.length > 0) result += blank > 0 ? '\n\n' : '\n';
      blank = 0;
      result += line;
    });
    return result;
  }

  /** TextFolding.ToIdentifier then Slugs.FromText. */
  function slugOf(title) {
    var folded = title.normalize('NFD').replace(/\p{Mn}/gu, '').split('').map(function (c) {
      return Object.prototype.hasOwnProperty.call(ligatures, c) ? ligatures[c] : c.toLowerCase();
    }).join('');
    var slug = '';
    var pending = false;
    for (var i = 0; i < folded.length; i++) {
      var c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pending && slug.length > 0) slug += '-';
        pending = false;
        slug += c;
      } else {
        pending = true;
      }
    }
    if (slug.length > data.slug_longueur_max) slug = slug.slice(0, data.slug_longueur_max).replace(/-+$/, '');
    return slug;
  }

  function pickSlug(title) {
    var taken = {};
    data.fiches.forEach(function (s) { taken[s] = true; });
    var stem = slugOf(title) || data.slug_par_defaut;
    if (!taken[stem]) return stem;
    for (var n = 2; ; n++) {
      var suffix = '-' + n;
      var base = stem.length + suffix.length > data.slug_longueur_max
        ? stem.slice(0, data.slug_longueur_max - suffix.length).replace(/-+$/, '') : stem;
      if (!taken[base + suffix]) return base + suffix;
    }
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  /** The values typed for a generic field: one text, or one name per line (WriteUpScaffold.AppendValues). */
  function listed(field, text) {
    return (field.liste ? text.split(/\r\n|\r|\n/) : [text]).map(oneLine).filter(function (v) { return v.length > 0; });
  }

  function render(draft) {
    var out = '---\n';
    function comment(text) { out += '# ' + text + '\n'; }
    data.rappels.forEach(comment);
    out += 'titre: ' + quoted(draft.titre) + '\n';
    comment(data.commentaires.resume);
    var summary = oneLine(draft.resume);
    out += 'resume: ' + quoted(summary.length > 0 ? summary : data.resume_a_completer) + '\n';
    out += 'date_publication: ' + draft.date + '\n';
    comment(data.commentaires.auteurs);
    out += 'auteurs:\n';
    [draft].concat(draft.coauteurs.filter(function (a) { return oneLine(a.nom).length > 0; })).forEach(function (a) {
      out += '  - nom: ' + quoted(a.nom) + '\n';
      if (oneLine(a.prenom).length > 0) out += '    prenom: ' + quoted(a.prenom) + '\n';
      if (oneLine(a.fonction).length > 0) out += '    fonction: ' + quoted(a.fonction) + '\n';
      if (oneLine(a.structure).length > 0) out += '    structure: ' + quoted(a.structure) + '\n';
    });
    if (oneLine(draft.collectif).length > 0) out += '  - collectif: ' + quoted(draft.collectif) + '\n';
    comment(data.commentaires.periode);
    out += 'periode:\n  debut: ' + draft.debut + '\n';
    if (draft.fin) out += '  fin: ' + draft.fin + '\n';
    else out += '  # ' + data.commentaires.en_cours + '\n  en_cours: true\n';
    comment(data.commentaires.taille);
    if (draft.taille) out += 'taille_groupe: ' + draft.taille + '\n';
    else comment(data.commentaires.taille_exemple);

    var parents = {};
    data.vocabulaires.forEach(function (v) {
      var dot = v.cle.indexOf('.');
      if (dot < 0) { out += vocabularyLines(v, v.cle, '', draft); return; }
      var parent = v.cle.slice(0, dot);
      if (parents[parent]) return;
      parents[parent] = true;
      out += parent + ':\n';
      data.vocabulaires.forEach(function (child) {
        if (child.cle.indexOf(parent + '.') === 0) out += vocabularyLines(child, child.cle.slice(dot + 1), '  ', draft);
      });
    });

    data.champs.forEach(function (f) {
      var values = listed(f, draft.valeurs[f.cle] || '');
      if (values.length === 0) return;
      comment(f.commentaire);
      out += f.cle + ': ' + (f.liste ? '[' + values.map(quoted).join(', ') + ']' : quoted(values[0])) + '\n';
    });

    comment(data.commentaires.statut);
    out += 'statut: brouillon\nlicence: CC-BY-4.0\n---\n';
    data.sections.forEach(function (section) {
      out += '\n## ' + section.titre + '\n\n';
      var written = draft.sections[section.id] || '';
      out += (written.trim().length > 0 ? paragraphs(written) : section.invite) + '\n';
      draft.images.filter(function (i) { return i.partie === section.id; }).forEach(function (i) {
        out += '\n![' + markdownText(i.alt) + '](' + i.nom + ')\n';
      });
    });
    return out;
  }

  function vocabularyLines(v, key, indent, draft) {
    var out = '';
    v.commentaires.forEach(function (line) { out += indent + line + '\n'; });
    var ids = draft.termes[v.cle] || [];
    if (v.unique) {
      out += ids.length > 0 ? indent + key + ': ' + termId(ids[0]) + '\n' : indent + '# ' + key + ': ' + v.exemple + '\n';
    } else {
      out += indent + key + ': [' + ids.map(termId).join(', ') + ']\n';
    }
    return out;
  }

  // ---- Checks: the same limits as « check », and personal data ----

  /** A text of fr.yml; with a count {n}, its singular (_one, for 0 and 1 in French) or plural (_other) form when it has both. */
  function message(key, values) {
    var n = values && values.n;
    if (typeof n === 'number' && texts[key + '_one'] !== undefined) key += n < 2 ? '_one' : '_other';
    var text = texts[key] || key;
    Object.keys(values || {}).forEach(function (name) { text = text.split('{' + name + '}').join(values[name]); });
    return text;
  }

  var KINDS = { email: 'email', phone: 'phone', nir: 'nir', iban: 'iban', street: 'street', postcode: 'postcode', civil: 'birth', honorific: 'honorific', age: 'age' };

  /** Personal data in one field, as messages: the same detectors as « check » (assets/donnees-personnelles.js). */
  function personalData(text) {
    var authors = [value('champ-nom'), value('champ-prenom')];
    authorRows().forEach(function (row) { authors.push(rowValue(row, 'nom'), rowValue(row, 'prenom')); });
    return window.OsezDonneesPersonnelles.find(text, authors).map(function (found) {
      return message(KINDS[found.kind], { valeur: found.value });
    });
  }

  var fixedTextFields = ['champ-titre', 'champ-resume', 'champ-nom', 'champ-prenom', 'champ-fonction', 'champ-structure', 'champ-collectif']
    .concat(data.champs.map(function (f) { return f.id; }))
    .concat(data.sections.map(function (s) { return s.id; }));

  /** The text fields checked for personal data: the fixed ones and those of each colleague added. */
  function textFields() {
    var ids = fixedTextFields.slice(0, 7);
    authorRows().forEach(function (row) {
      AUTHOR_PARTS.forEach(function (part) { ids.push(row.querySelector('[data-champ="' + part + '"]').id); });
    });
    ids = ids.concat(fixedTextFields.slice(7));
    imageRows().forEach(function (row) { ids.push(row.querySelector('[data-champ="alt"]').id); });
    return ids;
  }

  // ---- Colleagues who sign too: one row each, added and removed at will ----

  var AUTHOR_PARTS = ['nom', 'prenom', 'fonction', 'structure'];
  var authorList = document.getElementById('autres-auteurs');
  var authorModel = document.getElementById('modele-auteur');
  var authorCount = 0;

  function authorRows() { return Array.prototype.slice.call(authorList.querySelectorAll('[data-auteur]')); }

  function rowValue(row, part) { return row.querySelector('[data-champ="' + part + '"]').value; }

  function numberRows() {
    authorRows().forEach(function (row, i) {
      row.querySelector('legend').textContent = message('coauthor', { n: i + 2 });
    });
  }

  /** Adds a row whose fields are champ-nom-N, champ-prenom-N...; N is never reused, so a restored draft finds its fields. */
  function addAuthor(n) {
    n = n || ++authorCount;
    authorCount = Math.max(authorCount, n);
    var row = authorModel.content.firstElementChild.cloneNode(true);
    row.id = 'auteur-' + n;
    AUTHOR_PARTS.forEach(function (part) {
      var id = 'champ-' + part + '-' + n;
      var input = row.querySelector('[data-champ="' + part + '"]');
      input.id = id;
      input.name = part + '-' + n;
      row.querySelector('[data-pour="' + part + '"]').htmlFor = id;
      var describedBy = [];
      var error = row.querySelector('[data-erreur="' + part + '"]');
      if (error) { error.id = id + '-erreur'; describedBy.push(error.id); }
      var alert = row.querySelector('[data-alerte="' + part + '"]');
      alert.id = id + '-alerte';
      describedBy.push(alert.id);
      input.setAttribute('aria-describedby', describedBy.join(' '));
    });
    row.querySelector('[data-retirer]').addEventListener('click', function () {
      row.remove();
      numberRows();
      keepSoon();
      announce(message('author_removed'));
      document.getElementById('bouton-ajouter-auteur').focus();
    });
    authorList.appendChild(row);
    numberRows();
    return row;
  }

  function removeAuthors() {
    authorRows().forEach(function (row) { row.remove(); });
    authorCount = 0;
  }

  // ---- Images: chosen files, each with its description; named image-1.jpg... in the file, never by their own name ----

  var imageList = document.getElementById('liste-images');
  var imageModel = document.getElementById('modele-image');
  var imageInput = document.getElementById('champ-images');
  var images = {}; // by row id: { type, bytes (Uint8Array), url }
  var imageCount = 0;

  function imageRows() { return Array.prototype.slice.call(imageList.querySelectorAll('[data-image]')); }

  function addImageRow(n, type, bytes) {
    imageCount = Math.max(imageCount, n);
    var row = imageModel.content.firstElementChild.cloneNode(true);
    row.id = 'image-' + n;
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    images[row.id] = { type: type, bytes: bytes, url: url };
    row.querySelector('img').src = url;
    ['alt', 'partie'].forEach(function (part) {
      var id = 'champ-image-' + part + '-' + n;
      var control = row.querySelector('[data-champ="' + part + '"]');
      control.id = id;
      control.name = 'image-' + part + '-' + n;
      row.querySelector('[data-pour="' + part + '"]').htmlFor = id;
    });
    var alt = row.querySelector('[data-champ="alt"]');
    row.querySelector('[data-aide="alt"]').id = alt.id + '-aide';
    row.querySelector('[data-erreur="alt"]').id = alt.id + '-erreur';
    row.querySelector('[data-alerte="alt"]').id = alt.id + '-alerte';
    alt.setAttribute('aria-describedby', alt.id + '-aide ' + alt.id + '-erreur ' + alt.id + '-alerte');
    row.querySelector('[data-retirer]').addEventListener('click', function () {
      URL.revokeObjectURL(url);
      delete images[row.id];
      row.remove();
      keepImages();
      keepSoon();
      document.getElementById('proposer-resultat').hidden = true;
      announce(message('image_removed'));
      imageInput.focus();
    });
    imageList.appendChild(row);
    return row;
  }

  function removeImages() {
    imageRows().forEach(function (row) { URL.revokeObjectURL(images[row.id].url); row.remove(); });
    images = {};
    imageCount = 0;
  }

  function imageProblem(text) {
    var box = document.getElementById('champ-images-erreur');
    box.textContent = text || '';
    box.hidden = !text;
  }

  imageInput.addEventListener('change', function () {
    var files = Array.prototype.slice.call(imageInput.files || []);
    imageInput.value = '';
    var problem = null;
    var room = data.images.max - imageRows().length;
    var accepted = files.filter(function (file) {
      if (!Object.prototype.hasOwnProperty.call(data.images.types, file.type)) { problem = message('image_type'); return false; }
      if (file.size > data.images.mo_max * 1000000) {
        problem = message('image_size', { taille: (file.size / 1000000).toLocaleString('fr-FR', { maximumFractionDigits: 1 }), mo: data.images.mo_max });
        return false;
      }
      return true;
    });
    if (accepted.length > room) { problem = message('image_count', { max: data.images.max }); accepted = accepted.slice(0, Math.max(0, room)); }
    imageProblem(problem);
    Promise.all(accepted.map(function (file) {
      return file.arrayBuffer().then(function (buffer) { return { type: file.type, bytes: new Uint8Array(buffer) }; });
    })).then(function (read) {
      var first = null;
      read.forEach(function (image) { var row = addImageRow(++imageCount, image.type, image.bytes); first = first || row; });
      if (!first) return;
      document.getElementById('proposer-resultat').hidden = true;
      keepImages();
      keepSoon();
      announce(message('image_added'));
      first.querySelector('[data-champ="alt"]').focus();
    });
  });

  // The images of the draft are kept in the browser's database (IndexedDB), beside the text kept in localStorage.
  var imageBase = null;

  function openImageBase() {
    if (imageBase) return imageBase;
    imageBase = new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      var request = indexedDB.open('osez-proposition', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('images'); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
    return imageBase;
  }

  function imageStore(mode, use) {
    return openImageBase().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction('images', mode);
        var result = use(transaction.objectStore('images'));
        transaction.oncomplete = function () { resolve(result && result.result); };
        transaction.onerror = transaction.onabort = function () { reject(transaction.error); };
      });
    });
  }

  function keepImages() {
    var kept = imageRows().map(function (row) {
      return { n: +row.id.slice('image-'.length), type: images[row.id].type, bytes: images[row.id].bytes };
    });
    return imageStore('readwrite', function (store) { return store.put(kept, storeKey); }).catch(function () { /* not kept: said on return */ });
  }

  function forgetImages() {
    return imageStore('readwrite', function (store) { return store.delete(storeKey); }).catch(function () { /* nothing kept */ });
  }

  /** The images of the draft, given back as rows; a promise of whether they all came back. */
  function restoreImages(values) {
    var wanted = Object.keys(values).filter(function (id) { return /^champ-image-alt-\d+$/.test(id); });
    if (wanted.length === 0) return Promise.resolve(true);
    return imageStore('readonly', function (store) { return store.get(storeKey); }).then(function (kept) {
      (kept || []).forEach(function (image) { addImageRow(image.n, image.type, image.bytes); });
      return (kept || []).length >= wanted.length;
    }, function () { return false; });
  }

  function value(id) { var el = document.getElementById(id); return el ? el.value : ''; }

  /** The month chosen in a pair of selects (month, year) as AAAA-MM; "" when neither is chosen, "?" when one only. */
  function monthValue(id) {
    var month = value(id + '-mois');
    var year = value(id + '-annee');
    if (month && year) return year + '-' + month;
    return month || year ? '?' : '';
  }

  function monthProblem(id) {
    var text = monthValue(id);
    if (text === '') return message('required');
    if (text === '?') return message('month');
    return text > today().slice(0, 7) ? message('future') : null;
  }

  function lengthProblem(text, min, max, required) {
    var n = oneLine(text).length;
    if (n === 0) return required ? message('required') : null;
    if (n < min) return message('too_short', { n: n, min: min });
    if (n > max) return message('too_long', { n: n, max: max });
    return null;
  }

  function checkedIn(container) {
    return Array.prototype.filter.call(container.querySelectorAll('input'), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  }

  /** Every problem of the form, in page order: [{ id, focus, text }]. */
  function problems() {
    var list = [];
    function add(id, text, focus) { if (text) list.push({ id: id, focus: focus || id, text: text }); }
    add('champ-charte', document.getElementById('champ-charte').checked ? null : message('charter'));
    add('champ-titre', lengthProblem(value('champ-titre'), data.titre.min, data.titre.max, true));
    add('champ-resume', lengthProblem(value('champ-resume'), data.resume.min, data.resume.max, false));
    add('champ-nom', oneLine(value('champ-nom')).length === 0 ? message('required') : null);
    // A colleague's row is optional, but once something is written in it, the name is needed.
    authorRows().forEach(function (row) {
      var written = AUTHOR_PARTS.some(function (part) { return oneLine(rowValue(row, part)).length > 0; });
      var name = row.querySelector('[data-champ="nom"]');
      add(name.id, written && oneLine(name.value).length === 0 ? message('required') : null);
    });
    imageRows().forEach(function (row) {
      var alt = row.querySelector('[data-champ="alt"]');
      add(alt.id, oneLine(alt.value).length === 0 ? message('required') : null);
    });
    add('champ-debut', monthProblem('champ-debut'), 'champ-debut-mois');
    if (document.getElementById('champ-terminee').checked) {
      var endProblem = monthProblem('champ-fin');
      if (!endProblem && !monthProblem('champ-debut') && monthValue('champ-fin') < monthValue('champ-debut')) endProblem = message('end_before_start');
      add('champ-fin', endProblem, 'champ-fin-mois');
    }
    add('champ-taille', sizeProblem(), 'champ-taille-min');
    data.champs.forEach(function (f) {
      var wrong = listed(f, value(f.id)).map(function (v) { return lengthProblem(v, f.min, f.max, false); }).filter(Boolean);
      add(f.id, wrong[0] || null);
    });
    data.vocabulaires.forEach(function (v) {
      var el = document.getElementById(v.id);
      var chosen = el.tagName === 'SELECT' ? (el.value ? [el.value] : []) : checkedIn(el);
      var text = null;
      if (chosen.length === 0 && v.obligatoire) text = v.unique ? message('choose_one') : message('choose_min', { min: v.min });
      else if (chosen.length > 0 && chosen.length < v.min) text = message('choose_min', { min: v.min });
      else if (chosen.length > v.max) text = message('choose_max', { max: v.max });
      add(v.id, text, el.tagName === 'SELECT' ? v.id : el.querySelector('input').id);
    });
    textFields().forEach(function (id) {
      personalData(value(id)).forEach(function (text) { list.push({ id: id + '-alerte', focus: id, text: text }); });
    });
    return list;
  }

  function sizeProblem() {
    var min = value('champ-taille-min').trim();
    var max = value('champ-taille-max').trim();
    if (min === '' && max === '') return null;
    if (!/^\d+$/.test(min) || !/^\d+$/.test(max) || +min < 1 || +max < +min) return message('group');
    return null;
  }

  function showFieldErrors(list) {
    Array.prototype.forEach.call(form.querySelectorAll('.proposer__erreur'), function (p) {
      if (p.id === 'champ-images-erreur') return; // said when the images are chosen
      var id = p.id.replace(/-erreur$/, '');
      var problem = list.filter(function (x) { return x.id === id; })[0];
      p.hidden = !problem;
      p.textContent = problem ? problem.text : '';
      var field = document.getElementById(id);
      // A month is a pair of selects: both are marked.
      var controls = !field ? [] : /^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName) ? [field]
        : field.classList.contains('proposer__mois') ? Array.prototype.slice.call(field.querySelectorAll('select')) : [];
      controls.forEach(function (control) {
        if (problem) control.setAttribute('aria-invalid', 'true'); else control.removeAttribute('aria-invalid');
      });
    });
  }

  function showPersonalData(fieldId) {
    if (textFields().indexOf(fieldId) < 0) return;
    var box = document.getElementById(fieldId + '-alerte');
    var text = personalData(value(fieldId)).join(' ');
    // Only rewrite when it changes, so that screen readers announce it once.
    if (box.textContent !== text) box.textContent = text;
  }

  function showSummary(list) {
    var summary = document.getElementById('proposer-erreurs');
    summary.textContent = '';
    if (list.length === 0) { summary.hidden = true; return; }
    var title = document.createElement('p');
    title.className = 'proposer__resume-titre';
    title.textContent = message('errors_title');
    summary.appendChild(title);
    var ul = document.createElement('ul');
    list.forEach(function (problem) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + problem.focus;
      var label = labelOf(problem.focus);
      a.textContent = (label ? label + ' : ' : '') + problem.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        var target = document.getElementById(problem.focus);
        target.focus();
        target.scrollIntoView({ block: 'center' });
      });
      li.appendChild(a);
      ul.appendChild(li);
    });
    summary.appendChild(ul);
    summary.hidden = false;
    summary.focus();
  }

  function labelOf(id) {
    var field = document.getElementById(id);
    if (!field) return '';
    var fieldset = field.type === 'radio' || field.type === 'checkbox' || field.closest('.proposer__mois') ? field.closest('fieldset') : null;
    if (fieldset && field.id !== 'champ-charte') return fieldset.querySelector('legend').firstChild.textContent.trim();
    var label = form.querySelector('label[for="' + id + '"]');
    var row = field.closest('[data-auteur]');
    var text = label ? label.firstChild.textContent.trim() : '';
    return row ? row.querySelector('legend').textContent + ', ' + text.toLowerCase() : text;
  }

  // ---- The result ----

  function draft() {
    var termes = {};
    data.vocabulaires.forEach(function (v) {
      var el = document.getElementById(v.id);
      termes[v.cle] = el.tagName === 'SELECT' ? (el.value ? [el.value] : []) : checkedIn(el);
    });
    var sections = {};
    data.sections.forEach(function (s) { sections[s.id] = value(s.id); });
    var min = value('champ-taille-min').trim();
    var valeurs = {};
    data.champs.forEach(function (f) { valeurs[f.cle] = value(f.id); });
    return {
      titre: value('champ-titre'), resume: value('champ-resume'), date: today(),
      nom: value('champ-nom'), prenom: value('champ-prenom'), fonction: value('champ-fonction'), structure: value('champ-structure'),
      coauteurs: authorRows().map(function (row) {
        return { nom: rowValue(row, 'nom'), prenom: rowValue(row, 'prenom'), fonction: rowValue(row, 'fonction'), structure: rowValue(row, 'structure') };
      }),
      collectif: value('champ-collectif'),
      images: imageRows().map(function (row, i) {
        var image = images[row.id];
        return { nom: 'image-' + (i + 1) + '.' + data.images.types[image.type], alt: row.querySelector('[data-champ="alt"]').value,
          partie: row.querySelector('[data-champ="partie"]').value, bytes: image.bytes, type: image.type, url: image.url };
      }),
      debut: monthValue('champ-debut'),
      fin: document.getElementById('champ-terminee').checked ? monthValue('champ-fin') : '',
      taille: min === '' ? '' : min + '-' + value('champ-taille-max').trim(),
      termes: termes, sections: sections, valeurs: valeurs,
    };
  }

  var current = { slug: '', text: '', images: [] };

  /** What is sent: the write-up's file alone, or one zip with <slug>/index.md and its images beside it. */
  function sentName() { return current.slug + (current.images.length > 0 ? '.zip' : '.md'); }

  // The years of the month selects: this year first, back to 1980 (an action older than that is rare; the file
  // can always be corrected).
  Array.prototype.forEach.call(form.querySelectorAll('[data-annees]'), function (select) {
    for (var year = new Date().getFullYear(); year >= 1980; year--) {
      var option = document.createElement('option');
      option.value = option.textContent = String(year);
      select.appendChild(option);
    }
  });

  // ---- The draft kept in this browser ----
  // Kept as the person types, so that a reload or a closed tab loses nothing; removed only when the person says
  // the proposal was sent, or chooses to start again.

  var storeKey = 'osez-proposition:' + data.site;
  var saved = null;
  var unsent = false;
  var keepTimer = null;

  function fieldsOf() {
    return Array.prototype.filter.call(form.elements, function (el) { return el.id && el.type !== 'submit' && el.type !== 'button' && el.type !== 'file'; });
  }

  function snapshot() {
    var values = {};
    fieldsOf().forEach(function (el) { values[el.id] = el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value; });
    return values;
  }

  function hasWriting(values) {
    return Object.keys(values).some(function (id) { return typeof values[id] === 'string' && values[id].trim() !== ''; });
  }

  function readDraft() {
    try { return JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return null; }
  }

  function keepDraft() {
    clearTimeout(keepTimer);
    keepTimer = null;
    var values = snapshot();
    unsent = hasWriting(values);
    try {
      if (unsent) localStorage.setItem(storeKey, JSON.stringify({ quand: new Date().toISOString(), champs: values }));
    } catch (e) { /* storage full or refused: the page still works, the warning before leaving still protects */ }
  }

  function forgetDraft() {
    forgetImages();
    clearTimeout(keepTimer);
    keepTimer = null;
    try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
    unsent = false;
  }

  function restore(values) {
    removeImages();
    return restoreImages(values).then(function (complete) {
      restoreFields(values);
      if (!complete) imageProblem(message('images_lost'));
    });
  }

  function restoreFields(values) {
    removeAuthors();
    Object.keys(values).forEach(function (id) {
      var n = /^champ-nom-(\d+)$/.exec(id);
      if (n) addAuthor(+n[1]);
    });
    fieldsOf().forEach(function (el) {
      if (!(el.id in values)) return;
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = values[el.id] === true;
      else el.value = values[el.id];
    });
    document.getElementById('bloc-fin').hidden = !document.getElementById('champ-terminee').checked;
    unsent = hasWriting(values);
  }

  function whenLabel(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' }) + ', ' + d.getHours() + ' h ' + String(d.getMinutes()).padStart(2, '0');
  }

  function offerDraft() {
    saved = readDraft();
    if (!saved || !saved.champs || !hasWriting(saved.champs)) return;
    var banner = document.getElementById('proposer-reprise');
    document.getElementById('reprise-titre').textContent = message('draft_kept', { date: whenLabel(saved.quand) });
    banner.hidden = false;
  }

  function showResult() {
    var d = draft();
    current.slug = pickSlug(d.titre);
    current.text = render(d);
    current.images = d.images;
    document.getElementById('resultat-fichier').textContent = data.dossier + '/' + current.slug
      + (current.images.length > 0 ? '/' + data.images.index : '.md');
    document.getElementById('resultat-texte').value = current.text;
    document.getElementById('voir-fichier').open = false;
    var link = document.getElementById('lien-forge');
    if (link) link.href = forgeAddress();
    status('');
    showPreview(d);
    showForm(false);
    var result = document.getElementById('proposer-resultat');
    result.hidden = false;
    // The page got shorter (the form is hidden): the preview is shown from its top.
    result.focus({ preventScroll: true });
    window.scrollTo({ top: result.getBoundingClientRect().top + window.pageYOffset, behavior: 'instant' });
  }

  /** The form, or the preview in its place. */
  function showForm(shown) {
    form.hidden = !shown;
    var charter = document.querySelector('.proposer__charte');
    if (charter) charter.hidden = !shown;
    if (shown) document.getElementById('proposer-resultat').hidden = true;
  }

  // ---- The preview: the write-up as its page shows it (layouts/writeup.html), text rendered by markdown-it ----
  // Everything typed is untrusted: the Markdown is read without HTML (html: false), every value is set as text.

  var preview = document.getElementById('apercu');

  function setText(id, text) { document.getElementById(id).textContent = text; }

  function joinFrench(names) {
    if (names.length < 2) return names.join('');
    return names.slice(0, -1).join(', ') + ' ' + preview.dataset.et + ' ' + names[names.length - 1];
  }

  function monthLabel(month) {
    var parts = month.split('-');
    var select = document.getElementById('champ-debut-mois');
    var option = Array.prototype.filter.call(select.options, function (o) { return o.value === parts[1]; })[0];
    return (option ? option.textContent : parts[1]) + ' ' + parts[0];
  }

  function periodLabel(d) {
    var start = monthLabel(d.debut);
    if (!d.fin) return preview.dataset.periodeEnCours.split('{debut}').join(start);
    if (d.fin === d.debut) return preview.dataset.periodeUnMois.split('{debut}').join(start);
    return preview.dataset.periode.split('{debut}').join(start).split('{fin}').join(monthLabel(d.fin));
  }

  function termLabel(vocabulary, id) {
    var el = document.getElementById(vocabulary.id);
    var control = el.tagName === 'SELECT'
      ? Array.prototype.filter.call(el.options, function (o) { return o.value === id; })[0]
      : form.querySelector('label[for="' + Array.prototype.filter.call(el.querySelectorAll('input'), function (i) { return i.value === id; })[0].id + '"]');
    return control ? control.textContent.trim() : id;
  }

  function addFact(list, label, values) {
    if (values.length === 0) return;
    var div = document.createElement('div');
    var dt = document.createElement('dt');
    dt.textContent = label;
    var dd = document.createElement('dd');
    if (values.length === 1) dd.textContent = values[0];
    else {
      var ul = document.createElement('ul');
      values.forEach(function (v) { var li = document.createElement('li'); li.textContent = v; ul.appendChild(li); });
      dd.appendChild(ul);
    }
    div.appendChild(dt);
    div.appendChild(dd);
    list.appendChild(div);
  }

  var markdown = null;

  function markdownRenderer() {
    if (markdown) return markdown;
    markdown = window.markdownit({ html: false, linkify: false, typographer: false });
    var rules = markdown.renderer.rules;
    // The write-up's title is the preview's h2: its parts go one level down.
    rules.heading_open = rules.heading_close = function (tokens, i, options, env, self) {
      tokens[i].tag = 'h' + Math.min(6, +tokens[i].tag.slice(1) + 1);
      return self.renderToken(tokens, i, options);
    };
    // Only the images added in the form are shown (the site takes no image from elsewhere either).
    rules.image = function (tokens, i, options, env) {
      var token = tokens[i];
      var image = env.images.filter(function (im) { return im.nom === token.attrGet('src'); })[0];
      var alt = markdown.renderer.renderInlineAsText(token.children, options, env);
      if (!image) return '<span class="apercu__image-absente">' + markdown.utils.escapeHtml(alt) + '</span>';
      return '<img src="' + markdown.utils.escapeHtml(image.url) + '" alt="' + markdown.utils.escapeHtml(alt) + '">';
    };
    var linkOpen = rules.link_open || function (tokens, i, options, env, self) { return self.renderToken(tokens, i, options); };
    rules.link_open = function (tokens, i, options, env, self) {
      tokens[i].attrSet('target', '_blank');
      tokens[i].attrSet('rel', 'noopener noreferrer');
      return linkOpen(tokens, i, options, env, self);
    };
    return markdown;
  }

  /** The text of the file after its front matter. */
  function body(text) {
    var end = text.indexOf('\n---\n', 4);
    return end < 0 ? text : text.slice(end + 5);
  }

  function showPreview(d) {
    var persons = [d].concat(d.coauteurs.filter(function (a) { return oneLine(a.nom).length > 0; }));
    var names = persons.map(function (a) { return oneLine(oneLine(a.prenom) + ' ' + oneLine(a.nom)); });
    if (oneLine(d.collectif)) names.push(oneLine(d.collectif));
    setText('apercu-titre', oneLine(d.titre));
    var summary = oneLine(d.resume);
    setText('apercu-resume', summary.length > 0 ? summary : data.resume_a_completer);
    setText('apercu-auteurs', joinFrench(names));

    var authors = document.getElementById('apercu-redaction-liste');
    authors.textContent = '';
    persons.forEach(function (a, i) {
      var li = document.createElement('li');
      var strong = document.createElement('strong');
      strong.textContent = names[i];
      li.appendChild(strong);
      var rest = (oneLine(a.fonction) ? ', ' + oneLine(a.fonction) : '') + (oneLine(a.structure) ? ' (' + oneLine(a.structure) + ')' : '');
      if (rest) li.appendChild(document.createTextNode(rest));
      authors.appendChild(li);
    });
    if (oneLine(d.collectif)) {
      var li = document.createElement('li');
      var strong = document.createElement('strong');
      strong.textContent = oneLine(d.collectif);
      li.appendChild(strong);
      authors.appendChild(li);
    }

    var facts = document.getElementById('apercu-reperes');
    facts.textContent = '';
    addFact(facts, preview.dataset.libellePeriode, [periodLabel(d)]);
    if (d.taille) {
      var range = d.taille.split('-');
      addFact(facts, preview.dataset.libelleTaille, [preview.dataset.taille.split('{min}').join(range[0]).split('{max}').join(range[1])]);
    }
    data.champs.forEach(function (f) { addFact(facts, f.libelle, listed(f, d.valeurs[f.cle] || '')); });
    data.vocabulaires.forEach(function (v) {
      addFact(facts, v.libelle, (d.termes[v.cle] || []).map(function (id) { return termLabel(v, id); }));
    });

    var bodyBox = document.getElementById('apercu-corps');
    bodyBox.innerHTML = markdownRenderer().render(body(current.text), { images: d.images });
    showWarnings();
  }

  /** The passages of the preview that look like personal data, highlighted, and listed above it with a link to each. */
  function showWarnings() {
    var authors = [value('champ-nom'), value('champ-prenom')];
    authorRows().forEach(function (row) { authors.push(rowValue(row, 'nom'), rowValue(row, 'prenom')); });
    var found = [];
    var blocks = [];
    var groups = [];
    var walker = document.createTreeWalker(preview, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var block = node.parentElement.closest('h1,h2,h3,h4,h5,h6,p,li,dd,dt,td,th,blockquote,span');
      if (!block || block.closest('.writeup__authors') || block.id === 'apercu-auteurs') continue; // the authors may be named
      var at = blocks.indexOf(block);
      if (at < 0) { blocks.push(block); groups.push([]); at = blocks.length - 1; }
      groups[at].push(node);
    }
    groups.forEach(function (nodes) {
      var text = nodes.map(function (n) { return n.data; }).join('');
      window.OsezDonneesPersonnelles.find(text, authors).reverse().forEach(function (hit) {
        var id = 'apercu-alerte-' + (found.length + 1);
        found.push({ id: id, text: message(KINDS[hit.kind], { valeur: hit.value }) });
        wrap(nodes, hit.index, hit.index + hit.length, id, found[found.length - 1].text);
      });
    });
    imageRows().forEach(function (row) {
      personalData(row.querySelector('[data-champ="alt"]').value).forEach(function (text) {
        found.push({ id: null, text: labelOf(row.querySelector('[data-champ="alt"]').id) + ' : ' + text });
      });
    });
    // In the order of the page.
    var order = Array.prototype.map.call(preview.querySelectorAll('mark[id]'), function (m) { return m.id; });
    found.sort(function (a, b) { return (a.id ? order.indexOf(a.id) : 1e9) - (b.id ? order.indexOf(b.id) : 1e9); });

    var box = document.getElementById('apercu-alertes');
    var list = document.getElementById('apercu-alertes-liste');
    list.textContent = '';
    box.hidden = found.length === 0;
    setText('apercu-alertes-titre', message('preview_warnings', { n: found.length }));
    found.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item.text + ' ';
      if (item.id) {
        var a = document.createElement('a');
        a.href = '#' + item.id;
        a.textContent = message('preview_see');
        li.appendChild(a);
      }
      list.appendChild(li);
    });
    var forge = document.getElementById('lien-forge');
    // The forge is public from the first second: not offered while a passage may name someone.
    if (forge) forge.hidden = found.length > 0;
  }

  /** Wraps [from, to) of the text made by these nodes in <mark> elements, one per text node crossed. */
  function wrap(nodes, from, to, id, title) {
    var offset = 0;
    var first = true;
    var spans = nodes.map(function (n) { var span = { node: n, start: offset }; offset += n.data.length; return span; });
    spans.forEach(function (span) {
      var start = Math.max(from, span.start) - span.start;
      var end = Math.min(to, span.start + span.node.data.length) - span.start;
      if (end <= start) return;
      var range = document.createRange();
      range.setStart(span.node, start);
      range.setEnd(span.node, end);
      var mark = document.createElement('mark');
      mark.className = 'apercu__alerte';
      mark.title = title;
      if (first) { mark.id = id; first = false; }
      range.surroundContents(mark);
    });
  }

  function forgeAddress() {
    var base = data.forge.nouveau_fichier;
    if (data.forge.type !== 'github') return base;
    var named = base + '?filename=' + encodeURIComponent(current.slug + '.md');
    var full = named + '&value=' + encodeURIComponent(current.text);
    return full.length <= data.forge.longueur_max ? full : named;
  }

  /** Said to screen readers while the form is shown (the status line below belongs to the preview). */
  function announce(text) { document.getElementById('proposer-annonce').textContent = text; }

  function status(text) { document.getElementById('proposer-statut').textContent = text; }

  function copy() {
    var area = document.getElementById('resultat-texte');
    function fallback() {
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(current.text).then(function () { return true; }, function () { return fallback(); });
    }
    return Promise.resolve(fallback());
  }

  // ---- Wiring ----

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submitted = true;
    var list = problems();
    showFieldErrors(list);
    textFields().forEach(showPersonalData);
    // Passages that look like personal data do not stop the preview: it shows them, highlighted, before sending.
    var blocking = list.filter(function (p) { return !/-alerte$/.test(p.id); });
    showSummary(blocking);
    if (blocking.length === 0) showResult();
  });

  var timers = {};
  form.addEventListener('input', function (event) {
    var id = event.target.id;
    document.getElementById('proposer-resultat').hidden = true;
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () {
      showPersonalData(id);
      if (submitted) showFieldErrors(problems());
    }, 250);
  });

  form.addEventListener('change', function (event) {
    if (event.target.name === 'etat') document.getElementById('bloc-fin').hidden = !document.getElementById('champ-terminee').checked;
    // After a first try, errors follow the corrections; before it, a field is judged once left.
    var list = problems();
    if (submitted) showFieldErrors(list);
    else showFieldErrors(list.filter(function (p) { return p.id === event.target.id || p.focus === event.target.id || event.target.id.indexOf(p.id + '-') === 0; }));
  });

  document.getElementById('bouton-ajouter-auteur').addEventListener('click', function () {
    var row = addAuthor();
    document.getElementById('proposer-resultat').hidden = true;
    keepSoon();
    row.querySelector('[data-champ="nom"]').focus();
  });

  document.getElementById('bouton-modifier').addEventListener('click', function () {
    showForm(true);
    var warned = textFields().filter(function (id) { return personalData(value(id)).length > 0; })[0];
    var target = document.getElementById(warned || 'champ-titre');
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });

  document.getElementById('bouton-telecharger').addEventListener('click', function () { download(); });

  document.getElementById('bouton-copier').addEventListener('click', function () {
    copy().then(function (ok) { status(message(ok ? 'copied' : 'copy_failed')); });
  });

  // Kept a moment after the last key rather than at each one: the whole form is written to the storage each time.
  function keepSoon() {
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepDraft, 400);
  }
  form.addEventListener('input', keepSoon);
  form.addEventListener('change', keepSoon);
  // Leaving within that moment still keeps what was typed.
  window.addEventListener('pagehide', function () { if (keepTimer !== null) keepDraft(); });

  document.getElementById('bouton-reprendre').addEventListener('click', function () {
    document.getElementById('proposer-reprise').hidden = true;
    (saved ? restore(saved.champs) : Promise.resolve()).then(function () { document.getElementById('champ-titre').focus(); });
  });

  document.getElementById('bouton-recommencer').addEventListener('click', function () {
    forgetDraft();
    form.reset();
    removeAuthors();
    removeImages();
    document.getElementById('bloc-fin').hidden = true;
    document.getElementById('proposer-reprise').hidden = true;
    status(message('draft_cleared'));
    document.getElementById('champ-charte').focus();
  });

  // Leaving with writing that was not sent asks first (the draft is kept anyway, but a shared computer may be cleaned).
  window.addEventListener('beforeunload', function (event) {
    if (keepTimer !== null) keepDraft();
    if (!unsent) return;
    event.preventDefault();
    event.returnValue = '';
  });

  /** The zip of a write-up with images (fflate): <slug>/index.md, and the images next to it, kept as they are. */
  function zipped() {
    var entries = {};
    entries[current.slug + '/' + data.images.index] = window.fflate.strToU8(current.text);
    current.images.forEach(function (image) { entries[current.slug + '/' + image.nom] = [image.bytes, { level: 0 }]; });
    return new Blob([window.fflate.zipSync(entries, { mtime: new Date() })], { type: 'application/zip' });
  }

  function download() {
    var blob = current.images.length > 0 ? zipped() : new Blob([current.text], { type: 'text/markdown;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = sentName();
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  /** The message to the team: its address, a subject naming the write-up, a short body saying what to attach (RFC 6068). */
  function mailAddress() {
    var d = draft();
    var file = sentName();
    var author = [oneLine(d.prenom), oneLine(d.nom)].filter(Boolean).join(' ');
    var subject = message('mail_subject', { titre: oneLine(d.titre) });
    var body = message(current.images.length > 0 ? 'mail_body_images' : 'mail_body', { titre: oneLine(d.titre), fichier: file, auteur: author }).replace(/\r?\n/g, '\r\n');
    return 'mailto:' + data.equipe.courriel + '?subject=' + encodeURIComponent(subject) + '&body=' + encodeURIComponent(body);
  }

  var sendLink = document.getElementById('bouton-envoyer');
  if (sendLink) {
    sendLink.addEventListener('click', function () {
      sendLink.href = mailAddress();
      download();
      status(message('mail_opened', { fichier: sentName() }));
      // The mail program opens in place of the page: nothing here is lost, and no warning should stand in the way.
      suspendWarning();
    });
  }

  document.getElementById('bouton-envoye').addEventListener('click', function () {
    forgetDraft();
    status(message('sent_thanks'));
  });

  function suspendWarning() {
    var was = unsent;
    unsent = false;
    setTimeout(function () { unsent = was && readDraft() !== null; }, 1000);
  }

  offerDraft();

  var forgeLink = document.getElementById('lien-forge');
  if (forgeLink) {
    forgeLink.addEventListener('click', function () {
      // When the text cannot travel in the address (GitLab, or too long), it goes through the clipboard.
      if (data.forge.type !== 'github' || forgeLink.href.indexOf('&value=') < 0) {
        copy().then(function (ok) { status(message(ok ? 'pasted_for_forge' : 'copy_failed')); });
      }
    });
  }
})();
