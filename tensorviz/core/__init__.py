"""The torch + numpy side of tensorviz. Nothing in this package imports Qt (a test enforces it).

Lessons call these functions with plain values and get back frozen dataclasses that the
widgets paint.
"""
