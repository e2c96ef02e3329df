# ast.parse of deeply nested sources (trees deeper than the compiler's own
# nesting limits reach Python intact) and the u'' string prefix (kind='u').
import ast

print(ast.dump(ast.parse("u'a' 'b'; 'c' u'd'; U'x'")))
print(ast.unparse(ast.parse("x = u'a'")))
for n in (40, 110):
    for src in ["x = " + "1 + " * n + "1",
                "x = " + "(" * min(n, 120) + "1" + ")" * min(n, 120),
                "x = " + "[" * min(n, 120) + "]" * min(n, 120),
                "x = " + "-" * n + "y",
                "x = " + "f(" * min(n, 120) + ")" * min(n, 120)]:
        t = ast.parse(src)
        depth = 0
        node = t.body[0].value
        while True:
            kids = list(ast.iter_child_nodes(node))
            kids = [k for k in kids if isinstance(k, ast.expr)]
            if not kids:
                break
            node = kids[0]
            depth += 1
        print(n, src[4:12], depth, len(list(ast.walk(t))), t.body[0].value.end_col_offset)
