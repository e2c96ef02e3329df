"""urllib: the URL handling package (coil has urllib.parse)."""
