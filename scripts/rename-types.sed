# rename-types.sed: terse internal type names get names that say what they
# are. Only uses as a type are rewritten (a pointer, a declaration at the
# start of a line, the typedef itself), never the same word in prose or in
# longer names (hit_at, trigs). A second run changes nothing. Apply with:
#   git ls-files -z src tests/unit tests/fuzz bench \
#     | grep -z -E '\.(c|h)$' | xargs -0 sed -E -i -f scripts/rename-types.sed
#
#   ectx  -> extraction_state  what the stages share while reading one article
#   hit   -> lexicon_hit       a gazetteer entry found in the tokens
#   dexpr -> date_expr         a date expression before it is resolved
#   trig  -> trigger_hit       a trigger word as one sentence uses it
#   ptok  -> text_token        a token of the text stage
s/\b(struct|typedef struct) ectx\b/\1 extraction_state/g
s/^\} ectx;/} extraction_state;/
s/\bectx \*/extraction_state */g
s/^([[:space:]]*)(const )?ectx ([a-z_][a-z0-9_]*)( =|;|\[|,)/\1\2extraction_state \3\4/
s/\b(struct|typedef struct) hit\b/\1 lexicon_hit/g
s/^\} hit;/} lexicon_hit;/
s/\bhit \*/lexicon_hit */g
s/^([[:space:]]*)(const )?hit ([a-z_][a-z0-9_]*)( =|;|\[|,)/\1\2lexicon_hit \3\4/
s/\bsizeof\(hit\)/sizeof(lexicon_hit)/g
s/\b(struct|typedef struct) dexpr\b/\1 date_expr/g
s/^\} dexpr;/} date_expr;/
s/\bdexpr \*/date_expr */g
s/^([[:space:]]*)(const )?dexpr ([a-z_][a-z0-9_]*)( =|;|\[|,)/\1\2date_expr \3\4/
s/\b(struct|typedef struct) trig\b/\1 trigger_hit/g
s/^\} trig;/} trigger_hit;/
s/\btrig \*/trigger_hit */g
s/^([[:space:]]*)(const )?trig ([a-z_][a-z0-9_]*)( =|;|\[|,)/\1\2trigger_hit \3\4/
s/\b(struct|typedef struct) ptok\b/\1 text_token/g
s/^\} ptok;/} text_token;/
s/\bptok \*/text_token */g
s/^([[:space:]]*)(const )?ptok ([a-z_][a-z0-9_]*)( =|;|\[|,)/\1\2text_token \3\4/
