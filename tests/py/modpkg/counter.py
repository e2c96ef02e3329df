import sys
# Counts how many times this body runs, in a place that survives reloads.
sys.modules.setdefault("modpkg_counter_store", [0])
store = sys.modules["modpkg_counter_store"]
store[0] += 1
runs = store[0]
