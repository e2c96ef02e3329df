"""ElementTree: an element-tree XML API."""
