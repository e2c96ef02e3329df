# token: constants, tok_name, EXACT_TOKEN_TYPES, predicates; this: the Zen.
import token
import io
import contextlib

print(token.ENDMARKER, token.NAME, token.OP, token.NL, token.COMMENT, token.ENCODING, token.N_TOKENS, token.NT_OFFSET)
print(token.tok_name[token.STRING], token.tok_name[256], len(token.tok_name))
print(sorted(token.EXACT_TOKEN_TYPES.items())[:8], token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.ISEOF(1))
print(token.__all__[:6], len(token.__all__))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    import this
print(buf.getvalue().splitlines()[0], len(buf.getvalue().splitlines()))
print(this.s[:20], this.d["a"], this.c, this.i)
print(buf.getvalue())
