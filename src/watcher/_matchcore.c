/* The matching core of watcher.match, compiled. For the pages of one document: every
 * term's hits, the topics' rules, context checks and exclusions, the collapse of overlapping
 * candidates, and each topic's combined score and best evidence (snippets and terms).
 *
 * It follows the definition that src/watcher/match.py documents: a term occurs where its
 * regex matches, tried wherever a match may start. tests/match/test_core_parity.py holds it
 * to that definition exactly (every candidate), and its scores and evidence to what
 * match.py assembles. Python keeps topic compilation, the documents the core declines (see
 * Core.candidates) and the TopicMatch results (the core makes the Evidence tuples).
 *
 * A term is a list of words. A case-blind word is compared with the lower-case text
 * through the accent classes of match._VOWEL_CLASSES ("ss" in a term also matches "ß"); an
 * exact one character by character with the text as it is. A word may run on over word
 * characters; words are separated by up to three separators (whitespace, hyphens, slashes,
 * apostrophes). Where the regex engine would backtrack (a run-on word before another word,
 * separators), the same order is tried here: longest first.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SS_TOKEN 0x110000u /* a term's "ss": matches "ss" or "ß" */
#define MAX_MATCH 400      /* the longest match the Python matcher looks for */
#define MAX_WORD 40        /* match._MAX_WORD */
#define CAPS_REACH 40      /* characters _in_capitals looks at on each side */
#define SNIPPET_CHARS 300  /* match.SNIPPET_CHARS */
#define TRIGRAM_BITS 16    /* a trie's filter of first three characters: 65,536 bits */
#define MAX_EVIDENCE 10    /* match.MAX_EVIDENCE */

/* ------------------------------------------------------------------ small containers */

typedef struct {
    Py_ssize_t start, end;
} Span;

typedef struct {
    Span *v;
    Py_ssize_t n, cap;
} Spans;

static int spans_push(Spans *s, Py_ssize_t start, Py_ssize_t end) {
    if (s->n == s->cap) {
        Py_ssize_t cap = s->cap ? s->cap * 2 : 8;
        Span *v = realloc(s->v, (size_t)cap * sizeof(Span));
        if (!v) return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n].start = start;
    s->v[s->n].end = end;
    s->n++;
    return 0;
}

static int span_cmp(const void *a, const void *b) {
    const Span *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return 0;
}

typedef struct {
    int *v;
    Py_ssize_t n, cap;
} Ints;

static int ints_push(Ints *s, int x) {
    if (s->n == s->cap) {
        Py_ssize_t cap = s->cap ? s->cap * 2 : 4;
        int *v = realloc(s->v, (size_t)cap * sizeof(int));
        if (!v) return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = x;
    return 0;
}

/* ------------------------------------------------------------------ characters */

/* match._VOWEL_CLASSES: the accented letters a case-blind term letter also matches. */
static Py_UCS4 fold_char(Py_UCS4 c) {
    if (c < 0xC0 || c > 0xFF) return c;
    switch (c) {
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE4: case 0xE5: return 'a';
    case 0xE8: case 0xE9: case 0xEA: case 0xEB: return 'e';
    case 0xEC: case 0xED: case 0xEE: case 0xEF: return 'i';
    case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF6: return 'o';
    case 0xF9: case 0xFA: case 0xFB: case 0xFC: return 'u';
    case 0xE7: return 'c';
    case 0xF1: return 'n';
    case 0xFD: case 0xFF: return 'y';
    default: return c;
    }
}

/* Classes of the Latin-1 characters, filled from CPython's own predicates at import. */
enum { C_ALNUM = 1, C_SPACE = 2, C_UPPER = 4, C_LOWER = 8, C_SEP = 16, C_LETTER = 32 };
static uint8_t latin1[256];

static inline int is_alnum(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_ALNUM : Py_UNICODE_ISALNUM(c);
}
static inline int is_space(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_SPACE : Py_UNICODE_ISSPACE(c);
}
static inline int is_upper(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_UPPER : Py_UNICODE_ISUPPER(c);
}
static inline int is_lower(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_LOWER : Py_UNICODE_ISLOWER(c);
}
/* match._CAPS_WORD's class, [^\W\d_] */
static inline int is_letter(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_LETTER : Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

/* match._SEPARATOR's class */
static inline int is_sep(Py_UCS4 c) {
    return c < 256 ? latin1[c] & C_SEP
                   : Py_UNICODE_ISSPACE(c) || (c >= 0x2010 && c <= 0x2014) || c == 0x2019;
}

static void init_classes(void) {
    for (Py_UCS4 c = 0; c < 256; c++) {
        latin1[c] = (Py_UNICODE_ISALNUM(c) ? C_ALNUM : 0) | (Py_UNICODE_ISSPACE(c) ? C_SPACE : 0) |
                    (Py_UNICODE_ISUPPER(c) ? C_UPPER : 0) | (Py_UNICODE_ISLOWER(c) ? C_LOWER : 0) |
                    (Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c) ? C_LETTER : 0) |
                    (Py_UNICODE_ISSPACE(c) || c == '-' || c == '/' || c == '\'' ? C_SEP : 0);
    }
}

/* match._UNFOLDED_CASES: letters a case-blind regex takes for others than they fold to. */
static inline int unfolded_case(Py_UCS4 c) {
    if (c < 0xB5) return 0;
    return c == 0x130 || c == 0x131 || c == 0x17F || c == 0xB5 || c == 0x345 || c == 0x1E61 ||
           c == 0x1E9B || c == 0xFB05 || c == 0xFB06 || (c >= 0x370 && c <= 0x3FF) ||
           (c >= 0x400 && c <= 0x52F) || (c >= 0x1C80 && c <= 0x1C8F) ||
           (c >= 0x1F00 && c <= 0x1FFF) || (c >= 0xA640 && c <= 0xA69F);
}

/* str.isupper() of text[a:b] */
static int all_upper(const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    int cased = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        if (is_lower(s[i]) || Py_UNICODE_ISTITLE(s[i])) return 0;
        if (is_upper(s[i])) cased = 1;
    }
    return cased;
}

/* ------------------------------------------------------------------ compiled topics */

typedef struct {
    Py_UCS4 *tokens; /* case-blind: folded letters and SS_TOKEN; exact: the characters */
    Py_ssize_t len;
    int runs_on;
} Word;

typedef struct {
    Word *words;
    int nwords;
    int exact, start_boundary, end_boundary;
} Term;

/* What a match attempt needs of a term once the trie has matched its first word, side by
 * side for all terms (one cache line holds many). */
enum { H_END_BOUNDARY = 1, H_RUNS_ON = 2, H_ONE_WORD = 4, H_RECHECK = 8, H_EXACT = 16 };

typedef struct {
    Py_UCS4 second; /* the first character of its second word, where that word can only start
                     * right after the first one and its separators; else 0 */
    uint8_t flags;  /* H_* */
} Hot;

typedef struct {
    int term;
    double score;
    int needs; /* a group of the topic, or -1 */
    int within;
} Use;

typedef struct {
    int *groups;
    int ngroups, within, ordered;
    double score;
} Rule;

typedef struct {
    int *terms;
    int nterms, within;
} Exclusion;

typedef struct {
    Use *aliases, *acronyms;
    int naliases, nacronyms;
    Ints *groups; /* terms of each group */
    int ngroups;
    Rule *rules;
    int nrules;
    Exclusion *exclusions;
    int nexclusions;
    int context;     /* the group an acronym in capitals needs, or -1 */
    Ints terms;      /* every term of its aliases, acronyms and groups */
    PyObject *kinds; /* its evidence kinds' names, by kind (a tuple) */
} Topic;

typedef struct {
    Py_UCS4 c;
    int child;
} Edge;

typedef struct {
    Py_UCS4 c; /* the character of the edge into the node */
    int nkids; /* its children; the first is the next node */
    int edges; /* its children in Trie.edges, by character */
    int ends;  /* 0: no term's first word ends here; else where in Trie.end_terms they are */
} Node;

/* A trie of the terms' first words. Built in an open-addressing table of edges, then laid
 * out depth first: a node's first child is the next node, so that a run of nodes with one
 * child each (most of a long word) is walked through adjacent memory. */
typedef struct {
    uint64_t *keys; /* (node << 21 | char) + 1; 0 = empty (only while building) */
    int *children;
    size_t mask;
    int nnodes;
    Node *nodes;
    Edge *edges;
    Ints *ends;     /* node -> terms whose first word ends there (only while building) */
    int *end_terms; /* the same, node after node, each node's -1-terminated (0 holds -1) */
    /* where the walk stands after one or two ASCII characters (0: nowhere) */
    int first[128];
    int *pairs; /* [c0 << 7 | c1] */
    /* the first three characters of its words where ASCII, hashed: a place whose three
     * ASCII characters are not among them starts none of its words */
    uint64_t trigrams[1 << (TRIGRAM_BITS - 6)];
} Trie;

static inline uint32_t trigram(Py_UCS4 a, Py_UCS4 b, Py_UCS4 c) {
    return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du)) >> (32 - TRIGRAM_BITS);
}

static inline void trigram_set(Trie *t, Py_UCS4 a, Py_UCS4 b, Py_UCS4 c) {
    uint32_t h = trigram(a, b, c);
    t->trigrams[h >> 6] |= 1ull << (h & 63);
}

/* Whether a word of `t` may start at `at` of `s` (n characters). */
static inline int trigram_may(const Trie *t, const Py_UCS4 *s, Py_ssize_t at, Py_ssize_t n) {
    if (at + 2 >= n || (s[at] | s[at + 1] | s[at + 2]) >= 128) return 1;
    uint32_t h = trigram(s[at], s[at + 1], s[at + 2]);
    return (t->trigrams[h >> 6] >> (h & 63)) & 1;
}

