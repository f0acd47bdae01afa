/* Osez le collectif — citer et imprimer une fiche.
   - complète la référence : adresse de la page (si le site n'a pas déclaré son adresse publique)
     et date de consultation du jour ;
   - bouton « Copier la référence » ; boutons [data-print] ;
   - boutons de téléchargement de la référence (BibTeX, RIS, CSL-JSON), dont les textes sont dans la page
     (<script type="application/json" data-cite-files>) ;
   - à l'impression, les liens du texte sont suivis de leur adresse complète. */
(function () {
  'use strict';

  function frenchDate(date) {
    var text = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    return date.getDate() === 1 ? text.replace(/^1 /, '1er ') : text;
  }

  function webAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    if (canonical && /^https?:/.test(canonical.href)) return canonical.href;
    if (/^https?:$/.test(window.location.protocol)) return window.location.href.split('#')[0];
    return '';
  }

  document.querySelectorAll('[data-cite-reference]').forEach(function (reference) {
    var address = reference.querySelector('[data-cite-address]');
    var url = webAddress();
    if (address && address.textContent.trim() === '' && url) {
      address.textContent = reference.getAttribute('data-available') + ' ' + url;
    }
    var consulted = reference.querySelector('[data-cite-consulted]');
    if (consulted) {
      // After the address, a space; without one, the reference's own space before it is enough.
      var spaced = address && address.textContent.trim() !== '';
      consulted.textContent = (spaced ? ' ' : '') + reference.getAttribute('data-consulted-format').replace('{date}', frenchDate(new Date())) + '.';
    }
  });

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy'));
    });
  }
  window.OsezCopy = copy;

  document.querySelectorAll('[data-cite-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-cite-copy'));
    var status = button.parentNode.querySelector('[data-cite-status]');
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.textContent.replace(/\s+/g, ' ').trim();
      copy(text).then(function () {
        if (status) status.textContent = status.getAttribute('data-copied');
      }, function () {
        if (status) status.textContent = status.getAttribute('data-failed');
        var range = document.createRange();
        range.selectNodeContents(target);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
  });

  // The three files of the reference are data of the page (made with it): offered as files from here,
  // over http and from disk alike.
  var files = document.querySelector('[data-cite-files]');
  if (files) {
    var texts = null;
    try { texts = JSON.parse(files.textContent); } catch (e) { texts = null; }
    document.querySelectorAll('[data-cite-download]').forEach(function (button) {
      var text = texts && texts[button.getAttribute('data-cite-download')];
      if (typeof text !== 'string') return;
      button.addEventListener('click', function () {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text], { type: button.getAttribute('data-type') + ';charset=utf-8' }));
        link.download = button.getAttribute('data-file');
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      });
      var group = button.closest('[data-cite-downloads]');
      if (group) group.hidden = false;
    });
  }

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // Links printed in full: their absolute address, resolved against the public address when known.
  var base = webAddress();
  document.querySelectorAll('.prose a[href]').forEach(function (link) {
    var href = link.getAttribute('href');
    if (!href || href.charAt(0) === '#' || /^mailto:/i.test(href) || link.classList.contains('anchor')) return;
    var absolute;
    try { absolute = new URL(href, base || window.location.href).href; } catch (e) { return; }
    if (!/^https?:/.test(absolute)) return;
    // A link that already shows its address is printed as it is.
    if (link.textContent.trim() === absolute || link.textContent.trim() === href) link.setAttribute('data-print-plain', '');
    else link.setAttribute('data-print-url', absolute);
  });
})();
