"""Lesson ``broadcast`` (course 七.6): the broadcasting rule dim by dim, the cells it stretches
hatched, and the stride-0 ``expand`` views that read them without copying."""
