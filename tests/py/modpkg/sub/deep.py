print("modpkg.sub.deep:", __name__, __package__)
from .. import plain
from ..plain import double, CONSTANT as C
from . import sibling
from .sibling import greet
from .. import VALUE
import modpkg.sub as me_parent

def info():
    return (plain.__name__, double(21), C, greet("deep"), VALUE, me_parent.__name__)
