"""Lesson ``shape`` (course 七.5): reshape, view, contiguity, transpose, permute, squeeze,
unsqueeze, flatten and slicing, with the memory each step reads drawn next to its grid."""
