// Repère, dans le navigateur, ce qui ressemble à une donnée personnelle : les mêmes règles que la
// vérification des fiches (« ./build.sh check », codes KB0402 à KB0410, KB0414 et KB0415), pour prévenir avant l'envoi.
// Les règles (motifs, listes de mots, ordre de priorité, préparation du texte) sont celles du générateur,
// écrites par chaque construction dans assets/regles.js (window.OsezRegles) : ce fichier ne fait que les
// appliquer. Utilisé par le formulaire « Proposer une fiche » ; sans effet ailleurs. Marche aussi dans node.
(function (root) {
  'use strict';

  var rules = root.OsezRegles;
  if (!rules || !rules.personalData) throw new Error('assets/regles.js et assets/regles-donnees-personnelles.js doivent être chargés avant donnees-personnelles.js');
  var detectors = rules.personalData.detectors;
  var preparation = rules.personalData.prepare;
  var ligatures = rules.folding.ligatures;

  function regex(source, flags) { return new RegExp(source, 'u' + (flags || '')); }

  function toSet(words) {
    var set = Object.create(null);
    words.forEach(function (w) { set[w] = true; });
    return set;
  }

  /** TextFolding.Fold: without diacritics, ligatures spelt out, lower case. */
  function fold(text) {
    return text.normalize('NFD').replace(/\p{Mn}/gu, '').split('').map(function (c) {
      return Object.prototype.hasOwnProperty.call(ligatures, c) ? ligatures[c] : c.toLowerCase();
    }).join('');
  }

  /** The authors' own names may appear (DeclaredIdentities.IsDeclaredName). */
  function declaredName(name, declared) {
    var parts = name.split(/[ \n\t]+/).map(function (p) { return p.replace(/\.+$/, ''); }).filter(function (p) { return p.length > 1; });
    return parts.length > 0 && parts.every(function (p) { return declared.indexOf(fold(p)) >= 0; });
  }

  function each(pattern, text, visit) {
    pattern.lastIndex = 0;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      visit(m);
      if (m.index === pattern.lastIndex) pattern.lastIndex++;
    }
  }

  function nirIsValid(compact) {
    if (compact.length !== 15) return false;
    var month = +compact.slice(3, 5);
    if (month === 0 || (month > 12 && month < 20)) return false;
    var dept = compact.slice(5, 7);
    var digits = dept === '2A' ? compact.slice(0, 5) + '19' + compact.slice(7) : dept === '2B' ? compact.slice(0, 5) + '18' + compact.slice(7) : compact;
    if (!/^[0-9]{15}$/.test(digits)) return false;
    return +digits.slice(13) === 97 - Number(BigInt(digits.slice(0, 13)) % 97n);
  }

  function ibanIsValid(compact) {
    var rearranged = compact.slice(4) + compact.slice(0, 4);
    var digits = '';
    for (var i = 0; i < rearranged.length; i++) {
      var c = rearranged.charAt(i);
      if (c >= '0' && c <= '9') digits += c;
      else if (c >= 'A' && c <= 'Z') digits += String(c.charCodeAt(0) - 55);
      else return false;
    }
    return BigInt(digits) % 97n === 1n;
  }

  // What each detector does with its pattern's matches (the Find method of its C# class), by kind.
  // Each gives, for one match, the finding as [index, text], or nothing.
  var checks = {
    email: function (d) {
      var domains = toSet(d.reservedDomains), serviceWords = toSet(d.serviceWords);
      var names = detectors.filter(function (x) { return x.kind === 'name'; })[0];
      var firstNames = toSet(names ? names.firstNames.split(' ') : []);
      // A service's address (contact@, accueil.ccas@): a service word and no first name, or a mailing list's
      // (EmailDetector.IsServiceAddress).
      function isService(address) {
        var domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
        if (d.listDomains.some(function (list) { return domain.slice(0, list.length) === list; })) return true;
        var words = address.slice(0, address.lastIndexOf('@')).toLowerCase().split(/[.\-_+]/).filter(Boolean);
        return words.some(function (w) { return serviceWords[w]; })
          && !words.some(function (w) { return w.length > 1 && firstNames[fold(w)]; });
      }
      return function (m) {
        var domain = m.groups.domain.toLowerCase();
        var reserved = domains[domain] || d.reservedEnds.some(function (end) { return domain.slice(-end.length) === end && domain.length >= end.length; });
        return reserved || isService(m[0]) ? null : [m.index, m[0]];
      };
    },
    phone: function () { return function (m) { return [m.index, m[0]]; }; },
    nir: function (d) {
      var cue = regex(d.cue), separators = regex(d.separators, 'g');
      return function (m, text) {
        var compact = m[0].replace(separators, '').toUpperCase();
        return nirIsValid(compact) || cue.test(text.slice(Math.max(0, m.index - d.cueWindow), m.index)) ? [m.index, m[0]] : null;
      };
    },
    iban: function (d) {
      return function (m, text) {
        var positions = [];
        for (var i = m.index; i < m.index + m[0].length; i++) if (/[A-Za-z0-9]/.test(text.charAt(i))) positions.push(i);
        var country = text.substr(m.index, 2);
        for (var length = Math.min(d.longest, positions.length); length >= d.shortest; length--) {
          if (Object.prototype.hasOwnProperty.call(d.lengths, country) && d.lengths[country] !== length) continue;
          var compact = positions.slice(0, length).map(function (p) { return text.charAt(p).toUpperCase(); }).join('');
          if (ibanIsValid(compact)) return [m.index, text.slice(m.index, positions[length - 1] + 1)];
        }
        return null;
      };
    },
    street: function () { return function (m) { return [m.index, m[0]]; }; },
    postcode: function () { return function (m) { return [m.index, m[0]]; }; },
    civil: function (d) {
      var subject = regex(d.subject, 'g'), countBefore = regex(d.countBefore);
      var names = detectors.filter(function (x) { return x.kind === 'name'; })[0];
      var firstNames = toSet(names ? names.firstNames.split(' ') : []);
      // CivilDateDetector.SubjectIsAPerson: the first word naming a person or a thing decides; with neither, only a
      // "né" that opens the sentence is a person's.
      function subjectIsAPerson(before) {
        var decided = null;
        each(subject, before, function (w) {
          if (decided !== null) return;
          if (w.groups.thing !== undefined) decided = false;
          else if (w.groups.person !== undefined || firstNames[fold(w[0])]) decided = true;
        });
        return decided !== null ? decided : !/\p{L}/u.test(before);
      }
      return function (m, text) {
        var window = text.slice(Math.max(0, m.index - d.subjectWindow), m.index);
        if (m.groups.born !== undefined) {
          var before = window;
          var sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
          if (sentence >= 0) before = before.slice(sentence + 1);
          if (!subjectIsAPerson(before)) return null;
        }
        // "14 décès en 2019": deaths counted, not a person's.
        if (m.groups.death !== undefined && countBefore.test(window)) return null;
        return [m.index, m[0]];
      };
    },
    honorific: function (d) {
      var notNames = toSet(d.notNames), particles = toSet(d.particles);
      return function (m, text, declared) {
        var name = m.groups.name;
        var parts = name.split(/[ \n]+/).filter(Boolean);
        var first = parts[0].replace(/\.+$/, '');
        var particle = parts.length > 1 && particles[parts[0]] && /^\p{Lu}/u.test(parts[1]) && !notNames[parts[1].replace(/\.+$/, '')];
        if (notNames[first.split(/['-]/)[0]] && !particle) return null;
        return declaredName(name, declared) ? null : [m.index, m[0]];
      };
    },
    age: function (d) {
      var notNames = toSet(d.notNames);
      return function (m, text, declared) {
        var name = m.groups.name;
        var age = +m.groups.age;
        if (notNames[name] || declaredName(name, declared) || !(age >= d.youngest && age <= d.oldest)) return null;
        return [m.index, m[0]];
      };
    },
    fileNumber: function (d) {
      var notAFileNumber = regex(d.notAFileNumber), unitAfter = regex(d.unitAfter), plate = regex(d.plate);
      return function (m, text) {
        var number = m.groups.number, end = m.index + m[0].length;
        var digits = number.replace(/[^0-9]/g, '').length;
        if (!(plate.test(number) || (digits >= d.fewestDigits && !notAFileNumber.test(number)))) return null;
        return unitAfter.test(text.slice(end, end + d.after)) ? null : [m.index, m[0]];
      };
    },
    name: function (d) {
      var firstNames = toSet(d.firstNames.split(' ')), notSurnames = toSet(d.notSurnames);
      var placeBefore = regex(d.placeBefore), authorBefore = regex(d.authorBefore), yearAfter = regex(d.yearAfter);
      function isPublic(text, index) {
        var rest = text.slice(index);
        return d.publicNames.some(function (n) {
          return rest.slice(0, n.length) === n && (rest.length === n.length || !/\p{L}/u.test(rest.charAt(n.length)));
        });
      }
      return function (m, text, declared) {
        // The match is the first name; the surname is read ahead of it.
        if (!firstNames[fold(m.groups.first)]) return null;
        var name = m[0] + m.groups.gap + m.groups.last, last = m.groups.last.split(' ');
        if (notSurnames[last[last.length - 1]] || isPublic(text, m.index) || declaredName(name, declared)) return null;
        // A place or an institution named after someone, an author cited, a work's year: not a person of the story.
        var before = text.slice(Math.max(0, m.index - d.window), m.index);
        var sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
        if (sentence >= 0) before = before.slice(sentence + 1);
        var end = m.index + name.length;
        if (placeBefore.test(before) || authorBefore.test(before) || yearAfter.test(text.slice(end, end + d.after))) return null;
        return [m.index, name];
      };
    },
  };

  var patterns = detectors.map(function (d) { return regex(d.pattern, 'g'); });
  var applied = detectors.map(function (d) { return checks[d.kind](d); });

  // The text is prepared as the check prepares it (ScanText.Prepare), so that « Mme\tDupont », « Mme **Dupont** »
  // or « 06\u00A012... » are read as the page shows them. Same length as the text: a position in the prepared
  // text is a position in what was typed.
  var TAG = regex(preparation.tag, 'g');
  var SPACE_ENTITY = regex(preparation.spaceEntity, 'g');
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

  function prepare(text) {
    var chars = text.split('').map(function (c) {
      return preparation.asSpace.indexOf(c) >= 0 ? ' ' : preparation.asApostrophe.indexOf(c) >= 0 ? "'"
        : preparation.asHyphen.indexOf(c) >= 0 ? '-' : c;
    });
    function blank(from, to) { for (var i = from; i < to; i++) chars[i] = ' '; }
    each(/_+/g, text, function (m) {
      // "mot_de_passe" keeps its "_": Markdown only takes them for emphasis outside a word.
      var end = m.index + m[0].length;
      if (!(m.index > 0 && LETTER_OR_DIGIT.test(text.charAt(m.index - 1)) && LETTER_OR_DIGIT.test(text.charAt(end)))) blank(m.index, end);
    });
    each(TAG, text, function (m) {
      // The quoted attribute values stay (a title is shown); line ends too.
      var quote = '';
      for (var i = m.index; i < m.index + m[0].length; i++) {
        var c = text.charAt(i);
        if (quote && c !== quote) continue;
        if (quote) quote = '';
        else if (c === '"' || c === "'") quote = c;
        chars[i] = c === '\n' ? c : ' ';
      }
    });
    each(SPACE_ENTITY, text, function (m) { blank(m.index, m.index + m[0].length); });
    return chars.join('');
  }

  /**
   * Everything that looks like personal data in a text, in order:
   * [{ code: 'KB0402', kind: 'email', index: 12, length: 24, value: '...' }]. `authors` are names allowed to appear.
   * As PersonalDataDetectors.Scan: the detectors run in priority order, and a finding that overlaps one
   * already kept is dropped.
   */
  function find(typed, authors) {
    var declared = (authors || []).map(function (n) { return fold(n.trim()); }).filter(function (n) { return n.length > 0; });
    var text = prepare(typed);
    var kept = [];
    detectors.forEach(function (d, i) {
      each(patterns[i], text, function (m) {
        var found = applied[i](m, text, declared);
        if (!found) return;
        var index = found[0], length = found[1].length;
        if (kept.some(function (k) { return index < k.index + k.length && k.index < index + length; })) return;
        kept.push({ code: d.code, kind: d.kind, index: index, length: length, value: typed.substr(index, length).trim() });
      });
    });
    return kept.sort(function (a, b) { return a.index - b.index; });
  }

  root.OsezDonneesPersonnelles = { find: find, prepare: prepare };
  if (typeof module !== 'undefined' && module.exports) module.exports = root.OsezDonneesPersonnelles;
})(typeof window !== 'undefined' ? window : globalThis);