enum { CASE_BLIND_AT_WORDS, CASE_BLIND_ANYWHERE, EXACT_AT_WORDS, EXACT_ANYWHERE, NTRIES };

typedef struct {
    PyObject_HEAD
    Term *terms;
    Hot *hot;          /* per term */
    Ints *topics_of;   /* per term: the topics whose aliases, acronyms or groups hold it */
    int nterms;
    Topic *topics;
    int ntopics;
    Trie tries[NTRIES];
    struct Scan *spare; /* the last document's scan, its buffers kept for the next */
} CoreObject;

static int trie_init(Trie *t) {
    memset(t, 0, sizeof(*t));
    t->mask = 255;
    t->keys = calloc(t->mask + 1, sizeof(uint64_t));
    t->children = calloc(t->mask + 1, sizeof(int));
    t->ends = calloc(1, sizeof(Ints));
    t->nnodes = 1;
    return (t->keys && t->children && t->ends) ? 0 : -1;
}

static void trie_free(Trie *t) {
    if (t->ends)
        for (int i = 0; i < t->nnodes; i++) free(t->ends[i].v);
    free(t->ends);
    free(t->end_terms);
    free(t->pairs);
    free(t->nodes);
    free(t->edges);
    free(t->keys);
    free(t->children);
}

static inline size_t trie_slot(uint64_t key, size_t mask) {
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

static inline int trie_child(const Trie *t, int node, Py_UCS4 c) {
    uint64_t key = (((uint64_t)node << 21) | c) + 1;
    for (size_t i = trie_slot(key, t->mask);; i = (i + 1) & t->mask) {
        if (t->keys[i] == key) return t->children[i];
        if (t->keys[i] == 0) return 0;
    }
}

static int trie_grow(Trie *t) {
    size_t old = t->mask + 1, size = old * 2;
    uint64_t *keys = calloc(size, sizeof(uint64_t));
    int *children = calloc(size, sizeof(int));
    if (!keys || !children) {
        free(keys);
        free(children);
        return -1;
    }
    for (size_t i = 0; i < old; i++) {
        if (!t->keys[i]) continue;
        size_t j = trie_slot(t->keys[i], size - 1);
        while (keys[j]) j = (j + 1) & (size - 1);
        keys[j] = t->keys[i];
        children[j] = t->children[i];
    }
    free(t->keys);
    free(t->children);
    t->keys = keys;
    t->children = children;
    t->mask = size - 1;
    return 0;
}

static int trie_step(Trie *t, int node, Py_UCS4 c) {
    int child = trie_child(t, node, c);
    if (child) return child;
    if ((size_t)t->nnodes * 2 >= t->mask) {
        if (trie_grow(t) < 0) return -1;
    }
    Ints *ends = realloc(t->ends, (size_t)(t->nnodes + 1) * sizeof(Ints));
    if (!ends) return -1;
    t->ends = ends;
    memset(&t->ends[t->nnodes], 0, sizeof(Ints));
    uint64_t key = (((uint64_t)node << 21) | c) + 1;
    size_t i = trie_slot(key, t->mask);
    while (t->keys[i]) i = (i + 1) & t->mask;
    t->keys[i] = key;
    t->children[i] = t->nnodes;
    return t->nnodes++;
}

/* The first word of term `index` into its trie: "ss" as two "s", as "ß" is walked. */
static int trie_add(Trie *t, const Word *w, int index) {
    int node = 0;
    Py_UCS4 lead[3];
    int nlead = 0;
    for (Py_ssize_t i = 0; i < w->len; i++) {
        Py_UCS4 c = w->tokens[i];
        if (c == SS_TOKEN) {
            if ((node = trie_step(t, node, 's')) < 0) return -1;
            if (nlead < 3) lead[nlead++] = 's';
            c = 's';
        }
        if ((node = trie_step(t, node, c)) < 0) return -1;
        if (nlead < 3) lead[nlead++] = c;
    }
    /* (a character beyond ASCII matches only where the text has one: no filter there;
     * a word shorter than three characters may start any trigram that it begins) */
    int ascii = 1;
    for (int i = 0; i < nlead; i++) ascii &= lead[i] < 128;
    if (ascii && nlead == 3) trigram_set(t, lead[0], lead[1], lead[2]);
    for (Py_UCS4 x = 0; ascii && nlead < 3 && x < 128; x++) {
        if (nlead == 2) trigram_set(t, lead[0], lead[1], x);
        for (Py_UCS4 y = 0; nlead == 1 && y < 128; y++) trigram_set(t, lead[0], x, y);
    }
    return ints_push(&t->ends[node], index);
}

static int edge_cmp(const void *a, const void *b) {
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* From the building table to the depth-first layout, and the tables of the first two
 * characters. */
static int trie_finish(Trie *t) {
    int n = t->nnodes, status = -1;
    size_t nedges = (size_t)n - 1;
    uint64_t *keys = malloc((nedges ? nedges : 1) * sizeof(uint64_t));
    int *start = calloc((size_t)n + 1, sizeof(int)), *renumber = malloc((size_t)n * sizeof(int));
    int *stack = malloc((size_t)n * sizeof(int));
    Edge *old = malloc((nedges ? nedges : 1) * sizeof(Edge));
    Py_UCS4 *into = calloc((size_t)n, sizeof(Py_UCS4));
    int *old_of = malloc((size_t)n * sizeof(int));
    size_t nends = 1;
    for (int node = 0; node < n; node++)
        if (t->ends[node].n) nends += (size_t)t->ends[node].n + 1;
    t->end_terms = malloc(nends * sizeof(int));
    t->nodes = calloc((size_t)n, sizeof(Node));
    t->edges = malloc((nedges ? nedges : 1) * sizeof(Edge));
    t->pairs = calloc(128 * 128, sizeof(int));
    if (!keys || !start || !renumber || !stack || !old || !into || !old_of || !t->end_terms ||
        !t->nodes || !t->edges || !t->pairs)
        goto done;
    /* the edges by (node, character), as the keys sort */
    size_t k = 0;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->keys[i]) keys[k++] = t->keys[i] - 1;
    qsort(keys, nedges, sizeof(uint64_t), edge_cmp);
    for (size_t i = 0; i < nedges; i++) {
        int node = (int)(keys[i] >> 21);
        old[i].c = (Py_UCS4)(keys[i] & 0x1FFFFF);
        old[i].child = trie_child(t, node, old[i].c);
        into[old[i].child] = old[i].c;
        start[node + 1]++;
    }
    for (int node = 0; node < n; node++) start[node + 1] += start[node];
    /* depth first, children in character order */
    int top = 0, next = 0;
    stack[top++] = 0;
    while (top) {
        int node = stack[--top];
        renumber[node] = next++;
        for (int e = start[node + 1] - 1; e >= start[node]; e--) stack[top++] = old[e].child;
    }
    int edge = 0;
    for (int node = 0; node < n; node++) {
        Node *x = &t->nodes[renumber[node]];
        x->c = into[node];
        x->nkids = start[node + 1] - start[node];
        old_of[renumber[node]] = node;
    }
    /* the terms ending at each node, in the nodes' new order: a walk reads them nearby */
    t->end_terms[0] = -1;
    size_t at = 1;
    for (int id = 0; id < n; id++) {
        const Ints *ending = &t->ends[old_of[id]];
        if (!ending->n) continue;
        t->nodes[id].ends = (int)at;
        for (Py_ssize_t k = 0; k < ending->n; k++) t->end_terms[at++] = ending->v[k];
        t->end_terms[at++] = -1;
    }
    for (int id = 0; id < n; id++) { /* the edges in the new order */
        t->nodes[id].edges = edge;
        edge += t->nodes[id].nkids;
    }
    for (int node = 0; node < n; node++) {
        Node *x = &t->nodes[renumber[node]];
        for (int e = start[node]; e < start[node + 1]; e++) {
            t->edges[x->edges + e - start[node]].c = old[e].c;
            t->edges[x->edges + e - start[node]].child = renumber[old[e].child];
        }
    }
    for (Py_UCS4 c0 = 0; c0 < 128; c0++) {
        int first = trie_child(t, 0, c0);
        if (!first) continue;
        t->first[c0] = renumber[first];
        for (Py_UCS4 c1 = 0; c1 < 128; c1++) {
            int second = trie_child(t, first, c1);
            t->pairs[c0 << 7 | c1] = second ? renumber[second] : 0;
        }
    }
    for (int node = 0; node < n; node++) free(t->ends[node].v);
    free(t->ends);
    t->ends = NULL;
    free(t->keys);
    free(t->children);
    t->keys = NULL;
    t->children = NULL;
    status = 0;
done:
    free(keys);
    free(start);
    free(renumber);
    free(stack);
    free(old);
    free(into);
    free(old_of);
    return status;
}

static inline int trie_next(const Trie *t, int node, Py_UCS4 c) {
    const Node *x = &t->nodes[node];
    if (x->nkids == 1) return t->nodes[node + 1].c == c ? node + 1 : 0;
    for (int e = x->edges, end = x->edges + x->nkids; e < end; e++) {
        if (t->edges[e].c == c) return t->edges[e].child;
        if (t->edges[e].c > c) return 0;
    }
    return 0;
}

/* ------------------------------------------------------------------ building from Python */

static int read_word(PyObject *text, int exact, int runs_on, Word *w) {
    Py_ssize_t n = PyUnicode_GetLength(text);
    if (n <= 0) {
        PyErr_SetString(PyExc_ValueError, "empty word");
        return -1;
    }
    Py_UCS4 *chars = PyUnicode_AsUCS4Copy(text);
    if (!chars) return -1;
    w->runs_on = runs_on;
    w->len = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        /* str.replace("ss", ...): pairs from the left */
        if (!exact && chars[i] == 's' && i + 1 < n && chars[i + 1] == 's') {
            chars[w->len++] = SS_TOKEN;
            i++;
        } else {
            chars[w->len++] = chars[i];
        }
    }
    w->tokens = chars;
    return 0;
}

