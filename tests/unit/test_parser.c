/* test_parser.c: the parser against CPython 3.11.
 *
 * The tables below hold sources with what CPython 3.11.7 printed for them:
 * ast.dump() with and without positions, or the SyntaxError's message and
 * location. Each case is compared exactly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

char *ast_dump_module_ex(const Module *m, bool include_attributes);   /* ast.c */

typedef struct DumpCase { const char *src, *dump, *dump_attrs; } DumpCase;
typedef struct ErrCase {
    const char *src;
    SyntaxErrorKind kind;
    const char *msg;
    int lineno, offset, end_lineno, end_offset;
} ErrCase;

/* Generated with CPython 3.11.7: ast.dump(ast.parse(src)) and ast.dump(..., include_attributes=True). */
static const DumpCase dump_cases[] = {
    { "x = 1",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])" },
    { "a = b = c",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "a, *b = c",
      "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "[a, b] = c",
      "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "x += 1",
      "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])",
      "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])" },
    { "x: int = 1",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "(x): int",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "x.y: int",
      "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])",
      "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "del a, b[0], c.d",
      "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])",
      "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])" },
    { "del (a, b)",
      "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])",
      "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Del(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "pass; break; continue",
      "Module(body=[Pass(), Break(), Continue()], type_ignores=[])",
      "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Break(lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), Continue(lineno=1, col_offset=13, end_lineno=1, end_col_offset=21)], type_ignores=[])" },
    { "return",
      "Module(body=[Return()], type_ignores=[])",
      "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])" },
    { "return a, b",
      "Module(body=[Return(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])",
      "Module(body=[Return(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])" },
    { "raise",
      "Module(body=[Raise()], type_ignores=[])",
      "Module(body=[Raise(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])" },
    { "raise E from e",
      "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], type_ignores=[])",
      "Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cause=Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])" },
    { "assert x, 'm'",
      "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[])",
      "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='m', lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])" },
    { "global a, b",
      "Module(body=[Global(names=['a', 'b'])], type_ignores=[])",
      "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])" },
    { "nonlocal c",
      "Module(body=[Nonlocal(names=['c'])], type_ignores=[])",
      "Module(body=[Nonlocal(names=['c'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "import a.b.c as d, e",
      "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])",
      "Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])" },
    { "from . import x",
      "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])",
      "Module(body=[ImportFrom(names=[alias(name='x', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "from ..a.b import (c as d, e,)",
      "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=2)], type_ignores=[])",
      "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d', lineno=1, col_offset=19, end_lineno=1, end_col_offset=25), alias(name='e', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])" },
    { "from ... import *",
      "Module(body=[ImportFrom(names=[alias(name='*')], level=3)], type_ignores=[])",
      "Module(body=[ImportFrom(names=[alias(name='*', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], level=3, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])" },
    { "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
      "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])",
      "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])" },
    { "while x:\n    break\nelse:\n    pass",
      "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], type_ignores=[])",
      "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])" },
    { "for a, b in c:\n    pass\nelse:\n    pass",
      "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])",
      "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])" },
    { "with a as b, c:\n    pass",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])" },
    { "with (a as b, c as d,):\n    pass",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), optional_vars=Name(id='d', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])" },
    { "with (a, b):\n    pass",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])" },
    { "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
      "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])",
      "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], finalbody=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=10, end_col_offset=8)], type_ignores=[])" },
    { "try:\n    pass\nexcept* (A, B):\n    pass",
      "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])",
      "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, end_col_offset=10), Name(id='B', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13)], ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=14), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])" },
    { "@dec\n@a.b(c)\ndef f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=3, col_offset=6, end_lineno=3, end_col_offset=7)], args=[arg(arg='b', lineno=3, col_offset=12, end_lineno=3, end_col_offset=13)], vararg=arg(arg='c', lineno=3, col_offset=18, end_lineno=3, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=3, col_offset=21, end_lineno=3, end_col_offset=22), arg(arg='e', lineno=3, col_offset=24, end_lineno=3, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=3, col_offset=26, end_lineno=3, end_col_offset=27)], kwarg=arg(arg='f', lineno=3, col_offset=31, end_lineno=3, end_col_offset=32), defaults=[Constant(value=1, lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=4, col_offset=11, end_lineno=4, end_col_offset=12), lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), args=[Name(id='c', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=7)], returns=Name(id='int', ctx=Load(), lineno=3, col_offset=37, end_lineno=3, end_col_offset=40), lineno=3, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])" },
    { "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        pass",
      "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], decorator_list=[])], type_ignores=[])",
      "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), AsyncFor(target=Name(id='a', ctx=Store(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), iter=Name(id='b', ctx=Load(), lineno=3, col_offset=19, end_lineno=3, end_col_offset=20), body=[Pass(lineno=4, col_offset=8, end_lineno=4, end_col_offset=12)], orelse=[], lineno=3, col_offset=4, end_lineno=4, end_col_offset=12), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load(), lineno=5, col_offset=15, end_lineno=5, end_col_offset=16), optional_vars=Name(id='d', ctx=Store(), lineno=5, col_offset=20, end_lineno=5, end_col_offset=21))], body=[Pass(lineno=6, col_offset=8, end_lineno=6, end_col_offset=12)], lineno=5, col_offset=4, end_lineno=6, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=12)], type_ignores=[])" },
    { "class A(B, metaclass=M):\n    x = 1",
      "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])",
      "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])" },
    { "def g():\n    x = yield\n    y = yield from z\n    w = yield a, b",
      "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Assign(targets=[Name(id='w', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[])], type_ignores=[])",
      "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Yield(lineno=2, col_offset=8, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], value=YieldFrom(value=Name(id='z', ctx=Load(), lineno=3, col_offset=19, end_lineno=3, end_col_offset=20), lineno=3, col_offset=8, end_lineno=3, end_col_offset=20), lineno=3, col_offset=4, end_lineno=3, end_col_offset=20), Assign(targets=[Name(id='w', ctx=Store(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=4, col_offset=14, end_lineno=4, end_col_offset=15), Name(id='b', ctx=Load(), lineno=4, col_offset=17, end_lineno=4, end_col_offset=18)], ctx=Load(), lineno=4, col_offset=14, end_lineno=4, end_col_offset=18), lineno=4, col_offset=8, end_lineno=4, end_col_offset=18), lineno=4, col_offset=4, end_lineno=4, end_col_offset=18)], decorator_list=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=18)], type_ignores=[])" },
    { "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | Point(1, y):\n        pass\n    case -1 | 1 + 2j | 'a' | None | True:\n        pass\n    case (a, b) as c if c:\n        pass\n    case a.b:\n        pass\n    case _:\n        pass",
      "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='y')], kwd_attrs=[], kwd_patterns=[])]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='a')), MatchSingleton(value=None), MatchSingleton(value=True)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), guard=Name(id='c', ctx=Load()), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])",
      "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=4, col_offset=10, end_lineno=4, end_col_offset=13)], patterns=[MatchAs(name='v', lineno=4, col_offset=15, end_lineno=4, end_col_offset=16)], rest='kw', lineno=4, col_offset=9, end_lineno=4, end_col_offset=23), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load(), lineno=6, col_offset=9, end_lineno=6, end_col_offset=14), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=6, col_offset=17, end_lineno=6, end_col_offset=18), lineno=6, col_offset=17, end_lineno=6, end_col_offset=18)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=19), MatchClass(cls=Name(id='Point', ctx=Load(), lineno=6, col_offset=22, end_lineno=6, end_col_offset=27), patterns=[MatchValue(value=Constant(value=1, lineno=6, col_offset=28, end_lineno=6, end_col_offset=29), lineno=6, col_offset=28, end_lineno=6, end_col_offset=29), MatchAs(name='y', lineno=6, col_offset=31, end_lineno=6, end_col_offset=32)], kwd_attrs=[], kwd_patterns=[], lineno=6, col_offset=22, end_lineno=6, end_col_offset=33)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=33), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1, lineno=8, col_offset=10, end_lineno=8, end_col_offset=11), lineno=8, col_offset=9, end_lineno=8, end_col_offset=11), lineno=8, col_offset=9, end_lineno=8, end_col_offset=11), MatchValue(value=BinOp(left=Constant(value=1, lineno=8, col_offset=14, end_lineno=8, end_col_offset=15), op=Add(), right=Constant(value=2j, lineno=8, col_offset=18, end_lineno=8, end_col_offset=20), lineno=8, col_offset=14, end_lineno=8, end_col_offset=20), lineno=8, col_offset=14, end_lineno=8, end_col_offset=20), MatchValue(value=Constant(value='a', lineno=8, col_offset=23, end_lineno=8, end_col_offset=26), lineno=8, col_offset=23, end_lineno=8, end_col_offset=26), MatchSingleton(value=None, lineno=8, col_offset=29, end_lineno=8, end_col_offset=33), MatchSingleton(value=True, lineno=8, col_offset=36, end_lineno=8, end_col_offset=40)], lineno=8, col_offset=9, end_lineno=8, end_col_offset=40), body=[Pass(lineno=9, col_offset=8, end_lineno=9, end_col_offset=12)]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=10, col_offset=10, end_lineno=10, end_col_offset=11), MatchAs(name='b', lineno=10, col_offset=13, end_lineno=10, end_col_offset=14)], lineno=10, col_offset=9, end_lineno=10, end_col_offset=15), name='c', lineno=10, col_offset=9, end_lineno=10, end_col_offset=20), guard=Name(id='c', ctx=Load(), lineno=10, col_offset=24, end_lineno=10, end_col_offset=25), body=[Pass(lineno=11, col_offset=8, end_lineno=11, end_col_offset=12)]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load(), lineno=12, col_offset=9, end_lineno=12, end_col_offset=10), attr='b', ctx=Load(), lineno=12, col_offset=9, end_lineno=12, end_col_offset=12), lineno=12, col_offset=9, end_lineno=12, end_col_offset=12), body=[Pass(lineno=13, col_offset=8, end_lineno=13, end_col_offset=12)]), match_case(pattern=MatchAs(lineno=14, col_offset=9, end_lineno=14, end_col_offset=10), body=[Pass(lineno=15, col_offset=8, end_lineno=15, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=15, end_col_offset=12)], type_ignores=[])" },
    { "match = 1\nmatch(x)\ncase = _",
      "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Name(id='_', ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='case', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4)], value=Name(id='_', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])" },
    { "x = a if b else c",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])" },
    { "x = not a and b or c",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), Name(id='b', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), Name(id='c', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])" },
    { "x = a < b <= c != d is not e not in f in g is h",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), Name(id='e', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), Name(id='f', ctx=Load(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=37), Name(id='g', ctx=Load(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=42), Name(id='h', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=47), lineno=1, col_offset=0, end_lineno=1, end_col_offset=47)], type_ignores=[])" },
    { "x = -a ** -b + ~c * d @ e // f % g / h",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))), op=Add(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load())), op=Mult(), right=Name(id='d', ctx=Load())), op=MatMult(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=Div(), right=Name(id='h', ctx=Load()))))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12), lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), op=Add(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=15, end_lineno=1, end_col_offset=17), op=Mult(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=15, end_lineno=1, end_col_offset=21), op=MatMult(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=15, end_lineno=1, end_col_offset=25), op=FloorDiv(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), lineno=1, col_offset=15, end_lineno=1, end_col_offset=30), op=Mod(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), lineno=1, col_offset=15, end_lineno=1, end_col_offset=34), op=Div(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), lineno=1, col_offset=15, end_lineno=1, end_col_offset=38), lineno=1, col_offset=4, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)], type_ignores=[])" },
    { "x = a << b >> c & d ^ e | f",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=LShift(), right=Name(id='b', ctx=Load())), op=RShift(), right=Name(id='c', ctx=Load())), op=BitAnd(), right=Name(id='d', ctx=Load())), op=BitXor(), right=Name(id='e', ctx=Load())), op=BitOr(), right=Name(id='f', ctx=Load())))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=LShift(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), op=RShift(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), op=BitAnd(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), op=BitXor(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), op=BitOr(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), lineno=1, col_offset=4, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])" },
    { "x = lambda a, *b, c=1, **d: a",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], vararg=arg(arg='b'), kwonlyargs=[arg(arg='c')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='d'), defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], vararg=arg(arg='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), kwonlyargs=[arg(arg='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], kw_defaults=[Constant(value=1, lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], kwarg=arg(arg='d', lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), defaults=[]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])" },
    { "x = lambda: 0",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])" },
    { "f(a, *b, c=1, **d)",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])" },
    { "f(x for x in y)",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = [i for i in a if i if i > 0 for j in i]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[Name(id='i', ctx=Load()), Compare(left=Name(id='i', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)])], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='i', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Name(id='a', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ifs=[Name(id='i', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), Compare(left=Name(id='i', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), ops=[Gt()], comparators=[Constant(value=0, lineno=1, col_offset=30, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=26, end_lineno=1, end_col_offset=31)], is_async=0), comprehension(target=Name(id='j', ctx=Store(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=37), iter=Name(id='i', ctx=Load(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=42), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=43), lineno=1, col_offset=0, end_lineno=1, end_col_offset=43)], type_ignores=[])" },
    { "x = {k: v for k, v in d.items()}",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='v', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='v', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), iter=Call(func=Attribute(value=Name(id='d', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), attr='items', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=29), args=[], keywords=[], lineno=1, col_offset=22, end_lineno=1, end_col_offset=31), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])" },
    { "x = {i async for i in a}",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=SetComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), iter=Name(id='a', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), ifs=[], is_async=1)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])" },
    { "x = (y := f(x))",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], keywords=[], lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=5, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = {**a, 'b': 1, **c}",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), None], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), Name(id='c', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])" },
    { "x = {1, *a}",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Set(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])" },
    { "x = ()",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])" },
    { "x = (1,)",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "x = [*a, *b]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])" },
    { "x = a[1:2, ::3]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Slice(step=Constant(value=3, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = a[:]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Slice(lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "x = a[b:c:d]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load()), step=Name(id='d', ctx=Load())), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Slice(lower=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), step=Name(id='d', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])" },
    { "x = a[*b]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "x = a[1,]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "x = a.b.c(d)[e]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), attr='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), slice=Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = ...",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=Ellipsis, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])" },
    { "x = None, True, False",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=None, lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Constant(value=True, lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), Constant(value=False, lineno=1, col_offset=16, end_lineno=1, end_col_offset=21)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])" },
    { "x = 0xFF, 0o17, 0b101, 1_000, 0, 00, 123456789012345678901234567890, 0x_dead_BEEF",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=255), Constant(value=15), Constant(value=5), Constant(value=1000), Constant(value=0), Constant(value=0), Constant(value=123456789012345678901234567890), Constant(value=3735928559)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=255, lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Constant(value=15, lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), Constant(value=5, lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), Constant(value=1000, lineno=1, col_offset=23, end_lineno=1, end_col_offset=28), Constant(value=0, lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), Constant(value=0, lineno=1, col_offset=33, end_lineno=1, end_col_offset=35), Constant(value=123456789012345678901234567890, lineno=1, col_offset=37, end_lineno=1, end_col_offset=67), Constant(value=3735928559, lineno=1, col_offset=69, end_lineno=1, end_col_offset=81)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=81), lineno=1, col_offset=0, end_lineno=1, end_col_offset=81)], type_ignores=[])" },
    { "x = 1.5, 1., .5, 1e10, 1E-3, 1_000.000_1, 1e400, 0.1",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1.5), Constant(value=1.0), Constant(value=0.5), Constant(value=10000000000.0), Constant(value=0.001), Constant(value=1000.0001), Constant(value=inf), Constant(value=0.1)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1.5, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), Constant(value=1.0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=11), Constant(value=0.5, lineno=1, col_offset=13, end_lineno=1, end_col_offset=15), Constant(value=10000000000.0, lineno=1, col_offset=17, end_lineno=1, end_col_offset=21), Constant(value=0.001, lineno=1, col_offset=23, end_lineno=1, end_col_offset=27), Constant(value=1000.0001, lineno=1, col_offset=29, end_lineno=1, end_col_offset=40), Constant(value=inf, lineno=1, col_offset=42, end_lineno=1, end_col_offset=47), Constant(value=0.1, lineno=1, col_offset=49, end_lineno=1, end_col_offset=52)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=52), lineno=1, col_offset=0, end_lineno=1, end_col_offset=52)], type_ignores=[])" },
    { "x = 1j, 1.5J, 0j, 1e3j",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1j), Constant(value=1.5j), Constant(value=0j), Constant(value=1000j)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1j, lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), Constant(value=1.5j, lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), Constant(value=0j, lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), Constant(value=1000j, lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])" },
    { "x = 'a' \"b\" '''c''' \"\"\"d\"\"\"",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abcd'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='abcd', lineno=1, col_offset=4, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])" },
    { "x = r'\\n' R'\\t'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\n\\\\t'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='\\\\n\\\\t', lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = b'a' rb'\\n' BR'x'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'a\\\\nx'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=b'a\\\\nx', lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])" },
    { "x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600\\q'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r\\x00AA\xc3""\xa9""\xf0""\x9f""\x98""\x80""\\\\q'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r\\x00AA\xc3""\xa9""\xf0""\x9f""\x98""\x80""\\\\q', lineno=1, col_offset=4, end_lineno=1, end_col_offset=54), lineno=1, col_offset=0, end_lineno=1, end_col_offset=54)], type_ignores=[])" },
    { "x = b'\\x00\\xff\\777\\u1234'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\x00\\xff\\xff\\\\u1234'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=b'\\x00\\xff\\xff\\\\u1234', lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])" },
    { "x = 'a\\\nb'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='ab', lineno=1, col_offset=4, end_lineno=2, end_col_offset=2), lineno=1, col_offset=0, end_lineno=2, end_col_offset=2)], type_ignores=[])" },
    { "x = '\xc3""\xa9""\xe2""\x82""\xac""\xf0""\x9f""\x98""\x80""'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3""\xa9""\xe2""\x82""\xac""\xf0""\x9f""\x98""\x80""'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='\xc3""\xa9""\xe2""\x82""\xac""\xf0""\x9f""\x98""\x80""', lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "x = 'it''s'",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='its'))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='its', lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])" },
    { "x = \"it's\"",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"it's\"))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=\"it's\", lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "f'a{b}c'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "f'{a!r} {b!s:>10} {c!a}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), Constant(value=' '), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value=' '), FormattedValue(value=Name(id='c', ctx=Load()), conversion=97)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])" },
    { "f'{a:{b}.{c}f}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='f', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "f'{{}} {{{a}}}'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='}')]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "f'{a=}'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])" },
    { "f'{a = !s}'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a = '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=115)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])" },
    { "f'{a=:>5}'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])" },
    { "f''",
      "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[])" },
    { "f'{a}' 'b' f'{c}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])" },
    { "rf'\\n{a}'",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "f'{x:}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])" },
    { "f'''{\na\n}'''",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], type_ignores=[])" },
    { "f'{a,b}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "f'{\"s\"}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='s'), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='s', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    { "f'{a[\"k\"]!r}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=114)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Constant(value='k', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])" },
    { "f'{3!=4}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Constant(value=3), ops=[NotEq()], comparators=[Constant(value=4)]), conversion=-1)]))], type_ignores=[])",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Constant(value=3, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Constant(value=4, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])" },
    { "if x:\n\tif y:\n\t\tpass",
      "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], type_ignores=[])",
      "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[If(test=Name(id='y', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), body=[Pass(lineno=3, col_offset=2, end_lineno=3, end_col_offset=6)], orelse=[], lineno=2, col_offset=1, end_lineno=3, end_col_offset=6)], orelse=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[])" },
    { "x = (1,\n     2)",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[])" },
    { "x = 1 + \\\n    2",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])" },
    { "# c\n\n  # d\nx = 1 # e\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=Constant(value=1, lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])" },
    { "x = 1\x0d""\ny = 2\x0d""\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])" },
    { "\xc3""\xa9"" = 1\n\xe2""\x84""\x8c"" = 2",
      "Module(body=[Assign(targets=[Name(id='\xc3""\xa9""', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='H', ctx=Store())], value=Constant(value=2))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='\xc3""\xa9""', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Assign(targets=[Name(id='H', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=3)], value=Constant(value=2, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[])" },
    { "if x:\n    pass\n\n    # comment\n    y = 2\n",
      "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass(), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])",
      "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='y', ctx=Store(), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5)], value=Constant(value=2, lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), lineno=5, col_offset=4, end_lineno=5, end_col_offset=9)], orelse=[], lineno=1, col_offset=0, end_lineno=5, end_col_offset=9)], type_ignores=[])" },
    { "x = 1;",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])" },
    { "\x0c""x = 1",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=1, end_lineno=1, end_col_offset=6)], type_ignores=[])" },
};

