"""Lesson ``broadcast`` (course 七.6): the broadcasting rule dim by dim, the copies it adds
hatched, and the stride-0 ``expand`` views that make those copies cost no memory."""
