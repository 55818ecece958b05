"""Editor layer: graphics items that paint lanes, steps, flows, pools and artifacts.

Items only paint what the scene tells them (``sync``) and answer hit tests; they
never write the model.
"""