/* (words, runs_on, exact, start_boundary, end_boundary) */
static int read_term(PyObject *spec, Term *t) {
    PyObject *words, *runs_on;
    if (!PyArg_ParseTuple(spec, "O!O!ppp", &PyTuple_Type, &words, &PyTuple_Type, &runs_on,
                          &t->exact, &t->start_boundary, &t->end_boundary))
        return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(words);
    if (n == 0 || PyTuple_GET_SIZE(runs_on) != n) {
        PyErr_SetString(PyExc_ValueError, "a term needs words, each with its run-on flag");
        return -1;
    }
    t->words = calloc((size_t)n, sizeof(Word));
    if (!t->words) return -1;
    t->nwords = (int)n;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "words are str");
            return -1;
        }
        if (read_word(word, t->exact, PyObject_IsTrue(PyTuple_GET_ITEM(runs_on, i)),
                      &t->words[i]) < 0)
            return -1;
    }
    return 0;
}

static int read_index(PyObject *o, int limit, const char *what) {
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return -2;
    if (v < -1 || v >= limit) {
        PyErr_Format(PyExc_ValueError, "%s %ld out of range", what, v);
        return -2;
    }
    return (int)v;
}

static int read_ints(PyObject *seq, int limit, const char *what, Ints *out) {
    PyObject *fast = PySequence_Fast(seq, "expected a sequence of indexes");
    if (!fast) return -1;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast); i++) {
        int v = read_index(PySequence_Fast_GET_ITEM(fast, i), limit, what);
        if (v < 0 || ints_push(out, v) < 0) {
            if (v == -1) PyErr_Format(PyExc_ValueError, "%s -1 out of range", what);
            Py_DECREF(fast);
            return -1;
        }
    }
    Py_DECREF(fast);
    return 0;
}

/* [(term, score, needs, within), ...] */
static int read_uses(PyObject *seq, int nterms, int ngroups, Use **out, int *count) {
    PyObject *fast = PySequence_Fast(seq, "expected a sequence of uses");
    if (!fast) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    *out = calloc((size_t)(n ? n : 1), sizeof(Use));
    *count = (int)n;
    if (!*out) {
        Py_DECREF(fast);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *term, *needs;
        Use *u = &(*out)[i];
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(fast, i), "OdOi", &term, &u->score,
                              &needs, &u->within) ||
            (u->term = read_index(term, nterms, "term")) < 0 ||
            (u->needs = read_index(needs, ngroups, "group")) < -1) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "bad use");
            Py_DECREF(fast);
            return -1;
        }
    }
    Py_DECREF(fast);
    return 0;
}

/* (aliases, acronyms, groups, rules, exclusions, context, kinds) */
static int read_topic(PyObject *spec, int nterms, Topic *t) {
    PyObject *aliases, *acronyms, *groups, *rules, *exclusions, *context, *kinds;
    if (!PyArg_ParseTuple(spec, "OOOOOOO", &aliases, &acronyms, &groups, &rules, &exclusions,
                          &context, &kinds))
        return -1;
    PyObject *fast = PySequence_Fast(groups, "groups: expected a sequence");
    if (!fast) return -1;
    t->ngroups = (int)PySequence_Fast_GET_SIZE(fast);
    t->groups = calloc((size_t)(t->ngroups ? t->ngroups : 1), sizeof(Ints));
    int failed = !t->groups;
    for (int g = 0; !failed && g < t->ngroups; g++)
        failed = read_ints(PySequence_Fast_GET_ITEM(fast, g), nterms, "term", &t->groups[g]) < 0;
    Py_DECREF(fast);
    if (failed) return -1;
    if (read_uses(aliases, nterms, t->ngroups, &t->aliases, &t->naliases) < 0 ||
        read_uses(acronyms, nterms, t->ngroups, &t->acronyms, &t->nacronyms) < 0)
        return -1;
    if ((t->context = read_index(context, t->ngroups, "group")) < -1) return -1;

    fast = PySequence_Fast(rules, "rules: expected a sequence");
    if (!fast) return -1;
    t->nrules = (int)PySequence_Fast_GET_SIZE(fast);
    t->rules = calloc((size_t)(t->nrules ? t->nrules : 1), sizeof(Rule));
    failed = !t->rules;
    for (int r = 0; !failed && r < t->nrules; r++) {
        Rule *rule = &t->rules[r];
        PyObject *names;
        Ints ids = {0};
        failed = !PyArg_ParseTuple(PySequence_Fast_GET_ITEM(fast, r), "Oipd", &names,
                                   &rule->within, &rule->ordered, &rule->score) ||
                 read_ints(names, t->ngroups, "group", &ids) < 0 || ids.n == 0;
        rule->groups = ids.v;
        rule->ngroups = (int)ids.n;
        if (failed && !PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "a rule needs groups");
    }
    Py_DECREF(fast);
    if (failed) return -1;

    fast = PySequence_Fast(exclusions, "exclusions: expected a sequence");
    if (!fast) return -1;
    t->nexclusions = (int)PySequence_Fast_GET_SIZE(fast);
    t->exclusions = calloc((size_t)(t->nexclusions ? t->nexclusions : 1), sizeof(Exclusion));
    failed = !t->exclusions;
    for (int x = 0; !failed && x < t->nexclusions; x++) {
        Exclusion *e = &t->exclusions[x];
        PyObject *terms;
        Ints ids = {0};
        failed = !PyArg_ParseTuple(PySequence_Fast_GET_ITEM(fast, x), "Oi", &terms, &e->within) ||
                 read_ints(terms, nterms, "term", &ids) < 0;
        e->terms = ids.v;
        e->nterms = (int)ids.n;
    }
    Py_DECREF(fast);
    if (failed) return -1;

    if (!(t->kinds = PySequence_Tuple(kinds))) return -1;
    if (PyTuple_GET_SIZE(t->kinds) != 2 + t->nrules) {
        PyErr_SetString(PyExc_ValueError, "kinds: alias, acronym, then one per rule");
        return -1;
    }
    for (int i = 0; i < t->naliases; i++) ints_push(&t->terms, t->aliases[i].term);
    for (int i = 0; i < t->nacronyms; i++) ints_push(&t->terms, t->acronyms[i].term);
    for (int g = 0; g < t->ngroups; g++)
        for (Py_ssize_t i = 0; i < t->groups[g].n; i++) ints_push(&t->terms, t->groups[g].v[i]);
    return 0;
}

static void scan_free(struct Scan *sc, int nterms);

