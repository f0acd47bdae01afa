/* Osez le collectif — le menu de l'en-tête sur un téléphone.
   Sans script, « Menu » est un lien vers le menu du pied de page. Avec, il devient un bouton qui
   déplie le menu sur place (aria-expanded) ; Échap le replie et rend le focus au bouton. */
(function () {
  'use strict';

  document.querySelectorAll('[data-menu-toggle]').forEach(function (link) {
    var menu = document.getElementById(link.getAttribute('data-menu-toggle'));
    if (!menu) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.textContent = link.textContent;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', menu.id);
    link.parentNode.replaceChild(button, link);

    function show(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      menu.classList.toggle('is-open', open);
    }
    button.addEventListener('click', function () { show(button.getAttribute('aria-expanded') !== 'true'); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        show(false);
        button.focus();
      }
    });
  });
})();
