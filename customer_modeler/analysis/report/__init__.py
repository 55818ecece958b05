"""The reports of the analyses as data, text tables, CSV, HTML and SVG charts."""
