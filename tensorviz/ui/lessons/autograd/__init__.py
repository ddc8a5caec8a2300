"""Lesson ``autograd`` (course 八.1–3.3): the graph torch records, backward, accumulation."""