static void core_dealloc(CoreObject *self) {
    scan_free(self->spare, self->nterms);
    for (int i = 0; self->terms && i < self->nterms; i++) {
        for (int w = 0; self->terms[i].words && w < self->terms[i].nwords; w++)
            PyMem_Free(self->terms[i].words[w].tokens);
        free(self->terms[i].words);
    }
    free(self->terms);
    free(self->hot);
    for (int i = 0; self->topics_of && i < self->nterms; i++) free(self->topics_of[i].v);
    free(self->topics_of);
    for (int i = 0; self->topics && i < self->ntopics; i++) {
        Topic *t = &self->topics[i];
        free(t->aliases);
        free(t->acronyms);
        for (int g = 0; t->groups && g < t->ngroups; g++) free(t->groups[g].v);
        free(t->groups);
        for (int r = 0; t->rules && r < t->nrules; r++) free(t->rules[r].groups);
        free(t->rules);
        for (int x = 0; t->exclusions && x < t->nexclusions; x++) free(t->exclusions[x].terms);
        free(t->exclusions);
        free(t->terms.v);
        Py_XDECREF(t->kinds);
    }
    free(self->topics);
    for (int i = 0; i < NTRIES; i++) trie_free(&self->tries[i]);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int core_init(CoreObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"terms", "topics", NULL};
    PyObject *terms, *topics;
    if (self->terms) {
        PyErr_SetString(PyExc_RuntimeError, "a Core is built once");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO", kwlist, &terms, &topics)) return -1;
    PyObject *fast = PySequence_Fast(terms, "terms: expected a sequence");
    if (!fast) goto fail;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    self->terms = calloc((size_t)(n ? n : 1), sizeof(Term));
    self->nterms = (int)n;
    int failed = !self->terms;
    for (Py_ssize_t i = 0; !failed && i < n; i++)
        failed = read_term(PySequence_Fast_GET_ITEM(fast, i), &self->terms[i]) < 0;
    Py_DECREF(fast);
    if (failed) goto fail;

    fast = PySequence_Fast(topics, "topics: expected a sequence");
    if (!fast) goto fail;
    n = PySequence_Fast_GET_SIZE(fast);
    self->topics = calloc((size_t)(n ? n : 1), sizeof(Topic));
    self->ntopics = (int)n;
    failed = !self->topics;
    for (Py_ssize_t i = 0; !failed && i < n; i++)
        failed = read_topic(PySequence_Fast_GET_ITEM(fast, i), self->nterms, &self->topics[i]) < 0;
    Py_DECREF(fast);
    if (failed) goto fail;

    if (!(self->hot = calloc((size_t)(self->nterms ? self->nterms : 1), sizeof(Hot)))) goto fail;
    if (!(self->topics_of = calloc((size_t)(self->nterms ? self->nterms : 1), sizeof(Ints))))
        goto fail;
    for (int ti = 0; ti < self->ntopics; ti++) {
        const Ints *terms = &self->topics[ti].terms;
        for (Py_ssize_t k = 0; k < terms->n; k++) {
            Ints *of = &self->topics_of[terms->v[k]];
            if ((of->n == 0 || of->v[of->n - 1] != ti) && ints_push(of, ti) < 0) goto fail;
        }
    }
    for (int i = 0; i < NTRIES; i++)
        if (trie_init(&self->tries[i]) < 0) goto fail;
    for (int i = 0; i < self->nterms; i++) {
        const Term *t = &self->terms[i];
        const Word *first = &t->words[0];
        int ss = 0; /* the walk takes "ß" for "ss" more loosely than the regex does */
        for (Py_ssize_t k = 0; k < first->len; k++) ss |= first->tokens[k] == SS_TOKEN;
        self->hot[i].flags = (t->end_boundary ? H_END_BOUNDARY : 0) |
                             (first->runs_on ? H_RUNS_ON : 0) | (t->nwords == 1 ? H_ONE_WORD : 0) |
                             (ss ? H_RECHECK : 0) | (t->exact ? H_EXACT : 0);
        if (t->nwords > 1 && !first->runs_on && t->words[1].tokens[0] != SS_TOKEN)
            self->hot[i].second = t->words[1].tokens[0];
        int which = (t->exact ? EXACT_AT_WORDS : CASE_BLIND_AT_WORDS) + !t->start_boundary;
        if (trie_add(&self->tries[which], &t->words[0], i) < 0) goto fail;
    }
    for (int i = 0; i < NTRIES; i++)
        if (trie_finish(&self->tries[i]) < 0) goto fail;
    return 0;
fail: /* (what failed without saying why could not allocate) */
    if (!PyErr_Occurred()) PyErr_NoMemory();
    return -1;
}

/* ------------------------------------------------------------------ one page */

typedef struct {
    const Py_UCS4 *text, *low;
    const Py_UCS4 *folded; /* low through the accent classes: what case-blind words match */
    Py_ssize_t n;
    Py_ssize_t *runs; /* runs[i]: whitespace runs starting before i */
} Page;

/* match._words_between */
static Py_ssize_t words_between(const Page *p, Py_ssize_t a, Py_ssize_t b) {
    if (b <= a) return 0;
    Py_ssize_t count = p->runs[b] - p->runs[a];
    if (a > 0 && is_space(p->low[a]) && is_space(p->low[a - 1])) count++;
    return count;
}

/* match._starts_word */
static int starts_word(const Page *p, Py_ssize_t at) {
    if (at == 0 || !is_alnum(p->text[at - 1])) return 1;
    return is_lower(p->text[at - 1]) && is_upper(p->text[at]);
}

/* match._ends_word (with match._glued) */
static int ends_word(const Page *p, Py_ssize_t stop) {
    const Py_UCS4 *s = p->text;
    if (stop >= p->n || !is_alnum(s[stop])) return 1;
    Py_UCS4 before = s[stop - 1], after = s[stop];
    return (is_upper(before) && is_lower(after) && stop >= 2 &&
            is_upper(s[stop - 2])) ||
           (is_lower(before) && is_upper(after));
}

static Py_ssize_t match_word(const Word *w, const Py_UCS4 *s, Py_ssize_t n, Py_ssize_t at) {
    for (Py_ssize_t i = 0; i < w->len; i++) {
        if (at >= n) return -1;
        Py_UCS4 token = w->tokens[i];
        if (token == SS_TOKEN) {
            if (s[at] == 's' && at + 1 < n && s[at + 1] == 's')
                at += 2;
            else if (s[at] == 0xDF)
                at++;
            else
                return -1;
        } else {
            if (s[at] != token) return -1;
            at++;
        }
    }
    return at;
}

static Py_ssize_t match_after(const Term *t, int wi, const Py_UCS4 *s, Py_ssize_t n,
                              Py_ssize_t q);

/* Where a match of words[wi:] starting at `at` ends, or -1; the regex engine's order. */
static Py_ssize_t match_from(const Term *t, int wi, const Py_UCS4 *s, Py_ssize_t n,
                             Py_ssize_t at) {
    Py_ssize_t q = match_word(&t->words[wi], s, n, at);
    return q < 0 ? -1 : match_after(t, wi, s, n, q);
}

/* The same, words[wi] itself matched up to `q` (before it runs on). */
static Py_ssize_t match_after(const Term *t, int wi, const Py_UCS4 *s, Py_ssize_t n,
                              Py_ssize_t q) {
    const Word *w = &t->words[wi];
    Py_ssize_t run = 0;
    if (w->runs_on)
        while (q + run < n && is_alnum(s[q + run])) run++;
    if (wi == t->nwords - 1) return q + run;
    for (Py_ssize_t r = run; r >= 0; r--) {
        Py_ssize_t base = q + r, seps = 0;
        while (seps < 3 && base + seps < n && is_sep(s[base + seps])) seps++;
        for (Py_ssize_t k = seps; k >= 0; k--) {
            Py_ssize_t end = match_from(t, wi + 1, s, n, base + k);
            if (end >= 0) return end;
        }
    }
    return -1;
}

/* A candidate that survived the collapse of its topic's overlapping ones on its page. */
typedef struct {
    Py_ssize_t number, start, end; /* page (position in the document), offsets in it */
    Py_ssize_t spans, nspans;      /* in Scan.kept_spans */
    double score;
    int topic, kind, checked;
    Py_ssize_t order; /* in the document: by page, by topic, best first */
    Py_ssize_t page;  /* the page's number, as the document numbers it */
} Kept;

typedef struct {
    Kept *v;
    Py_ssize_t n, cap;
} Kepts;

/* A term's hits on a page, and where its next one may start (hits do not overlap): side by
 * side, so that a hit costs one cache line. */
typedef struct {
    Py_ssize_t next;
    Spans hits;
} Found;

/* One document's scan. Its buffers outlive it: the core keeps them for the next document
 * (see scan_take), so that a scan does not allocate per term or per page. */
typedef struct Scan {
    const CoreObject *core;
    Page page;
    Found *found;       /* per term, this page */
    Ints touched;       /* terms with hits on this page */
    Spans arena;        /* spans of one topic's candidates on one page */
    Kepts kept;         /* the document's */
    Spans kept_spans;
    Py_UCS4 *text, *low, *folded; /* the page's characters (room for `room`) */
    Py_ssize_t *runs;
    Py_ssize_t room;
} Scan;

/* Whether a second word that begins with `second` may start after a first word that ended
 * at `q` without running on: right there or after up to three separators, as match_after
 * tries it. */
static inline int second_may_start(const Py_UCS4 *s, Py_ssize_t n, Py_ssize_t q,
                                   Py_UCS4 second) {
    for (Py_ssize_t k = 0; q + k < n; k++) {
        if (s[q + k] == second) return 1;
        if (k == 3 || !is_sep(s[q + k])) return 0;
    }
    return 0;
}

/* The terms `ends` (-1 after the last) whose first word the trie matched from `at` to
 * `word_end`. */
static int try_terms(Scan *sc, const int *ends, Py_ssize_t at, Py_ssize_t word_end) {
    const Page *p = &sc->page;
    const Hot *hot = sc->core->hot;
    Py_ssize_t limit = at + MAX_MATCH < p->n ? at + MAX_MATCH : p->n;
    for (; *ends >= 0; ends++) {
        int index = *ends;
        if (at < sc->found[index].next || word_end > limit) continue;
        uint8_t flags = hot[index].flags;
        const Py_UCS4 *s = flags & H_EXACT ? p->text : p->folded;
        Py_ssize_t end;
        if (flags & H_RECHECK) {
            end = match_from(&sc->core->terms[index], 0, s, limit, at);
        } else if (flags & H_ONE_WORD) {
            end = word_end;
            if (flags & H_RUNS_ON)
                while (end < limit && is_alnum(s[end])) end++;
        } else if (hot[index].second && !second_may_start(s, limit, word_end, hot[index].second)) {
            continue; /* (most tries of phrases end here, without reading the term) */
        } else {
            end = match_after(&sc->core->terms[index], 0, s, limit, word_end);
        }
        if (end < 0 || ((flags & H_END_BOUNDARY) && !ends_word(p, end))) continue;
        if (sc->found[index].hits.n == 0 && ints_push(&sc->touched, index) < 0) return -1;
        if (spans_push(&sc->found[index].hits, at, end) < 0) return -1;
        sc->found[index].next = end;
    }
    return 0;
}

/* The terms of `trie` whose first word starts at `at` of `s` are tried there. */
static int walk(Scan *sc, const Trie *trie, const Py_UCS4 *s, Py_ssize_t at) {
    Py_ssize_t n = sc->page.n, i = at;
    int node = 0;
    /* the terms whose first word ends at this node, and at `word_end` of the text */
#define TRY_ENDS(word_end)                                                                     \
    if (trie->nodes[node].ends &&                                                              \
        try_terms(sc, &trie->end_terms[trie->nodes[node].ends], at, word_end) < 0)             \
    return -1
    Py_UCS4 c0 = s[at];
    if (c0 < 128) {
        if (!(node = trie->first[c0])) return 0;
        TRY_ENDS(i + 1);
        if (++i >= n) return 0;
        if (s[i] < 128) {
            if (!(node = trie->pairs[c0 << 7 | s[i]])) return 0;
            TRY_ENDS(i + 1);
            i++;
        }
    }
    for (; i < n; i++) {
        Py_UCS4 c = s[i];
        if (c == 0xDF && s != sc->page.text) { /* "ß" is "ss" to case-blind words */
            if (!(node = trie_next(trie, node, 's'))) return 0;
            c = 's';
        }
        if (!(node = trie_next(trie, node, c))) return 0;
        TRY_ENDS(i + 1);
    }
#undef TRY_ENDS
    return 0;
}

/* Every term's hits on the page, in text order. */
static int find_hits(Scan *sc) {
    const Trie *tries = sc->core->tries;
    const Py_UCS4 *text = sc->page.text, *folded = sc->page.folded;
    /* (a trie is not walked where its first characters rule out every word) */
#define WALK(which, s)                                                                         \
    if (((s)[at] >= 128 || tries[which].first[(s)[at]]) &&                                    \
        trigram_may(&tries[which], s, at, sc->page.n) && walk(sc, &tries[which], s, at) < 0)  \
    return -1
    for (Py_ssize_t at = 0; at < sc->page.n; at++) {
        if (starts_word(&sc->page, at)) {
            WALK(CASE_BLIND_AT_WORDS, folded);
            WALK(EXACT_AT_WORDS, text);
        }
        WALK(CASE_BLIND_ANYWHERE, folded);
        WALK(EXACT_ANYWHERE, text);
    }
#undef WALK
    return 0;
}

/* match._near: the hit nearest to start..end within `within` words, or NULL. */
static const Span *near(const Page *p, const Spans *hits, Py_ssize_t start, Py_ssize_t end,
                        int within) {
    Py_ssize_t reach = (Py_ssize_t)(within + 1) * MAX_WORD, lo = 0, hi = hits->n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (hits->v[mid].start < start - reach)
            lo = mid + 1;
        else
            hi = mid;
    }
    const Span *best = NULL;
    Py_ssize_t best_gap = 0;
    for (Py_ssize_t i = lo; i < hits->n; i++) {
        const Span *h = &hits->v[i];
        if (h->start > end + reach) break;
        Py_ssize_t gap = 0;
        if (h->end <= start)
            gap = words_between(p, h->end, start);
        else if (h->start >= end)
            gap = words_between(p, end, h->start);
        if (gap <= within && (best == NULL || gap < best_gap)) {
            best = h;
            best_gap = gap;
        }
    }
    return best;
}

