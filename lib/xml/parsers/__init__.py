"""XML parser interfaces (coil: only the expat error type)."""
