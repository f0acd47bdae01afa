/*
 * Osez le collectif : l'index de recherche découpé (generator/Osez.Core/Search/Shards).
 *
 * Le générateur coupe l'index lunr en morceaux de termes contigus (dans l'ordre des termes) ; le
 * manifeste donne le premier terme de chaque morceau. Pour une requête, on ne charge que les morceaux
 * des termes qu'elle peut toucher, puis lunr.js répond sur l'union des morceaux chargés : mêmes fiches,
 * même ordre, mêmes scores qu'avec l'index entier (tests/node/index-decoupe-parite.js le vérifie).
 *
 * - Un morceau donne, pour chacun de ses termes, ses fiches par champ avec leur score : pour les termes
 *   qu'une requête peut toucher, on en refait l'entrée de l'index inversé et les éléments des vecteurs
 *   (field/ref) de lunr, triés par _index.
 * - Les vecteurs de toutes les fiches ne servent qu'à une requête toute en « -mot » : ils sont alors
 *   recréés dans l'ordre d'origine (fiche par fiche, champ par champ), vides s'ils n'ont rien de chargé.
 * - Un terme exact touche un morceau ; un « préfixe* » les morceaux dont les termes commencent par le
 *   préfixe ; un terme approché (~1, ~2) ou un « *suffixe » a besoin de la liste de tous les termes,
 *   chargée à la première utilisation, pour connaître exactement les termes qu'il touche.
 *
 *   var index = new OsezIndex(manifeste, charger);   // charger('t12') -> Promise des données
 *   index.search('santé mentale', { maxKilobytes: 1500 }).then(function (résultats) { ... });
 *   index.query(function (q) { q.term('log', { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }); })
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    root.OsezIndex = factory(root.lunr);
  }
}(this, function (lunr) {
  'use strict';

  /** A query that would load more than allowed: kind is 'wildcard', 'fuzzy' or 'everything'. */
  function TooBroad(kind, kilobytes) {
    this.name = 'TooBroad';
    this.kind = kind;
    this.kilobytes = kilobytes;
    this.message = 'query too broad (' + kind + ', ' + kilobytes + ' KB)';
  }
  TooBroad.prototype = Object.create(Error.prototype);
  TooBroad.prototype.constructor = TooBroad;

  function ShardedIndex(manifest, load) {
    this.manifest = manifest;
    this.fields = manifest.fields;
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.documentCount = manifest.documents;
    this.starts = manifest.shards.starts;
    this.kilobytes = manifest.shards.kilobytes;
    this._load = load;
    this._pending = [];
    this._terms = [];
    this._entries = Object.create(null);
    this._invertedIndex = Object.create(null);
    this._vectors = Object.create(null);
    this._termSet = null;
  }

  ShardedIndex.TooBroad = TooBroad;

  /** Internal steps, replaceable by the parity tests' controls (which must then fail). */
  var internals = ShardedIndex.internals = {
    /** Adds one element to a field vector, keeping elements sorted by term index (lunr.Vector#dot needs it). */
    addElement: function (vector, termIndex, score) {
      vector.insert(termIndex, score);
    },
    /** Every (field, document) vector in lunr's order, for a query made only of prohibited terms. */
    allVectors: function (index) {
      var all = {};
      for (var d = 0; d < index.documentCount; d++) {
        for (var f = 0; f < index.fields.length; f++) {
          var key = index.fields[f] + '/' + d;
          all[key] = index._vectors[key] || new lunr.Vector([]);
        }
      }
      return all;
    },
    /** The shards holding the terms that start with prefix (terms are sorted, so they are contiguous). */
    prefixShards: function (index, prefix) {
      var first = Math.max(0, index.shardOf(prefix));
      var shards = [first];
      for (var k = first + 1; k < index.starts.length && index.starts[k].lastIndexOf(prefix, 0) === 0; k++) shards.push(k);
      return shards;
    },
    /** What lunr.Index#query looks up for a clause: its terms through the search pipeline, unless disabled. */
    clauseTerms: function (index, clause) {
      return clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
    },
    /** The shards of the terms of the whole index that a fuzzy or leading-wildcard term touches (exactly). */
    expandShards: function (index, termSet, clause, term) {
      var probe = { term: term };
      if ('editDistance' in clause) probe.editDistance = clause.editDistance;
      return termSet.intersect(lunr.TokenSet.fromClause(probe)).toArray().map(function (expanded) { return index.shardOf(expanded); });
    },
    /** A new query, flagged as lunr-languages' patched Index#query flags it (its wildcard normaliser reads the flag). */
    newQuery: function (index) {
      var query = new lunr.Query(index.fields);
      query._lunrLanguagesSearchPipeline = index.pipeline;
      return query;
    }
  };

  /** The shard that holds term if the index has it (the last shard starting at or before it), or -1. */
  ShardedIndex.prototype.shardOf = function (term) {
    var low = 0, high = this.starts.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (this.starts[middle] <= term) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };

  /** Parses a query string as lunr.Index#search does (lunr.QueryParseError on a syntax error). */
  ShardedIndex.prototype.parse = function (queryString) {
    var query = internals.newQuery(this);
    new lunr.QueryParser(queryString, query).parse();
    return query;
  };

  /** Builds a query as lunr.Index#query does: fn(query) adds the clauses (fn may be called again). */
  ShardedIndex.prototype.build = function (fn) {
    var query = internals.newQuery(this);
    fn.call(query, query);
    return query;
  };

  /**
   * What a query needs: the shards to load, and whether it needs the term list to know them.
   * Returns { shards: [numbers], exact: bool, needsTermList: bool, kind }.
   */
  ShardedIndex.prototype.plan = function (query) {
    var self = this;
    var shards = {};
    var needsTermList = false;
    var kind = null;
    query.clauses.forEach(function (clause) {
      internals.clauseTerms(self, clause).forEach(function (term) {
        var fuzzy = 'editDistance' in clause;
        var star = term.indexOf('*');
        if (!fuzzy && star < 0) {
          var shard = self.shardOf(term);
          if (shard >= 0) shards[shard] = true;
        } else if (!fuzzy && star > 0) {
          kind = kind || 'wildcard';
          internals.prefixShards(self, term.slice(0, star)).forEach(function (k) { shards[k] = true; });
        } else {
          kind = fuzzy ? 'fuzzy' : 'everything';
          needsTermList = true;
        }
      });
    });
    return { shards: Object.keys(shards).map(Number), needsTermList: needsTermList, kind: kind };
  };

  /** Raw kilobytes still to load for these shards (and the term list). */
  ShardedIndex.prototype.cost = function (shards, termList) {
    var self = this;
    var total = termList && !this._termSet ? this.manifest.termList.kilobytes : 0;
    shards.forEach(function (k) { if (!self._terms[k]) total += self.kilobytes[k]; });
    return total;
  };

  /** Loads (once) and decodes a shard. */
  ShardedIndex.prototype.loadShard = function (k) {
    var self = this;
    if (!this._pending[k]) {
      this._pending[k] = Promise.resolve(this._load('t' + k)).then(function (data) { self._decode(k, data); });
      this._pending[k].catch(function () { self._pending[k] = null; });
    }
    return this._pending[k];
  };

  /** Keeps a loaded shard's entries; a term is decoded only when a query may reach it. */
  ShardedIndex.prototype._decode = function (k, data) {
    var terms = new Array(data.length);
    for (var i = 0; i < data.length; i++) {
      terms[i] = data[i][0];
      this._entries[data[i][0]] = data[i];
    }
    this._terms[k] = terms;
  };

  /**
   * Decodes one term (once): its posting in the inverted index, and its score in each field vector
   * of the documents that hold it. Returns false if no loaded shard holds the term.
   */
  ShardedIndex.prototype._decodeTerm = function (term) {
    if (term in this._invertedIndex) return true;
    var entry = this._entries[term];
    if (!entry) return false;
    var fields = this.fields;
    var termIndex = entry[1];
    var posting = { _index: termIndex };
    for (var f = 0; f < fields.length; f++) {
      var field = fields[f];
      var documents = {};
      var list = entry[2 + f];
      if (list) {
        var doc = 0;
        for (var j = 0; j < list.length; j += 2) {
          doc += list[j];
          documents[doc] = {};
          var key = field + '/' + doc;
          var vector = this._vectors[key] || (this._vectors[key] = new lunr.Vector([]));
          internals.addElement(vector, termIndex, list[j + 1] / 1000);
        }
      }
      posting[field] = documents;
    }
    this._invertedIndex[term] = posting;
    delete this._entries[term];
    return true;
  };

  /**
   * The terms a query may reach, decoded and sorted: its exact terms, the terms of the loaded shards
   * that start with a wildcard's prefix, and the exact expansions of fuzzy and leading-wildcard terms.
   * lunr expands each clause against these only, which gives the expansions of the whole index.
   */
  ShardedIndex.prototype.candidates = function (query, termSet) {
    var self = this;
    var found = Object.create(null);
    query.clauses.forEach(function (clause) {
      internals.clauseTerms(self, clause).forEach(function (term) {
        var fuzzy = 'editDistance' in clause;
        var star = term.indexOf('*');
        if (!fuzzy && star < 0) {
          found[term] = true;
        } else if (!fuzzy && star > 0) {
          var prefix = term.slice(0, star);
          internals.prefixShards(self, prefix).forEach(function (k) {
            (self._terms[k] || []).forEach(function (t) { if (t.lastIndexOf(prefix, 0) === 0) found[t] = true; });
          });
        } else {
          var probe = { term: term };
          if (fuzzy) probe.editDistance = clause.editDistance;
          termSet.intersect(lunr.TokenSet.fromClause(probe)).toArray().forEach(function (t) { found[t] = true; });
        }
      });
    });
    return Object.keys(found).filter(function (t) { return self._decodeTerm(t); }).sort();
  };

  /** The token set of every term (for fuzzy and leading-wildcard terms), loaded once. */
  ShardedIndex.prototype.termSet = function () {
    var self = this;
    if (!this._termSet) {
      this._termSet = Promise.resolve(this._load('mots')).then(function (terms) { return lunr.TokenSet.fromArray(terms); });
      this._termSet.catch(function () { self._termSet = null; });
    }
    return this._termSet;
  };

  /**
   * Finds the shards of a query exactly (with the term list if needed), checks the limit, loads them.
   * Resolves to the sorted terms the query may reach (see candidates).
   */
  ShardedIndex.prototype.prepare = function (query, options) {
    var self = this;
    var limit = options && options.maxKilobytes;
    var plan = this.plan(query);
    if (limit && this.cost(plan.shards, plan.needsTermList) > limit && !plan.needsTermList) {
      return Promise.reject(new TooBroad(plan.kind || 'wildcard', this.cost(plan.shards, false)));
    }
    var termSet = plan.needsTermList ? this.termSet() : Promise.resolve(null);
    return termSet.then(function (terms) {
      var shards = {};
      plan.shards.forEach(function (k) { shards[k] = true; });
      if (terms) {
        query.clauses.forEach(function (clause) {
          internals.clauseTerms(self, clause).forEach(function (term) {
            if (!('editDistance' in clause) && term.indexOf('*') !== 0) return;
            internals.expandShards(self, terms, clause, term).forEach(function (k) { shards[k] = true; });
          });
        });
      }
      var list = Object.keys(shards).map(Number);
      if (limit && self.cost(list, false) > limit) throw new TooBroad(plan.kind || 'wildcard', self.cost(list, false));
      return Promise.all(list.map(function (k) { return self.loadShard(k); })).then(function () {
        return self.candidates(query, terms);
      });
    });
  };

  /** A lunr.Index over what is decoded, with the token set of the given terms. */
  ShardedIndex.prototype.indexFor = function (query, terms) {
    return new lunr.Index({
      invertedIndex: this._invertedIndex,
      fieldVectors: query.isNegated() ? internals.allVectors(this) : this._vectors,
      tokenSet: lunr.TokenSet.fromArray(terms),
      fields: this.fields,
      pipeline: this.pipeline
    });
  };

  /** lunr.Index#search over the whole index. Options: maxKilobytes (refuse a query that would load more). */
  ShardedIndex.prototype.search = function (queryString, options) {
    var self = this;
    var query;
    try {
      query = this.parse(queryString);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.prepare(query, options).then(function (terms) {
      return self.indexFor(query, terms).search(queryString);
    });
  };

  /** lunr.Index#query over the whole index (fn is called twice: to plan, then by lunr). */
  ShardedIndex.prototype.query = function (fn, options) {
    var self = this;
    var query;
    try {
      query = this.build(fn);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.prepare(query, options).then(function (terms) {
      return self.indexFor(query, terms).query(fn);
    });
  };

  return ShardedIndex;
}));
