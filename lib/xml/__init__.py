"""Core XML support (coil: ElementTree and minidom)."""