/* match._in_capitals: up to two words (runs of two letters or more) on each side of the
 * hit, within 40 characters and its page, and all of them (at least two) in capitals. */
static int in_capitals(const Page *p, Py_ssize_t start, Py_ssize_t end) {
    const Py_UCS4 *s = p->text;
    Py_ssize_t words[4][2], before = 0, count = 0;
#define IS_LETTER(c) is_letter(c)
    Py_ssize_t a = start - CAPS_REACH > 0 ? start - CAPS_REACH : 0;
    Py_ssize_t last[2][2];
    for (Py_ssize_t i = a; i < start;) {
        if (!IS_LETTER(s[i])) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < start && IS_LETTER(s[j])) j++;
        if (j - i >= 2) {
            last[0][0] = last[1][0];
            last[0][1] = last[1][1];
            last[1][0] = i;
            last[1][1] = j;
            before++;
        }
        i = j;
    }
    for (Py_ssize_t k = before >= 2 ? 0 : 1; k < 2 && before; k++) {
        words[count][0] = last[k][0];
        words[count][1] = last[k][1];
        count++;
    }
    Py_ssize_t b = end + CAPS_REACH < p->n ? end + CAPS_REACH : p->n, after = 0;
    for (Py_ssize_t i = end; i < b && after < 2;) {
        if (!IS_LETTER(s[i])) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < b && IS_LETTER(s[j])) j++;
        if (j - i >= 2) {
            words[count][0] = i;
            words[count][1] = j;
            count++;
            after++;
        }
        i = j;
    }
#undef IS_LETTER
    if (count < 2) return 0;
    for (Py_ssize_t k = 0; k < count; k++)
        if (!all_upper(s, words[k][0], words[k][1])) return 0;
    return 1;
}

typedef struct {
    Py_ssize_t start, end, spans, nspans; /* spans: offset in the scan's arena */
    double score;
    int kind; /* 0 alias, 1 acronym, 2 + r: rule r */
    int checked;
    Py_ssize_t order;
} Cand;

typedef struct {
    Cand *v;
    Py_ssize_t n, cap;
} Cands;

static int cands_push(Scan *sc, Cands *cs, const Span *spans, int nspans, double score,
                      int kind, int checked) {
    if (cs->n == cs->cap) {
        Py_ssize_t cap = cs->cap ? cs->cap * 2 : 8;
        Cand *v = realloc(cs->v, (size_t)cap * sizeof(Cand));
        if (!v) return -1;
        cs->v = v;
        cs->cap = cap;
    }
    Cand *c = &cs->v[cs->n];
    c->spans = sc->arena.n;
    c->nspans = nspans;
    c->start = spans[0].start;
    c->end = spans[0].end;
    for (int i = 0; i < nspans; i++) {
        if (spans_push(&sc->arena, spans[i].start, spans[i].end) < 0) return -1;
        if (spans[i].start < c->start) c->start = spans[i].start;
        if (spans[i].end > c->end) c->end = spans[i].end;
    }
    c->score = score;
    c->kind = kind;
    c->checked = checked;
    c->order = cs->n++;
    return 0;
}

/* One topic on one page: its hits with vetoes applied, group by group. (Its buffers serve
 * every topic and page of a document.) */
typedef struct {
    Scan *sc;
    const Topic *topic;
    Spans vetoes;
    int vetoes_done;
    const Spans **group; /* per group: its hits, sorted, unique; NULL until asked for */
    Spans *merged;       /* per group: where they are merged when several terms have hits */
    int ngroups;         /* (room for) */
    Spans scratch;
} Eval;

static const Spans NO_SPANS = {0};

static int vetoes_of(Eval *ev) {
    if (ev->vetoes_done) return 0;
    ev->vetoes_done = 1;
    const Topic *t = ev->topic;
    for (int x = 0; x < t->nexclusions; x++) {
        if (t->exclusions[x].within) continue;
        for (int k = 0; k < t->exclusions[x].nterms; k++) {
            const Spans *h = &ev->sc->found[t->exclusions[x].terms[k]].hits;
            for (Py_ssize_t i = 0; i < h->n; i++)
                if (spans_push(&ev->vetoes, h->v[i].start, h->v[i].end) < 0) return -1;
        }
    }
    return 0;
}

/* match._topic_candidates.hits_of: the term's hits that overlap no excluded phrase,
 * appended to `out`. */
static int hits_of(Eval *ev, int term, Spans *out) {
    const Spans *h = &ev->sc->found[term].hits;
    if (h->n == 0) return 0;
    if (vetoes_of(ev) < 0) return -1;
    for (Py_ssize_t i = 0; i < h->n; i++) {
        int vetoed = 0;
        for (Py_ssize_t j = 0; j < ev->vetoes.n && !vetoed; j++)
            vetoed = h->v[i].start < ev->vetoes.v[j].end && ev->vetoes.v[j].start < h->v[i].end;
        if (!vetoed && spans_push(out, h->v[i].start, h->v[i].end) < 0) return -1;
    }
    return 0;
}

/* The same, as a list: the term's own where the topic excludes nothing on the page, else
 * `scratch` filled. */
static const Spans *use_hits(Eval *ev, int term, Spans *scratch) {
    const Spans *h = &ev->sc->found[term].hits;
    if (h->n == 0) return h;
    if (vetoes_of(ev) < 0) return NULL;
    if (ev->vetoes.n == 0) return h;
    scratch->n = 0;
    return hits_of(ev, term, scratch) < 0 ? NULL : scratch;
}

/* match._topic_candidates.group: the hits of the group's terms, sorted, each once. */
static const Spans *group_hits(Eval *ev, int g) {
    if (ev->group[g]) return ev->group[g];
    const Ints *terms = &ev->topic->groups[g];
    if (vetoes_of(ev) < 0) return NULL;
    if (ev->vetoes.n == 0) { /* with hits of one term only, they are the group's */
        const Spans *only = &NO_SPANS;
        int lists = 0;
        for (Py_ssize_t k = 0; k < terms->n && lists < 2; k++) {
            const Spans *h = &ev->sc->found[terms->v[k]].hits;
            if (h->n && h != only) {
                only = h;
                lists++;
            }
        }
        if (lists < 2) return ev->group[g] = only;
    }
    Spans *out = &ev->merged[g];
    out->n = 0;
    for (Py_ssize_t k = 0; k < terms->n; k++)
        if (hits_of(ev, terms->v[k], out) < 0) return NULL;
    if (out->n > 1) {
        qsort(out->v, (size_t)out->n, sizeof(Span), span_cmp);
        Py_ssize_t kept = 1;
        for (Py_ssize_t i = 1; i < out->n; i++)
            if (span_cmp(&out->v[i], &out->v[kept - 1]) != 0) out->v[kept++] = out->v[i];
        out->n = kept;
    }
    return ev->group[g] = out;
}

