"""Lecture mode: the course as live steps (the track, the strip, predict-then-reveal, practice,
the handout)."""
