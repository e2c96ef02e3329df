print("modpkg.sub/__init__:", __name__, __package__)
from . import sibling
from .sibling import greet as sib_greet
SUB = "sub"