static int cand_cmp(const void *a, const void *b) {
    const Cand *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int rule_candidates(Eval *ev, int r, Cands *out) {
    const Rule *rule = &ev->topic->rules[r];
    const Page *p = &ev->sc->page;
    const Spans *lists[64];
    Span spans[64];
    if (rule->ngroups > 64) {
        PyErr_SetString(PyExc_ValueError, "a rule of more than 64 groups");
        return -1;
    }
    /* the anchor: the group with the fewest hits (read_topic refuses rules without groups) */
    const Spans *fewest = NULL;
    int anchor = 0;
    for (int i = 0; i < rule->ngroups; i++) {
        if (!(lists[i] = group_hits(ev, rule->groups[i]))) return -1;
        if (lists[i]->n == 0) return 0;
        if (!fewest || lists[i]->n < fewest->n) {
            fewest = lists[i];
            anchor = i;
        }
    }
    if (!fewest) return 0;
    for (Py_ssize_t a = 0; a < fewest->n; a++) {
        const Span *hit = &fewest->v[a];
        int complete = 1;
        for (int i = 0; i < rule->ngroups && complete; i++) {
            if (i == anchor) {
                spans[i] = *hit;
                continue;
            }
            const Span *found = near(p, lists[i], hit->start, hit->end, rule->within);
            if (found)
                spans[i] = *found;
            else
                complete = 0;
        }
        if (!complete) continue;
        int out_of_order = 0;
        for (int i = 1; i < rule->ngroups && rule->ordered; i++)
            out_of_order |= spans[i - 1].start > spans[i].start;
        if (out_of_order) continue;
        Py_ssize_t first_end = spans[0].end, last_start = spans[0].start;
        for (int i = 1; i < rule->ngroups; i++) {
            if (spans[i].end < first_end) first_end = spans[i].end;
            if (spans[i].start > last_start) last_start = spans[i].start;
        }
        if (words_between(p, first_end, last_start) > rule->within) continue;
        if (cands_push(ev->sc, out, spans, rule->ngroups, rule->score, 2 + r, 1) < 0) return -1;
    }
    return 0;
}

static int topic_candidates(Eval *ev, Cands *out) {
    const Topic *t = ev->topic;
    const Page *p = &ev->sc->page;
    const Spans *hits;
    for (int i = 0; i < t->naliases; i++) {
        const Use *u = &t->aliases[i];
        if (!(hits = use_hits(ev, u->term, &ev->scratch))) return -1;
        for (Py_ssize_t k = 0; k < hits->n; k++) {
            const Span *h = &hits->v[k];
            if (u->needs >= 0) {
                const Spans *context = group_hits(ev, u->needs);
                if (!context) return -1;
                if (!near(p, context, h->start, h->end, u->within)) continue;
            }
            if (cands_push(ev->sc, out, h, 1, u->score, 0, u->needs >= 0) < 0) return -1;
        }
    }
    for (int i = 0; i < t->nacronyms; i++) {
        const Use *u = &t->acronyms[i];
        if (!(hits = use_hits(ev, u->term, &ev->scratch))) return -1;
        for (Py_ssize_t k = 0; k < hits->n; k++) {
            const Span *h = &hits->v[k];
            int context = u->needs;
            if (context < 0 && t->context >= 0 && in_capitals(p, h->start, h->end))
                context = t->context;
            if (context >= 0) {
                const Spans *found = group_hits(ev, context);
                if (!found) return -1;
                if (!near(p, found, h->start, h->end, u->within)) continue;
            }
            if (cands_push(ev->sc, out, h, 1, u->score, 1, context >= 0) < 0) return -1;
        }
    }
    for (int r = 0; r < t->nrules; r++)
        if (rule_candidates(ev, r, out) < 0) return -1;
    int checked = 0;
    for (Py_ssize_t i = 0; i < out->n; i++) checked |= out->v[i].checked;
    for (int x = 0; checked && x < t->nexclusions; x++) {
        const Exclusion *e = &t->exclusions[x];
        if (!e->within) continue;
        Spans *near_hits = &ev->scratch;
        near_hits->n = 0;
        for (int k = 0; k < e->nterms; k++) {
            const Spans *h = &ev->sc->found[e->terms[k]].hits;
            for (Py_ssize_t i = 0; i < h->n; i++)
                if (spans_push(near_hits, h->v[i].start, h->v[i].end) < 0) return -1;
        }
        if (near_hits->n == 0) continue;
        qsort(near_hits->v, (size_t)near_hits->n, sizeof(Span), span_cmp);
        Py_ssize_t kept = 0;
        for (Py_ssize_t i = 0; i < out->n; i++) {
            const Cand *c = &out->v[i];
            if (!c->checked || !near(p, near_hits, c->start, c->end, e->within))
                out->v[kept++] = *c;
        }
        out->n = kept;
    }
    return 0;
}

static PyObject *pair_of(Py_ssize_t a, Py_ssize_t b) {
    PyObject *pair = PyTuple_New(2), *first = PyLong_FromSsize_t(a);
    PyObject *second = PyLong_FromSsize_t(b);
    if (!pair || !first || !second) {
        Py_XDECREF(pair);
        Py_XDECREF(first);
        Py_XDECREF(second);
        return NULL;
    }
    PyTuple_SET_ITEM(pair, 0, first);
    PyTuple_SET_ITEM(pair, 1, second);
    return pair;
}

/* A tuple of new references, or NULL (and none leaked) if any is NULL. Of `type`: tuple,
 * or a subclass (a named tuple), allocated as tuple.__new__ allocates one. */
static PyObject *tuple_as(PyTypeObject *type, int n, PyObject **items) {
    PyObject *tuple = type == &PyTuple_Type ? PyTuple_New(n) : type->tp_alloc(type, n);
    int complete = tuple != NULL;
    for (int i = 0; i < n; i++) {
        complete &= items[i] != NULL;
        if (tuple)
            PyTuple_SET_ITEM(tuple, i, items[i]);
        else
            Py_XDECREF(items[i]);
    }
    if (!complete) Py_CLEAR(tuple);
    return tuple;
}

static int kept_push(Scan *sc, Py_ssize_t number, int topic, const Cand *c) {
    Kepts *k = &sc->kept;
    if (k->n == k->cap) {
        Py_ssize_t cap = k->cap ? k->cap * 2 : 16;
        Kept *v = realloc(k->v, (size_t)cap * sizeof(Kept));
        if (!v) return -1;
        k->v = v;
        k->cap = cap;
    }
    Kept *kept = &k->v[k->n];
    kept->number = number;
    kept->start = c->start;
    kept->end = c->end;
    kept->spans = sc->kept_spans.n;
    kept->nspans = c->nspans;
    kept->score = c->score;
    kept->topic = topic;
    kept->kind = c->kind;
    kept->checked = c->checked;
    kept->order = k->n++;
    kept->page = 0;
    for (Py_ssize_t i = 0; i < c->nspans; i++) {
        const Span *s = &sc->arena.v[c->spans + i];
        if (spans_push(&sc->kept_spans, s->start, s->end) < 0) return -1;
    }
    return 0;
}

/* Candidates of every topic on the page, each topic's overlapping ones collapsed to the
 * best, added to the document's kept candidates. */
static int page_candidates(Scan *sc, Py_ssize_t number, Eval *ev, Cands *cands,
                           uint8_t *present) {
    const CoreObject *core = sc->core;
    /* the topics that a term with hits on the page belongs to */
    memset(present, 0, (size_t)core->ntopics);
    for (Py_ssize_t k = 0; k < sc->touched.n; k++) {
        const Ints *of = &core->topics_of[sc->touched.v[k]];
        for (Py_ssize_t i = 0; i < of->n; i++) present[of->v[i]] = 1;
    }
    for (int ti = 0; ti < core->ntopics; ti++) {
        if (!present[ti]) continue;
        const Topic *t = &core->topics[ti];
        ev->topic = t;
        ev->vetoes.n = 0;
        ev->vetoes_done = 0;
        for (int g = 0; g < t->ngroups; g++) ev->group[g] = NULL;
        cands->n = 0;
        sc->arena.n = 0;
        if (topic_candidates(ev, cands) < 0) return -1;
        if (cands->n == 0) continue;
        qsort(cands->v, (size_t)cands->n, sizeof(Cand), cand_cmp);
        Py_ssize_t kept = 0;
        for (Py_ssize_t i = 0; i < cands->n; i++) {
            const Cand *c = &cands->v[i];
            int overlaps = 0;
            for (Py_ssize_t j = 0; j < kept && !overlaps; j++)
                overlaps = c->start < cands->v[j].end && cands->v[j].start < c->end;
            if (!overlaps) cands->v[kept++] = *c;
        }
        for (Py_ssize_t i = 0; i < kept; i++)
            if (kept_push(sc, number, ti, &cands->v[i]) < 0) return -1;
    }
    return 0;
}

static void scan_free(Scan *sc, int nterms) {
    if (!sc) return;
    for (int i = 0; sc->found && i < nterms; i++) free(sc->found[i].hits.v);
    free(sc->found);
    free(sc->touched.v);
    free(sc->arena.v);
    free(sc->kept.v);
    free(sc->kept_spans.v);
    free(sc->text);
    free(sc->low);
    free(sc->folded);
    free(sc->runs);
    free(sc);
}

/* A scan for one document: the core's spare one, or a new one where it has none (it is in
 * use by a call that this one interrupts, through `fold`). NULL: out of memory. */
static Scan *scan_take(CoreObject *self) {
    Scan *sc = self->spare;
    if (sc) {
        self->spare = NULL;
        return sc;
    }
    if (!(sc = calloc(1, sizeof(Scan)))) return NULL;
    sc->core = self;
    sc->found = calloc((size_t)(self->nterms ? self->nterms : 1), sizeof(Found));
    if (!sc->found) {
        scan_free(sc, self->nterms);
        return NULL;
    }
    return sc;
}

/* A term's hits on the next page start from none; a long list's memory is given back. */
static void scan_clear_hits(Scan *sc) {
    for (Py_ssize_t k = 0; k < sc->touched.n; k++) {
        Found *f = &sc->found[sc->touched.v[k]];
        f->hits.n = 0;
        f->next = 0;
        if (f->hits.cap > 4096) {
            free(f->hits.v);
            f->hits.v = NULL;
            f->hits.cap = 0;
        }
    }
    sc->touched.n = 0;
}

/* The document is done: its scan is emptied and kept for the next one. */
static void scan_give_back(CoreObject *self, Scan *sc) {
    scan_clear_hits(sc);
    sc->arena.n = sc->kept.n = sc->kept_spans.n = 0;
    if (self->spare)
        scan_free(sc, self->nterms);
    else
        self->spare = sc;
}

/* Every page of the document into sc->kept: 0, or 1 where the core declines the document
 * (letters that a case-blind regex takes for others than they fold to), or -1 (error). */
static int scan_document(CoreObject *self, PyObject *texts, PyObject *lows, Scan *sc) {
    if (!PyList_Check(texts) || !PyList_Check(lows) ||
        PyList_GET_SIZE(texts) != PyList_GET_SIZE(lows)) {
        PyErr_SetString(PyExc_ValueError, "texts and lows: lists of the same length");
        return -1;
    }
    Py_ssize_t npages = PyList_GET_SIZE(texts);
    for (Py_ssize_t i = 0; i < npages; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i), *low = PyList_GET_ITEM(lows, i);
        if (!PyUnicode_Check(text) || !PyUnicode_Check(low) ||
            PyUnicode_GET_LENGTH(text) != PyUnicode_GET_LENGTH(low)) {
            PyErr_SetString(PyExc_ValueError, "each page's text and lower-case text, as long");
            return -1;
        }
    }
    int status = -1;
    Eval ev = {0};
    Cands cands = {0};
    ev.sc = sc;
    for (int i = 0; i < self->ntopics; i++)
        if (self->topics[i].ngroups > ev.ngroups) ev.ngroups = self->topics[i].ngroups;
    ev.group = calloc((size_t)ev.ngroups + 1, sizeof(Spans *));
    ev.merged = calloc((size_t)ev.ngroups + 1, sizeof(Spans));
    uint8_t *present = malloc((size_t)self->ntopics + 1);
    if (!ev.group || !ev.merged || !present) goto done;
    for (Py_ssize_t number = 0; number < npages; number++) {
        PyObject *text_obj = PyList_GET_ITEM(texts, number);
        PyObject *low_obj = PyList_GET_ITEM(lows, number);
        Py_ssize_t n = PyUnicode_GET_LENGTH(text_obj);
        if (n == 0) continue;
        if (n > sc->room) {
            free(sc->text);
            free(sc->low);
            free(sc->folded);
            free(sc->runs);
            sc->text = malloc((size_t)n * sizeof(Py_UCS4));
            sc->low = malloc((size_t)n * sizeof(Py_UCS4));
            sc->folded = malloc((size_t)n * sizeof(Py_UCS4));
            sc->runs = malloc((size_t)(n + 1) * sizeof(Py_ssize_t));
            sc->room = n;
            if (!sc->text || !sc->low || !sc->folded || !sc->runs) {
                sc->room = 0;
                goto done;
            }
        }
        Py_UCS4 *text = sc->text, *low = sc->low, *folded = sc->folded;
        Py_ssize_t *runs = sc->runs;
        if (!PyUnicode_AsUCS4(text_obj, text, n, 0) || !PyUnicode_AsUCS4(low_obj, low, n, 0))
            goto done;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (unfolded_case(low[i])) {
                status = 1;
                goto done;
            }
        }
        runs[0] = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            runs[i + 1] = runs[i] + (is_space(low[i]) && (i == 0 || !is_space(low[i - 1])));
            folded[i] = fold_char(low[i]);
        }
        sc->page.text = text;
        sc->page.folded = folded;
        sc->page.low = low;
        sc->page.n = n;
        sc->page.runs = runs;
        scan_clear_hits(sc);
        if (find_hits(sc) < 0 || page_candidates(sc, number, &ev, &cands, present) < 0)
            goto done;
    }
    status = 0;
