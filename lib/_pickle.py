"""_pickle: CPython's C accelerator module; in coil the implementation is
pickle.py, re-exported here so that objects whose __module__ is '_pickle'
(pickle.dumps, pickle.PicklingError, ...) are found under that name."""
from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)
