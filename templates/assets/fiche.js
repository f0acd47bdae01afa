/*
 * Osez le collectif : la page d'une fiche. Les « Repères » sont repliés en une ligne sur un petit
 * écran (le récit vient plus vite) et dépliés sur un grand, où ils sont à côté du texte.
 */
(function () {
  'use strict';
  var facts = document.getElementById('reperes-details');
  if (!facts || !window.matchMedia) return;
  var wide = window.matchMedia('(min-width: 56rem)');
  if (wide.matches) facts.open = true;
  // Printed, the facts are always there.
  var wasOpen = facts.open;
  window.addEventListener('beforeprint', function () { wasOpen = facts.open; facts.open = true; });
  window.addEventListener('afterprint', function () { facts.open = wasOpen; });
}());
