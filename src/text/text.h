/* text.h: the first stage. A document's bytes become a cleaned working copy
 * (same length, so offsets still point into the original bytes), a date
 * from its header, tokens with shape and a normalised form, and sentences. */
#ifndef PARLEY_TEXT_H
#define PARLEY_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "parley/error.h"
#include "parley/extract.h"
#include "util/util.h"
#include "util/date.h"

/* Token shapes: what the capitalisation rules look at. */
enum {
    TOK_LOWER = 0, /* starts with a lower-case letter */
    TOK_CAP,       /* starts with an upper-case letter, not all capitals */
    TOK_UPPER,     /* two or more letters, all capitals ("US", "NATO") */
    TOK_DIGIT,     /* starts with a digit */
    TOK_PUNCT,     /* one punctuation character (quotes folded to ' and ") */
    TOK_OTHER      /* letters of a script without case */
};

/* Token flags. */
enum {
    TOKF_SENT_START = 1, /* first token of a sentence */
    TOKF_PARA_START = 2, /* first token after a blank line */
    TOKF_SPACE_BEFORE = 4, /* white space precedes the token */
    TOKF_HYPHEN = 8,       /* its normalised form holds a '-' */
    TOKF_LINE_START = 16   /* first token after a line break */
};

typedef struct text_token {
    uint32_t start, end; /* byte offsets in the document */
    uint32_t norm;       /* offset of the normalised form in norm buffer */
    uint16_t normlen;
    uint8_t shape;
    uint8_t flags;
    int32_t lex;         /* the lexicon's id of the normalised form, or -1
                            (pl_lexicon_intern; valid when ptext.interned) */
} text_token;

typedef struct psent {
    uint32_t first, last; /* token index range [first, last) */
    uint32_t start, end;  /* byte range */
} psent;

/* One article while it is being read. Owned by the caller, reused across
 * documents (buffers are kept and grown, so steady state allocates nothing). */
typedef struct ptext {
    const char *raw;   /* the caller's bytes */
    size_t len;
    const char *clean; /* same length: invalid UTF-8 and NULs replaced by spaces
                          (raw itself when it has none, else clean_buf) */
    char *clean_buf;   /* the copy, when one was needed; owned */
    size_t clean_cap;
    size_t body;       /* offset where the text after the date header starts */
    char date[11];     /* YYYY-MM-DD from the header or options, or "" */
    text_token *tok;
    size_t ntok, tok_cap;
    char *norm;        /* normalised forms, each NUL-terminated */
    size_t norm_len, norm_cap;
    psent *sent;
    size_t nsent, sent_cap;
    uint32_t *brk;     /* the tokens the sentence splitter looks at, in order:
                          marks, words in capitals and tokens after a line
                          break (about one in six); pl_text_tokenize lists
                          them, room for tok_cap of them */
    size_t nbrk, brk_cap;
    size_t brk_ntok;   /* ntok when brk was listed (else the splitter lists
                          them again) */
    int interned;      /* tok[].lex filled for these tokens (pl_lexicon_intern) */
} ptext;

void pl_text_free(ptext *t);

/* Replaces each byte of invalid UTF-8 (and each NUL) by a space in a
 * same-length copy (none is made for a text without them: clean is then
 * raw, which must outlive t's use), with one warning giving their count
 * and the offset of the first. With strict, the first such byte is an error (PARLEY_EINPUT,
 * err->offset set). Also reads the date header (" date YYYY-MM-DD"). */
int pl_text_load(ptext *t, const char *name, const char *raw, size_t len, int strict,
                 const parley_options *opts, parley_error *err);

/* Tokenizes t->clean from t->body; fills tok and norm. */
int pl_text_tokenize(ptext *t);

/* Normalises one phrase (used for gazetteer entries) into out (tokens joined
 * by single spaces, case-folded, accents removed); returns its token count. */
int pl_text_normalize_phrase(const char *s, size_t n, pl_buf *out, int *all_caps);

/* A slug for ids: the normalised words of s joined by '-', a leading
 * "the" dropped, only [a-z0-9] kept (and bytes of other scripts when
 * keep_other, so a name in another script still gets an id). */
void pl_text_slug(const char *s, char *out, size_t cap, int keep_other);

static inline const char *ptok_norm(const ptext *t, size_t i)
{
    return t->norm + t->tok[i].norm;
}

/* What the sentence splitter asks of a word (`classify(ctx, t, k)` of token
 * k, a mask):
 * an abbreviation's period ends no sentence ("Dr."); a line that ends in a
 * word that needs more after it ("the", "of") goes on past its break. */
enum { PL_SPLIT_ABBREV = 1, PL_SPLIT_GOES_ON = 2 };

/* Splits tokens into sentences. */
int pl_text_sentences(ptext *t, unsigned (*classify)(const void *ctx, const ptext *t, size_t k),
                      const void *ctx);

#endif
