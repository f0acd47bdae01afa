// Repère, dans le navigateur, ce qui ressemble à une donnée personnelle : les mêmes règles que la
// vérification des fiches (« ./build.sh check », codes KB0402 à KB0410), pour prévenir avant l'envoi.
// Utilisé par le formulaire « Proposer une fiche » ; sans effet ailleurs. Marche aussi dans node.
(function (root) {
  'use strict';

  // .NET's \w is Unicode-aware, JavaScript's is not: spell it out.
  var W = '[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}]';

  /** Case-insensitive spelling of a fixed word, for the parts that .NET writes with (?i:...). */
  function ci(words) {
    var out = '';
    for (var i = 0; i < words.length; i++) {
      var c = words.charAt(i);
      if (c === '\\') { out += c + words.charAt(++i); continue; } // an escape such as \\s is kept as it is
      var lower = c.toLowerCase(), upper = c.toUpperCase();
      out += lower === upper ? c : '[' + lower + upper + ']';
    }
    return out;
  }

  var MONTH = ci('janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre');
  var DATE = '(?<date>(?:\\d{1,2}|1er|premier)\\s+(?:' + MONTH + ')(?:\\s+(?:19|20)\\d{2})?'
    + '|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}'
    + '|(?:' + MONTH + ')\\s+(?:19|20)\\d{2}'
    + '|(?:19|20)\\d{2})(?![\\d/])';

  var patterns = {
    email: new RegExp('(?<![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}.+%-])' + '[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}.+%-]+@(?<domain>' + '[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}-]+(?:\\.[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}-]+)*\\.(?<tld>\\p{L}{2,}))(?![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}-])', 'gu'),
    phone: /(?<![\d+])(?<!\d[ .-])(?:(?:\+|00) ?(?:33|262|590|594|596|269)[ .-]?(?:\(0\) ?)?[1-9]|0[1-9])(?:[ .-]?\d){8}(?![ .-]?\d)/gu,
    nir: new RegExp('(?<!' + W + ')[1-478][ .-]?\\d{2}[ .-]?\\d{2}[ .-]?(?:\\d{2}|2[ABab])[ .-]?\\d{3}[ .-]?\\d{3}[ .-]?\\d{2}(?!' + W + ')', 'gu'),
    nirCue: new RegExp(ci('s') + '[ée]' + ci('curit') + '[ée]\\s+' + ci('sociale') + '|(?<!' + W + ')' + ci('s') + '[ée]' + ci('cu') + '(?!' + W + ')'
      + '|(?<!' + W + ')' + ci('nir') + '(?!' + W + ')|' + ci('assur') + '[ée]e?\\s+' + ci('social') + '|' + ci('vitale') + '|(?<!' + W + ')' + ci('insee') + '(?!' + W + ')', 'u'),
    iban: new RegExp('(?<!' + W + ')[A-Z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,30}', 'gu'),
    street: new RegExp('(?<![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc},.])\\d{1,4}(?: ?(?:bis|ter|quater|[A-D])(?!' + W + '))? ?,?\\s+'
      + '(?:(?:' + ci('rue|avenue|av\\.|boulevard|bd|bld|blvd|impasse|allée|allee|quai|faubourg|fbg|chemin|route|ruelle|venelle') + ')\\s+(?:(?:de\\s+la|de\\s+l\'|du|des|de|d\'|la|le|l\')\\s*)?\\p{L}[\\p{L}\'-]*'
      + '|(?:' + ci('place|cours|passage|square|cité|cite|voie|villa|sentier|esplanade|parvis|rond-point|lotissement|hameau|résidence|residence|promenade|mail|traverse') + ')\\s+(?:(?:de\\s+la|de\\s+l\'|du|des|de|d\'|la|le|l\')\\s*)?\\p{Lu}[\\p{L}\'-]*)', 'gu'),
    postcode: /(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}.,])(?:(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|9[78][0-8]\d{2})(?![\p{L}\p{Mn}\p{Nd}\p{Pc}.,]) +(?:CEDEX|Cedex|\p{Lu}[\p{Ll}'-]+(?:[ -]\p{Lu}[\p{Ll}'-]+)*)/gu,
    civil: new RegExp('(?<!' + W + ')(?:'
      + '(?<born>(?:' + ci('née?s?|née?\\(e\\)s?|né·e|nee?') + ')\\s+(?:(?:' + ci('à|a') + ')\\s+\\p{Lu}[\\p{L}\'-]*(?:\\s+\\p{Lu}[\\p{L}\'-]*)?\\s*,?\\s+)?(?:' + ci('le|en|au\\s+mois\\s+de|au\\s+mois\\s+d\'|vers|début|fin|courant') + ')?\\s*' + DATE + ')'
      + '|(?:' + ci('décédée?s?|decedee?s?|décès|deces|morte?s?|disparue?s?|mariée?s?|mariage|pacsée?s?|divorcée?s?|divorce|veuve?\\s+depuis|arrivée?s?\\s+en\\s+france') + ')\\s+(?:' + ci('le|en|depuis|au\\s+mois\\s+de|du|début|fin|courant') + ')?\\s*' + DATE.replace('?<date>', '?<date2>')
      + '|(?:' + ci('date\\s+de\\s+naissance') + '|' + ci('ddn') + '(?!' + W + ')|' + ci('naissance') + '\\s*:\\s*' + DATE.replace('?<date>', '?<date3>') + '))', 'gu'),
    thingBefore: new RegExp('(?<!' + W + ')(?:' + ci('projet|idée|idee|groupe|action|association|collectif|démarche|initiative|atelier|dispositif|partenariat|envie|demande|réseau|jardin|café|journal|film|comité|conseil|lieu|service|structure|épicerie|fête|événement|festival|programme|tradition|habitude|ce\\s+temps|cette\\s+(?:rencontre|dynamique|aventure)') + ')s?(?!' + W + ')[^.]*$', 'u'),
    honorific: new RegExp('(?<!' + W + ')(?<!\\d )(?:M\\.|MM\\.|Mmes?\\.?|Mlles?\\.?|Madame|Monsieur|Mademoiselle|Mr\\.?|Mrs\\.?)[ \\n]+'
      + '(?<name>(?:\\p{Lu}[\\p{L}\'-]*\\p{L}|\\p{Lu}\\.?)(?: (?:\\p{Lu}[\\p{L}\'-]*\\p{L}|\\p{Lu}\\.?))?)(?!' + W + ')', 'gu'),
    firstNameAge: new RegExp('(?<![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\'-])(?<name>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?: \\p{Lu}\\.)?(?: *, *| *\\( *| +)'
      + '(?:(?:' + ci('âgée?s?\\s+de|qui\\s+a|a') + ')\\s+)?(?<age>\\d{1,3}) *' + ci('ans') + '(?!' + W + ')'
      + '(?= *[),.;:!?]| *$|\\s+(?:et|qui|est|a|était|vit|habite|mère|père|maman|papa|arrivée?|célibataire|mariée?|divorcée?|veuve?|sans|au\\s+chômage|en\\s+recherche)(?!' + W + '))', 'gmu'),
  };

  var HONORIFIC_NOT_NAMES = toSet('Le La Les L Un Une Des De Du Et Ou Tout Toute Tous Chacun Chacune Maire Directeur Directrice Président Présidente '
    + 'Préfet Préfète Juge Procureur Ministre Député Députée Sénateur Sénatrice Adjoint Adjointe Conseiller Conseillère Docteur Professeur '
    + 'Principal Principale Proviseur Curé Pasteur Imam Rabbin Commissaire Capitaine');
  var AGE_NOT_NAMES = toSet("Aujourd'hui Depuis Ensuite Puis Alors Enfin Après Avant Pendant Parmi Dont Soit Environ Moins Plus Entre Total Ainsi "
    + 'Donc Or Mais Hier Demain Autrefois Jadis Désormais Certains Certaines Beaucoup Plusieurs Tous Toutes Chacun Chacune Moyenne En Dans Sur '
    + 'Pour Par Avec Sans Sous Chez Vers Durant Lors Dès Selon Sinon Il Elle Ils Elles On Nous Vous Je Tu Ce Cela Ça Ceci Celui Celle Ceux Sa Son '
    + 'Ses Leur Leurs Mon Ma Mes Notre Nos Votre Vos Le La Les Un Une Des Du De Et Ou Qui Que Quand Comme Si Voici Voilà Près Presque Déjà '
    + 'Encore Toujours Jamais Chaque Tout Toute Cet Cette Ces Au Aux Quelque Quelques Janvier Février Mars Avril Mai Juin Juillet Août '
    + 'Septembre Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Total Ans Mois Semaines');
  var IBAN_LENGTHS = { FR: 27, MC: 27, BE: 16, CH: 21, LU: 20, DE: 22, ES: 24, IT: 27, PT: 25, NL: 18, GB: 22 };
  var RESERVED_DOMAINS = /^(?:example\.(?:com|org|net)|.*\.(?:example|invalid|test|localhost)|.*\.example\.(?:com|org))$/;

  function toSet(words) {
    var set = {};
    words.split(' ').forEach(function (w) { if (w) set[w] = true; });
    return set;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').toLowerCase();
  }

  /** The authors' own names may appear (DeclaredIdentities). */
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
    if (!/^\d{15}$/.test(digits)) return false;
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

  // The text is prepared as the check prepares it (ScanText.Prepare, generator/Osez.Core/Anonymisation/ScanText.cs), so that
  // « Mme\tDupont », « Mme **Dupont** » or « 06\u00A012... » are read as the page shows them. Same length as the text:
  // a position in the prepared text is a position in what was typed.
  var TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t\n\r\f\/][^<>]*)?>/g;
  var SPACE_ENTITY = /&(?:nbsp|#160|#8239|#[xX](?:[aA]0|202[fF]));/g;
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

  function prepare(text) {
    var chars = text.replace(/[\u00A0\u202F\u2009\u2007\u2002\u2003\t*]/g, ' ').replace(/[\u2019\u02BC]/g, "'")
      .replace(/[\u2011\u2010]/g, '-').split('');
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

  // When two findings overlap, the check keeps the one of the detector that comes first in this order (PersonalDataDetectors.All).
  var PRIORITY = ['KB0404', 'KB0405', 'KB0402', 'KB0403', 'KB0408', 'KB0406', 'KB0407', 'KB0409', 'KB0410'];

  function withoutOverlaps(found) {
    var kept = [];
    found.slice().sort(function (a, b) { return PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code) || a.index - b.index; })
      .forEach(function (f) {
        if (!kept.some(function (k) { return f.index < k.index + k.length && k.index < f.index + f.length; })) kept.push(f);
      });
    return kept.sort(function (a, b) { return a.index - b.index; });
  }

  /**
   * Everything that looks like personal data in a text, in order:
   * [{ code: 'KB0402', kind: 'email', index: 12, length: 24, value: '...' }]. `authors` are names allowed to appear.
   */
  function find(typed, authors) {
    var declared = (authors || []).map(function (n) { return fold(n.trim()); }).filter(function (n) { return n.length > 0; });
    var text = prepare(typed);
    var found = [];
    function add(code, kind, index, value) {
      found.push({ code: code, kind: kind, index: index, length: value.length, value: typed.substr(index, value.length).trim() });
    }

    each(patterns.email, text, function (m) {
      if (!RESERVED_DOMAINS.test(m.groups.domain.toLowerCase())) add('KB0402', 'email', m.index, m[0]);
    });
    each(patterns.phone, text, function (m) { add('KB0403', 'phone', m.index, m[0]); });
    each(patterns.nir, text, function (m) {
      var compact = m[0].replace(/[ .-]/g, '').toUpperCase();
      if (nirIsValid(compact) || patterns.nirCue.test(text.slice(Math.max(0, m.index - 40), m.index))) add('KB0404', 'nir', m.index, m[0]);
    });
    each(patterns.iban, text, function (m) {
      var positions = [];
      for (var i = m.index; i < m.index + m[0].length; i++) if (/[A-Za-z0-9]/.test(text.charAt(i))) positions.push(i);
      var country = text.substr(m.index, 2);
      for (var length = Math.min(34, positions.length); length >= 15; length--) {
        if (IBAN_LENGTHS[country] && IBAN_LENGTHS[country] !== length) continue;
        var compact = positions.slice(0, length).map(function (p) { return text.charAt(p).toUpperCase(); }).join('');
        if (!ibanIsValid(compact)) continue;
        add('KB0405', 'iban', m.index, text.slice(m.index, positions[length - 1] + 1));
        break;
      }
    });
    each(patterns.street, text, function (m) { add('KB0406', 'street', m.index, m[0]); });
    each(patterns.postcode, text, function (m) { add('KB0407', 'postcode', m.index, m[0]); });
    each(patterns.civil, text, function (m) {
      if (m.groups.born !== undefined) {
        var before = text.slice(Math.max(0, m.index - 60), m.index);
        var sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
        if (sentence >= 0) before = before.slice(sentence + 1);
        if (patterns.thingBefore.test(before)) return;
      }
      add('KB0408', 'civil', m.index, m[0]);
    });
    each(patterns.honorific, text, function (m) {
      var name = m.groups.name;
      var parts = name.split(/[ \n]+/).filter(Boolean);
      var first = parts[0].replace(/\.+$/, '');
      var particle = parts.length > 1 && (parts[0] === 'Le' || parts[0] === 'La') && /^\p{Lu}/u.test(parts[1]) && !HONORIFIC_NOT_NAMES[parts[1].replace(/\.+$/, '')];
      if (HONORIFIC_NOT_NAMES[first.split(/['-]/)[0]] && !particle) return;
      if (declaredName(name, declared)) return;
      add('KB0409', 'honorific', m.index, m[0]);
    });
    each(patterns.firstNameAge, text, function (m) {
      var name = m.groups.name;
      var age = +m.groups.age;
      if (AGE_NOT_NAMES[name] || declaredName(name, declared) || age < 1 || age > 110) return;
      add('KB0410', 'age', m.index, m[0]);
    });
    return withoutOverlaps(found);
  }

  root.OsezDonneesPersonnelles = { find: find, prepare: prepare };
  if (typeof module !== 'undefined' && module.exports) module.exports = root.OsezDonneesPersonnelles;
})(typeof window !== 'undefined' ? window : globalThis);
