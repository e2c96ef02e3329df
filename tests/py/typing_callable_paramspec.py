# typing.Callable with a parameter expression (ParamSpec, Concatenate, ...)
# prints it unbracketed, as CPython.
from typing import Callable, Concatenate, ParamSpec, TypeVar

P = ParamSpec('P')
R = TypeVar('R')
print(Callable[P, int])
print(Callable[Concatenate[int, P], R])
print(Callable[..., int], Callable[[int, str], R], Callable[[], None])
print(Callable[P, int].__args__)
