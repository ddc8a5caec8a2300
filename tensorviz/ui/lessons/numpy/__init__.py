"""Lesson ``numpy`` (course 六): tensor <-> ndarray, shared versus copied memory, edited live."""