done:
    if (status < 0 && !PyErr_Occurred()) PyErr_NoMemory();
    for (int g = 0; ev.merged && g < ev.ngroups; g++) free(ev.merged[g].v);
    free(ev.merged);
    free(ev.group);
    free(present);
    free(ev.vetoes.v);
    free(ev.scratch.v);
    free(cands.v);
    return status;
}

static PyObject *core_candidates(CoreObject *self, PyObject *args) {
    PyObject *texts, *lows;
    if (!PyArg_ParseTuple(args, "OO", &texts, &lows)) return NULL;
    Scan *sc = scan_take(self);
    if (!sc) return PyErr_NoMemory();
    PyObject *result = NULL;
    int status = scan_document(self, texts, lows, sc);
    if (status == 1) {
        result = Py_None;
        Py_INCREF(result);
    } else if (status == 0 && (result = PyList_New(sc->kept.n))) {
        for (Py_ssize_t i = 0; i < sc->kept.n; i++) {
            const Kept *k = &sc->kept.v[i];
            PyObject *spans = PyTuple_New(k->nspans);
            for (Py_ssize_t j = 0; spans && j < k->nspans; j++) {
                const Span *s = &sc->kept_spans.v[k->spans + j];
                PyObject *pair = pair_of(s->start, s->end);
                if (!pair) Py_CLEAR(spans);
                else PyTuple_SET_ITEM(spans, j, pair);
            }
            PyObject *checked = k->checked ? Py_True : Py_False;
            Py_INCREF(checked);
            PyObject *fields[8] = {
                PyLong_FromSsize_t(k->number), PyLong_FromLong(k->topic),
                PyFloat_FromDouble(k->score), PyLong_FromSsize_t(k->start),
                PyLong_FromSsize_t(k->end), PyLong_FromLong(k->kind), checked, spans,
            };
            PyObject *item = tuple_as(&PyTuple_Type, 8, fields);
            if (!item) {
                Py_CLEAR(result);
                break;
            }
            PyList_SET_ITEM(result, i, item);
        }
    }
    scan_give_back(self, sc);
    return result;
}

/* ------------------------------------------------------------------ results */

/* match._snippet: about `width` characters of `text` around start..end, cut at spaces,
 * the spans marked with "**", whitespace runs as one space, "…" where text was cut. */
static PyObject *make_snippet(PyObject *text_obj, const Span *spans, Py_ssize_t nspans,
                              Py_ssize_t start, Py_ssize_t end, Py_ssize_t width) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text_obj);
    Span mark[64]; /* (a rule of more than 64 groups is refused) */
    Py_ssize_t nmarks = nspans < 64 ? nspans : 64;
    for (Py_ssize_t i = 0; i < nmarks; i++) { /* sorted, by insertion: they are few */
        Py_ssize_t j = i;
        for (; j > 0 && span_cmp(&mark[j - 1], &spans[i]) > 0; j--) mark[j] = mark[j - 1];
        mark[j] = spans[i];
    }

    int kind = PyUnicode_KIND(text_obj);
    const void *data = PyUnicode_DATA(text_obj);
    Py_ssize_t center = (start + end) / 2;
    Py_ssize_t lo = start < center - width / 2 ? start : center - width / 2;
    if (lo < 0) lo = 0;
    Py_ssize_t hi = end > lo + width ? end : lo + width;
    if (hi > n) hi = n;
    if (hi - width < lo) lo = hi - width;
    if (lo < 0) lo = 0;
    if (lo > 0) { /* text.find(" ", lo, start) */
        for (Py_ssize_t i = lo; i < start; i++)
            if (PyUnicode_READ(kind, data, i) == ' ') {
                lo = i + 1;
                break;
            }
    }
    if (hi < n) { /* text.rfind(" ", end, hi) */
        for (Py_ssize_t i = hi - 1; i >= end; i--)
            if (PyUnicode_READ(kind, data, i) == ' ') {
                hi = i;
                break;
            }
    }
    Py_ssize_t last = hi; /* marks may run past hi */
    for (Py_ssize_t k = 0; k < nmarks; k++)
        if (mark[k].end > last) last = mark[k].end;
    Py_ssize_t cap = (last - lo) + 4 * nmarks + 3, len = 0;
    Py_UCS4 local[1024]; /* (room for most snippets) */
    Py_UCS4 *out = cap <= 1024 ? local : PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
    if (!out) return PyErr_NoMemory();
    if (lo > 0) out[len++] = 0x2026; /* "…" */
    Py_ssize_t body = len;
    Py_ssize_t pending = 0; /* 1: a whitespace run after some output */
    Py_UCS4 most = 0;       /* the characters written, or-ed: as large as the largest in bits */
#define EMIT(c)                                                                                \
    do {                                                                                       \
        Py_UCS4 ch_ = (c);                                                                     \
        if (!is_space(ch_)) {                                                                  \
            out[len] = ' '; /* kept where a whitespace run is pending, else overwritten */     \
            len += pending;                                                                    \
            pending = 0;                                                                       \
            most |= ch_;                                                                       \
            out[len++] = ch_;                                                                  \
        } else {                                                                               \
            pending = len > body;                                                              \
        }                                                                                      \
    } while (0)
#define EMIT_FROM(type, from, to)                                                              \
    for (const type *c_ = (const type *)data + (from), *end_ = (const type *)data + (to);      \
         c_ < end_; c_++)                                                                      \
    EMIT(*c_)
#define EMIT_TEXT(from, to)                                                                    \
    if (kind == PyUnicode_1BYTE_KIND) {                                                        \
        EMIT_FROM(Py_UCS1, from, to);                                                          \
    } else if (kind == PyUnicode_2BYTE_KIND) {                                                 \
        EMIT_FROM(Py_UCS2, from, to);                                                          \
    } else {                                                                                   \
        EMIT_FROM(Py_UCS4, from, to);                                                          \
    }
    Py_ssize_t cursor = lo;
    for (Py_ssize_t k = 0; k < nmarks; k++) {
        Py_ssize_t a = mark[k].start, b = mark[k].end;
        if ((k > 0 && a == mark[k - 1].start && b == mark[k - 1].end) || a < cursor)
            continue;
        EMIT_TEXT(cursor, a);
        EMIT('*');
        EMIT('*');
        EMIT_TEXT(a, b);
        EMIT('*');
        EMIT('*');
        cursor = b;
    }
    EMIT_TEXT(cursor, hi);
#undef EMIT_TEXT
#undef EMIT_FROM
#undef EMIT
    if (hi < n) out[len++] = 0x2026;
    if (lo > 0 || hi < n) most |= 0x2026;
    /* PyUnicode_New takes the largest character for the kind it picks, whose bounds (128,
     * 256, 65536) are powers of two: the or-ed characters pick the same one. */
    PyObject *result = PyUnicode_New(len, most > 0x10FFFF ? 0x10FFFF : most);
    if (result) {
        int to = PyUnicode_KIND(result);
        void *into = PyUnicode_DATA(result);
        for (Py_ssize_t i = 0; i < len; i++) PyUnicode_WRITE(to, into, i, out[i]);
    }
    if (out != local) PyMem_Free(out);
    return result;
}