/* Generated with CPython 3.11.7: compile(src) -> SyntaxError fields. */
static const ErrCase err_cases[] = {
    { "x = (1 +", SYNERR_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "x = )", SYNERR_SYNTAX, "unmatched ')'", 1, 5, 1, 5 },
    { "x = (1]", SYNERR_SYNTAX, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7 },
    { "x = (1\n]", SYNERR_SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1 },
    { "x = 0777", SYNERR_SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6 },
    { "x = 1__0", SYNERR_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 0b2", SYNERR_SYNTAX, "invalid digit '2' in binary literal", 1, 7, 1, 7 },
    { "x = 1_", SYNERR_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 0x", SYNERR_SYNTAX, "invalid hexadecimal literal", 1, 6, 1, 6 },
    { "x = 0o8", SYNERR_SYNTAX, "invalid digit '8' in octal literal", 1, 7, 1, 7 },
    { "x = 12abc", SYNERR_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 5.__class__", SYNERR_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 1e", SYNERR_SYNTAX, "invalid decimal literal", 1, 5, 1, 5 },
    { "x = 'abc", SYNERR_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5 },
    { "x = '''abc\n\n", SYNERR_SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5 },
    { "x = \xe2""\x82""\xac""", SYNERR_SYNTAX, "invalid character '\xe2""\x82""\xac""' (U+20AC)", 1, 5, 1, 5 },
    { "x = $", SYNERR_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "x = 1\n  y = 2", SYNERR_INDENTATION, "unexpected indent", 2, 2, 2, 0 },
    { "if x:\n  a\n b\n", SYNERR_INDENTATION, "unindent does not match any outer indentation level", 3, 3, 3, 0 },
    { "if x:\n\ta\n        b\n", SYNERR_TAB, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0 },
    { "if x:\npass\n", SYNERR_INDENTATION, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5 },
    { "def f():\nreturn", SYNERR_INDENTATION, "expected an indented block after function definition on line 1", 2, 1, 2, 7 },
    { "class A:\npass", SYNERR_INDENTATION, "expected an indented block after class definition on line 1", 2, 1, 2, 5 },
    { "for x in y:\npass", SYNERR_INDENTATION, "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5 },
    { "while x:\npass", SYNERR_INDENTATION, "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5 },
    { "with a:\npass", SYNERR_INDENTATION, "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5 },
    { "try:\npass", SYNERR_INDENTATION, "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5 },
    { "x = = 1\ny = 0777", SYNERR_SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 2, 5, 2, 6 },
    { "f(a b)", SYNERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6 },
    { "[a b]", SYNERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5 },
    { "print 'x'", SYNERR_SYNTAX, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10 },
    { "print x", SYNERR_SYNTAX, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8 },
    { "f(a=1, b)", SYNERR_SYNTAX, "positional argument follows keyword argument", 1, 9, 1, 10 },
    { "f(**a, b)", SYNERR_SYNTAX, "positional argument follows keyword argument unpacking", 1, 9, 1, 10 },
    { "def f(a=1, b): pass", SYNERR_SYNTAX, "non-default argument follows default argument", 1, 12, 1, 13 },
    { "1 = x", SYNERR_SYNTAX, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2 },
    { "f() = 1", SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4 },
    { "x = f() = 1", SYNERR_SYNTAX, "cannot assign to function call", 1, 5, 1, 8 },
    { "a, f() = 1", SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7 },
    { "x + 1 += 2", SYNERR_SYNTAX, "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6 },
    { "del f()", SYNERR_SYNTAX, "cannot delete function call", 1, 5, 1, 8 },
    { "for f() in x: pass", SYNERR_SYNTAX, "cannot assign to function call", 1, 5, 1, 8 },
    { "if x = 1: pass", SYNERR_SYNTAX, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9 },
    { "if x\n  pass", SYNERR_SYNTAX, "expected ':'", 1, 5, 1, 5 },
    { "x = 1 +", SYNERR_SYNTAX, "invalid syntax", 1, 8, 1, 8 },
    { "x = b'\xc3""\xa9""'", SYNERR_SYNTAX, "bytes can only contain ASCII literal characters", 1, 5, 1, 9 },
    { "x = 'a' b'b'", SYNERR_SYNTAX, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13 },
    { "x = '\\N{DASH}'", SYNERR_SYNTAX, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 1, 15 },
    { "x = '\\x4'", SYNERR_SYNTAX, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10 },
    { "x = \\ y", SYNERR_SYNTAX, "unexpected character after line continuation character", 1, 6, 1, 0 },
    { "(a, 1) = x", SYNERR_SYNTAX, "cannot assign to literal", 1, 5, 1, 6 },
    { "True = 1", SYNERR_SYNTAX, "cannot assign to True", 1, 1, 1, 5 },
    { "[a, b]: int", SYNERR_SYNTAX, "only single target (not list) can be annotated", 1, 1, 1, 7 },
    { "f(x for x in y, 1)", SYNERR_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1, 15 },
    { "def f(*): pass", SYNERR_SYNTAX, "named arguments must follow bare *", 1, 7, 1, 8 },
    { "def f(**k, a): pass", SYNERR_SYNTAX, "arguments cannot follow var-keyword argument", 1, 12, 1, 13 },
    { "a if b", SYNERR_SYNTAX, "expected 'else' after 'if' expression", 1, 1, 1, 7 },
    { "foo(\n  a,\n  b\n", SYNERR_SYNTAX, "'(' was never closed", 1, 4, 1, 0 },
    { "{1: 2, 3}", SYNERR_SYNTAX, "':' expected after dictionary key", 1, 8, 1, 0 },
    { "try:\n  pass\n", SYNERR_SYNTAX, "expected 'except' or 'finally' block", 2, 7, 2, 0 },
    { "x = 5 5", SYNERR_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "f'{'", SYNERR_SYNTAX, "f-string: expecting '}'", 1, 5, 1, 5 },
    { "f'{}'", SYNERR_SYNTAX, "f-string: empty expression not allowed", 1, 6, 1, 6 },
    { "f'{a!x}'", SYNERR_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9 },
    { "f'}'", SYNERR_SYNTAX, "f-string: single '}' is not allowed", 1, 5, 1, 5 },
    { "f'{\\n}'", SYNERR_SYNTAX, "f-string expression part cannot include a backslash", 1, 8, 1, 8 },
    { "f'{#}'", SYNERR_SYNTAX, "f-string expression part cannot include '#'", 1, 7, 1, 7 },
    { "f'{a:{b:{c}}}'", SYNERR_SYNTAX, "f-string: expressions nested too deeply", 1, 15, 1, 15 },
    { "else: pass", SYNERR_SYNTAX, "invalid syntax", 1, 1, 1, 5 },
    { "x = [1, 2,, 3]", SYNERR_SYNTAX, "invalid syntax", 1, 11, 1, 12 },
    { "lambda x=1, y: 0", SYNERR_SYNTAX, "non-default argument follows default argument", 1, 13, 1, 14 },
    { "from x import a,", SYNERR_SYNTAX, "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17 },
    { "(yield) = 1", SYNERR_SYNTAX, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7 },
    { "x = {1:}", SYNERR_SYNTAX, "expression expected after dictionary key and ':'", 1, 7, 1, 8 },
    { "\tif x:\n\t\tpass\n        y", SYNERR_INDENTATION, "unexpected indent", 1, 1, 1, 0 },
};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static void test_dumps_match_cpython(void **state)
{
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < N_ELEMS(dump_cases); i++) {
        const DumpCase *c = &dump_cases[i];
        Arena *a = arena_new();
        SyntaxErrorInfo err;
        Module *m = parse_module(a, c->src, strlen(c->src), "<test>", &err);
        if (!m) {
            print_error("case %zu %s: unexpected SyntaxError %s at %d:%d\n", i, c->src, err.msg,
                        err.lineno, err.col_offset);
            syntax_error_info_clear(&err);
            failures++;
        } else {
            char *d = ast_dump_module(m);
            char *da = ast_dump_module_ex(m, true);
            if (strcmp(d, c->dump) != 0) {
                print_error("case %zu %s:\n  expected %s\n  got      %s\n", i, c->src, c->dump, d);
                failures++;
            } else if (strcmp(da, c->dump_attrs) != 0) {
                print_error("case %zu %s (positions):\n  expected %s\n  got      %s\n", i, c->src,
                            c->dump_attrs, da);
                failures++;
            }
            free(d);
            free(da);
        }
        arena_free(a);
    }
    assert_int_equal(failures, 0);
}

static void test_errors_match_cpython(void **state)
{
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < N_ELEMS(err_cases); i++) {
        const ErrCase *c = &err_cases[i];
        Arena *a = arena_new();
        SyntaxErrorInfo err;
        Module *m = parse_module(a, c->src, strlen(c->src), "<test>", &err);
        if (m) {
            print_error("case %zu %s: parsed, expected %s\n", i, c->src, c->msg);
            failures++;
        } else if (err.kind != c->kind || strcmp(err.msg, c->msg) != 0 || err.lineno != c->lineno ||
                   err.col_offset != c->offset || err.end_lineno != c->end_lineno ||
                   err.end_col_offset != c->end_offset) {
            print_error("case %zu %s:\n  expected %d %s %d:%d-%d:%d\n  got      %d %s %d:%d-%d:%d\n", i, c->src,
                        c->kind, c->msg, c->lineno, c->offset, c->end_lineno, c->end_offset,
                        err.kind, err.msg, err.lineno, err.col_offset, err.end_lineno, err.end_col_offset);
            failures++;
        }
        syntax_error_info_clear(&err);
        arena_free(a);
    }
    assert_int_equal(failures, 0);
}

static Module *parse_ok(Arena *a, const char *src)
{
    SyntaxErrorInfo err;
    Module *m = parse_module(a, src, strlen(src), "<test>", &err);
    if (!m) print_error("%s: %s\n", src, err.msg);
    syntax_error_info_clear(&err);
    assert_non_null(m);
    return m;
}

/* What the compiler reads beyond the dump: constant payloads and flags. */
static void test_constant_payloads(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Module *m = parse_ok(a, "0x_1F\n1_000\n0o17\n'a\\0b'\nb'\\xff'\n2.5e3\n3j\nu'x'\n");
    assert_int_equal(m->body.n, 8);
    const Constant *c = &m->body.items[0]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_INT);
    assert_int_equal(c->int_base, 16);
    assert_string_equal(c->s, "1F");
    c = &m->body.items[1]->v.expr.value->v.constant;
    assert_int_equal(c->int_base, 10);
    assert_string_equal(c->s, "1000");
    c = &m->body.items[2]->v.expr.value->v.constant;
    assert_int_equal(c->int_base, 8);
    assert_string_equal(c->s, "17");
    c = &m->body.items[3]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_STR);
    assert_int_equal(c->len, 3);
    assert_memory_equal(c->s, "a\0b", 3);
    c = &m->body.items[4]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_BYTES);
    assert_int_equal(c->len, 1);
    assert_int_equal((unsigned char)c->s[0], 0xff);
    c = &m->body.items[5]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_FLOAT);
    assert_true(c->f == 2500.0);
    c = &m->body.items[6]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_IMAG);
    assert_true(c->f == 3.0);
    c = &m->body.items[7]->v.expr.value->v.constant;
    assert_int_equal(c->kind, CONST_STR);
    assert_string_equal(c->s, "x");
    arena_free(a);
}

static void test_annassign_simple_flag(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Module *m = parse_ok(a, "x: int\n(y): int\nz.w: int = 1\n");
    assert_true(m->body.items[0]->v.annassign.simple);
    assert_false(m->body.items[1]->v.annassign.simple);
    assert_false(m->body.items[2]->v.annassign.simple);
    assert_non_null(m->body.items[2]->v.annassign.value);
    arena_free(a);
}

static void test_error_text_is_the_line(void **state)
{
    (void)state;
    Arena *a = arena_new();
    SyntaxErrorInfo err;
    const char *src = "x = 1\ny = (2 +\n";
    assert_null(parse_module(a, src, strlen(src), "t.py", &err));
    assert_string_equal(err.msg, "'(' was never closed");
    assert_non_null(err.text);
    assert_string_equal(err.text, "y = (2 +\n");
    syntax_error_info_clear(&err);
    assert_null(err.text);
    /* offsets count characters, not bytes */
    src = "é = 'ü' + €\n";
    assert_null(parse_module(a, src, strlen(src), "t.py", &err));
    assert_string_equal(err.msg, "invalid character '€' (U+20AC)");
    assert_int_equal(err.col_offset, 11);
    syntax_error_info_clear(&err);
    arena_free(a);
}

static void test_invalid_utf8_source(void **state)
{
    (void)state;
    Arena *a = arena_new();
    SyntaxErrorInfo err;
    const char *src = "x = 1\ny = '\xf6'\n";
    assert_null(parse_module(a, src, strlen(src), "t.py", &err));
    assert_int_equal(err.lineno, 2);
    assert_non_null(strstr(err.msg, "Non-UTF-8 code starting with '\\xf6' in file t.py on line 2"));
    syntax_error_info_clear(&err);
    arena_free(a);
}

static void test_deep_nesting_fails_cleanly(void **state)
{
    (void)state;
    size_t n = 100000;
    char *src = malloc(n * 16 + 16);
    assert_non_null(src);
    const char *forms[] = { "-", "not ", "lambda: ", "a if b else " };
    for (size_t f = 0; f < 4; f++) {
        size_t len = strlen(forms[f]), k = 0;
        for (size_t i = 0; i < n; i++) {
            memcpy(src + k, forms[f], len);
            k += len;
        }
        memcpy(src + k, "1\n", 3);
        Arena *a = arena_new();
        SyntaxErrorInfo err;
        assert_null(parse_module(a, src, strlen(src), "t.py", &err));
        assert_string_equal(err.msg, "Parser stack overflowed - Python source too complex to parse");
        syntax_error_info_clear(&err);
        arena_free(a);
    }
    free(src);
}

/* Random bytes and mangled programs: never crash, always an answer. */
static void test_garbage_never_crashes(void **state)
{
    (void)state;
    static const char alphabet[] = "()[]{}:;,.=+-*/%<>!&|^~@'\"\\#\n\t \fabcfrxj0123456789_eE";
    static const char prog[] =
        "def f(a, *b, c=1):\n    if a:\n        return [x for x in b if x]\n    return f'{c!r:>{a}}'\n"
        "class A(B):\n    x: int = 1\n    async def g(self):\n        async with a as b:\n            await b\n";
    uint32_t seed = 12345;
    char buf[512];
    for (int iter = 0; iter < 5000; iter++) {
        size_t n;
        seed = seed * 1103515245u + 12345u;
        if (iter % 3 == 0) {
            n = (seed >> 8) % sizeof prog;
            memcpy(buf, prog, n);
        } else if (iter % 3 == 1) {
            memcpy(buf, prog, sizeof prog - 1);
            n = sizeof prog - 1;
            for (int k = 0; k < 4; k++) {
                seed = seed * 1103515245u + 12345u;
                buf[(seed >> 8) % n] = alphabet[(seed >> 20) % (sizeof alphabet - 1)];
            }
        } else {
            n = (seed >> 8) % 200;
            for (size_t k = 0; k < n; k++) {
                seed = seed * 1103515245u + 12345u;
                buf[k] = (char)(seed >> 16);
            }
        }
        Arena *a = arena_new();
        SyntaxErrorInfo err;
        Module *m = parse_module(a, buf, n, "fuzz", &err);
        if (!m) {
            assert_true(err.msg[0] != '\0');
            syntax_error_info_clear(&err);
        }
        arena_free(a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dumps_match_cpython),
        cmocka_unit_test(test_errors_match_cpython),
        cmocka_unit_test(test_constant_payloads),
        cmocka_unit_test(test_annassign_simple_flag),
        cmocka_unit_test(test_error_text_is_the_line),
        cmocka_unit_test(test_invalid_utf8_source),
        cmocka_unit_test(test_deep_nesting_fails_cleanly),
        cmocka_unit_test(test_garbage_never_crashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
