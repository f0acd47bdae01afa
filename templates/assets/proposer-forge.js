// « Proposer une fiche » : la façon publique, par le formulaire « Proposer une expérience » de la forge, prérempli
// avec les réponses. Proposée seulement quand le fichier est prêt et que les vérifications de la page n'ont trouvé
// aucune donnée personnelle : sur la forge, tout est public dès l'envoi.
(function () {
  'use strict';

  var box = document.getElementById('proposer-public');
  var result = document.getElementById('proposer-resultat');
  var form = document.getElementById('proposer');
  if (!box || !result || !form) return;
  var data = JSON.parse(document.getElementById('proposer-public-donnees').textContent);
  var link = document.getElementById('lien-proposition-publique');
  var rest = document.getElementById('proposer-public-reste');

  function el(id) { return document.getElementById(id); }
  function value(id) { var e = el(id); return e && typeof e.value === 'string' ? e.value : ''; }
  function oneLine(text) { return text.replace(/\s+/g, ' ').trim(); }

  function selectedText(select) {
    return select && select.value ? select.options[select.selectedIndex].textContent.trim() : '';
  }

  /** « septembre 2024 », as the issue form asks it (recevoir reads it back). */
  function month(id) {
    var m = selectedText(el(id + '-mois'));
    var y = value(id + '-annee');
    return m && y ? m + ' ' + y : '';
  }

  /** The labels of the chosen terms, separated by commas, as the issue form's answer. */
  function terms(id) {
    var e = el(id);
    if (!e) return '';
    if (e.tagName === 'SELECT') return selectedText(e);
    return Array.prototype.filter.call(e.querySelectorAll('input'), function (i) { return i.checked; }).map(function (i) {
      var label = form.querySelector('label[for="' + i.id + '"]');
      return label ? label.textContent.trim() : i.value;
    }).join(', ');
  }

  function answer(source) {
    switch (source.genre) {
      case 'charte': return el(source.id) && el(source.id).checked ? '- [X] ' + data.charte : '';
      case 'mois': return month(source.id);
      case 'fin': return el('champ-terminee') && el('champ-terminee').checked ? month(source.id) : '';
      case 'taille':
        var min = value(source.id + '-min').trim();
        var max = value(source.id + '-max').trim();
        return min && max ? min + '-' + max : '';
      case 'termes': return terms(source.id);
      default: return value(source.id).replace(/\r\n|\r/g, '\n').trim();
    }
  }

  /** Personal data in any text of the form: the same detectors as the page's own checks (assets/donnees-personnelles.js). */
  function holdsPersonalData() {
    var detectors = window.OsezDonneesPersonnelles;
    if (!detectors) return true; // unsure: the public route is not offered
    var authors = [value('champ-nom'), value('champ-prenom')];
    return Array.prototype.some.call(form.querySelectorAll('input[type="text"], textarea'), function (field) {
      return field.value.trim() !== '' && detectors.find(field.value, authors).length > 0;
    });
  }

  /** The address of the prefilled issue form, and the labels of the answers that did not fit in it. */
  function address() {
    var answers = data.champs.map(function (f) { return { field: f, text: answer(f.source) }; });
    var title = data.titre + oneLine(value('champ-titre'));
    var left = [];
    var url;
    if (data.forge === 'gitlab') {
      // GitLab has no issue forms: the description is written as GitHub writes a form's answers, which recevoir reads.
      var start = data.adresse + '?issue%5Btitle%5D=' + encodeURIComponent(title) + '&issue%5Bdescription%5D=';
      var body = '';
      answers.forEach(function (a) {
        var part = (body ? '\n\n' : '') + '### ' + a.field.libelle + '\n\n' + (a.text || data.sans_reponse);
        if ((start + encodeURIComponent(body + part)).length > data.longueur_max) { left.push(a.field.libelle); part = (body ? '\n\n' : '') + '### ' + a.field.libelle + '\n\n' + data.sans_reponse; }
        body += part;
      });
      url = start + encodeURIComponent(body);
    } else {
      url = data.adresse + '?template=' + encodeURIComponent(data.modele) + '&title=' + encodeURIComponent(title);
      answers.forEach(function (a) {
        if (!a.text || a.field.source.genre === 'charte') return; // the box is ticked on the forge, by the person
        var part = '&' + encodeURIComponent(a.field.id) + '=' + encodeURIComponent(a.text);
        if ((url + part).length > data.longueur_max) { left.push(a.field.libelle); return; }
        url += part;
      });
    }
    return { url: url, left: left };
  }

  function update() {
    if (result.hidden || holdsPersonalData()) { box.hidden = true; return; }
    var made = address();
    link.href = made.url;
    rest.hidden = made.left.length === 0;
    rest.textContent = made.left.length === 0 ? '' : rest.getAttribute('data-texte').split('{parties}').join(made.left.map(function (l) { return '« ' + l + ' »'; }).join(', '));
    box.hidden = false;
  }

  // The file is shown (or hidden again, at the next key) by the page's script: the route follows it.
  new MutationObserver(update).observe(result, { attributes: true, attributeFilter: ['hidden'] });
  update();
})();
