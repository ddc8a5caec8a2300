"""Lesson ``ops`` (course 七.1-4): item(), element-wise and in-place operations, the Hadamard
product and the matrix product, stepped through cell by cell; one topic shown at a time."""