/* match._terms: the words of a candidate as they stand in the text, in text order (its
 * spans sorted by start, stably), each once. */
static PyObject *terms_of(PyObject *text, const Span *spans, Py_ssize_t nspans) {
    Span sorted[64];
    Py_ssize_t n = nspans < 64 ? nspans : 64;
    for (Py_ssize_t i = 0; i < n; i++) { /* insertion sort: stable */
        Span s = spans[i];
        Py_ssize_t j = i;
        for (; j > 0 && sorted[j - 1].start > s.start; j--) sorted[j] = sorted[j - 1];
        sorted[j] = s;
    }
    if (n == 1) { /* (most candidates: an alias) */
        PyObject *word = PyUnicode_Substring(text, sorted[0].start, sorted[0].end);
        PyObject *one = word ? PyTuple_Pack(1, word) : NULL;
        Py_XDECREF(word);
        return one;
    }
    PyObject *words = PyList_New(0);
    if (!words) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = PyUnicode_Substring(text, sorted[i].start, sorted[i].end);
        int seen = word ? PySequence_Contains(words, word) : -1;
        if (seen < 0 || (!seen && PyList_Append(words, word) < 0)) {
            Py_XDECREF(word);
            Py_DECREF(words);
            return NULL;
        }
        Py_DECREF(word);
    }
    PyObject *tuple = PyList_AsTuple(words);
    Py_DECREF(words);
    return tuple;
}

/* match.fold of one word: in C where it is ASCII (whose fold is its lower case), else
 * `fold` itself. */
static PyObject *fold_word(PyObject *word, PyObject *fold) {
    if (!PyUnicode_IS_ASCII(word)) return PyObject_CallOneArg(fold, word);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    PyObject *folded = PyUnicode_New(n, 127);
    if (!folded) return NULL;
    const Py_UCS1 *from = PyUnicode_1BYTE_DATA(word);
    Py_UCS1 *to = PyUnicode_1BYTE_DATA(folded);
    for (Py_ssize_t i = 0; i < n; i++)
        to[i] = from[i] >= 'A' && from[i] <= 'Z' ? from[i] + 32 : from[i];
    return folded;
}

/* match._remaining's key: the folded words, sorted. */
static PyObject *fold_key(PyObject *terms, PyObject *fold) {
    Py_ssize_t n = PyTuple_GET_SIZE(terms);
    PyObject *folded = PyList_New(n);
    if (!folded) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *word = fold_word(PyTuple_GET_ITEM(terms, i), fold);
        if (!word) {
            Py_DECREF(folded);
            return NULL;
        }
        PyList_SET_ITEM(folded, i, word);
    }
    PyObject *key = PyList_Sort(folded) < 0 ? NULL : PyList_AsTuple(folded);
    Py_DECREF(folded);
    return key;
}

static int kept_cmp(const void *a, const void *b) {
    const Kept *x = a, *y = b;
    if (x->topic != y->topic) return x->topic < y->topic ? -1 : 1;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    if (x->page != y->page) return x->page < y->page ? -1 : 1;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* One topic's kept candidates, best first: (topic, remaining, evidence) as match._assemble
 * makes it. */
static PyObject *assemble_topic(const Topic *topic, const Kept *items, Py_ssize_t count,
                                PyObject *texts, PyObject *numbers, PyObject *fold,
                                PyTypeObject *evidence_type, Spans *spans) {
    PyObject *seen = PySet_New(NULL), *evidence = PyList_New(0), *terms = NULL;
    double remaining = 1.0;
    int counted = 0;
    if (!seen || !evidence) goto fail;
    for (Py_ssize_t i = 0; i < count && (counted < 3 || i < MAX_EVIDENCE); i++) {
        const Kept *k = &items[i];
        PyObject *text = PyList_GET_ITEM(texts, k->number);
        const Span *own = &spans->v[k->spans];
        if (!(terms = terms_of(text, own, k->nspans))) goto fail;
        if (counted < 3) { /* match._combine: the three best distinct pieces of evidence */
            PyObject *key = fold_key(terms, fold);
            int known = key ? PySet_Contains(seen, key) : -1;
            if (known < 0 || (!known && PySet_Add(seen, key) < 0)) {
                Py_XDECREF(key);
                goto fail;
            }
            Py_DECREF(key);
            if (known) {
                double added = k->score * 0.25;
                remaining *= 1 - added; /* the same words again add little */
            } else {
                remaining *= 1 - k->score;
                counted++;
            }
        }
        if (i < MAX_EVIDENCE) {
            PyObject *page = PyList_GET_ITEM(numbers, k->number);
            PyObject *kind = PyTuple_GET_ITEM(topic->kinds, k->kind);
            Py_INCREF(page);
            Py_INCREF(kind);
            PyObject *fields[7] = {
                page, make_snippet(text, own, k->nspans, k->start, k->end, SNIPPET_CHARS),
                terms, PyLong_FromSsize_t(k->start), PyLong_FromSsize_t(k->end),
                PyFloat_FromDouble(k->score), kind,
            };
            terms = NULL; /* (stolen) */
            PyObject *item = tuple_as(evidence_type, 7, fields);
            if (!item || PyList_Append(evidence, item) < 0) {
                Py_XDECREF(item);
                goto fail;
            }
            Py_DECREF(item);
        }
        Py_CLEAR(terms);
    }
    Py_DECREF(seen);
    PyObject *fields[3] = {PyLong_FromLong(items[0].topic), PyFloat_FromDouble(remaining),
                           evidence};
    return tuple_as(&PyTuple_Type, 3, fields);
fail:
    Py_XDECREF(terms);
    Py_XDECREF(seen);
    Py_XDECREF(evidence);
    return NULL;
}

static PyObject *core_match(CoreObject *self, PyObject *args) {
    PyObject *texts, *lows, *numbers, *fold;
    PyTypeObject *evidence;
    if (!PyArg_ParseTuple(args, "OOO!OO!", &texts, &lows, &PyList_Type, &numbers, &fold,
                          &PyType_Type, &evidence))
        return NULL;
    if (!PyType_IsSubtype(evidence, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "evidence: tuple or a subclass of it");
        return NULL;
    }
    Scan *sc = scan_take(self);
    if (!sc) return PyErr_NoMemory();
    PyObject *result = NULL;
    int status = scan_document(self, texts, lows, sc);
    if (status == 1) {
        result = Py_None;
        Py_INCREF(result);
    } else if (status == 0 && PyList_GET_SIZE(numbers) != PyList_GET_SIZE(texts)) {
        PyErr_SetString(PyExc_ValueError, "one number per page");
    } else if (status == 0 && (result = PyList_New(0))) {
        for (Py_ssize_t i = 0; i < sc->kept.n; i++) {
            sc->kept.v[i].page = PyLong_AsSsize_t(PyList_GET_ITEM(numbers, sc->kept.v[i].number));
            if (sc->kept.v[i].page == -1 && PyErr_Occurred()) {
                Py_CLEAR(result);
                break;
            }
        }
        Kept *kept = sc->kept.v;
        if (result) qsort(kept, (size_t)sc->kept.n, sizeof(Kept), kept_cmp);
        for (Py_ssize_t first = 0, last; result && first < sc->kept.n; first = last) {
            for (last = first; last < sc->kept.n && kept[last].topic == kept[first].topic;)
                last++;
            const Topic *spec = &self->topics[kept[first].topic];
            PyObject *topic = assemble_topic(spec, &kept[first], last - first, texts, numbers,
                                             fold, evidence, &sc->kept_spans);
            if (!topic || PyList_Append(result, topic) < 0) Py_CLEAR(result);
            Py_XDECREF(topic);
        }
    }
    scan_give_back(self, sc);
    return result;
}

static PyMethodDef core_methods[] = {
    {"match", (PyCFunction)core_match, METH_VARARGS,
     "match(texts, lows, numbers, fold, evidence) -> [(topic, remaining, [evidence])] or None\n\n"
     "The topics that the document's pages (``texts``, with ``lows`` their lower-case text\n"
     "of the same length, ``numbers`` their page numbers) may concern, in the topics' order,\n"
     "as match._assemble makes them: ``remaining`` is what the topic's best pieces of\n"
     "evidence leave of 1 (``fold`` keys them), then up to ten pieces of evidence, best\n"
     "first, each an ``evidence`` (a tuple type: match.Evidence) of (page, snippet, terms,\n"
     "start, end, score, kind name). None where the core declines the document (see\n"
     "``candidates``)."},
    {"candidates", (PyCFunction)core_candidates, METH_VARARGS,
     "candidates(texts, lows) -> [(page, topic, score, start, end, kind, checked, spans)]\n\n"
     "The candidates of every topic on each page (``texts``, with ``lows`` their lower-case\n"
     "text of the same length), each topic's overlapping ones collapsed to the best, page\n"
     "by page, topic by topic, best first. ``kind``: 0 alias, 1 acronym, 2 + n rule n;\n"
     "``checked``: a rule or context hit, which exclusions with a distance may cancel.\n"
     "Offsets are in the page. Or None when a page holds letters that a case-blind regex takes\n"
     "for others than they fold to (Greek, Cyrillic, dotless i...): the Python matcher\n"
     "decides those documents."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CoreType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "watcher._matchcore.Core",
    .tp_basicsize = sizeof(CoreObject),
    .tp_dealloc = (destructor)core_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Core(terms, topics): compiled topics (see watcher.match._core_spec).",
    .tp_methods = core_methods,
    .tp_init = (initproc)core_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_matchcore",
    "The compiled matching core of watcher.match (which is its reference).", -1, NULL, NULL,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__matchcore(void) {
    init_classes();
    if (PyType_Ready(&CoreType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&CoreType);
    if (PyModule_AddObject(m, "Core", (PyObject *)&CoreType) < 0) {
        Py_DECREF(&CoreType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
